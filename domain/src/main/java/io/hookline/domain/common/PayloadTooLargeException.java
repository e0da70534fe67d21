package io.hookline.domain.common;

/** A value is larger than Hookline accepts, for example an event's data over its size limit. */
public final class PayloadTooLargeException extends DomainException {

  private final long limitBytes;

  public PayloadTooLargeException(String what, long limitBytes) {
    super(what + " is larger than the limit of " + limitBytes + " bytes");
    this.limitBytes = limitBytes;
  }

  public long limitBytes() {
    return limitBytes;
  }
}
