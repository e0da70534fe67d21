package io.hookline.archfixture.application.service;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Planted violation: the application uses an adapter library. */
public final class JsonService {

  private final ObjectMapper mapper = new ObjectMapper();

  public ObjectMapper mapper() {
    return mapper;
  }
}
