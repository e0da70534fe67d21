package io.hookline.domain.common;

/** The request collides with existing state, for example a name that is already taken. */
public final class ConflictException extends DomainException {

  private final String resource;

  public ConflictException(String resource, String message) {
    super(message);
    this.resource = resource;
  }

  public String resource() {
    return resource;
  }
}
