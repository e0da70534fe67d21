package io.hookline.domain.common;

/** A resource that does not exist, or is not visible to the caller's team. */
public final class NotFoundException extends DomainException {

  private final String resource;
  private final String id;

  public NotFoundException(String resource, Object id) {
    super(resource + " '" + id + "' not found");
    this.resource = resource;
    this.id = String.valueOf(id);
  }

  public String resource() {
    return resource;
  }

  public String id() {
    return id;
  }
}
