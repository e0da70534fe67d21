package io.hookline.archfixture.application.port.in;

/** Planted violation: an incoming port not named as a use case. */
public interface DoThings {

  void doThings();
}
