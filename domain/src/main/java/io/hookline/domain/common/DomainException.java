package io.hookline.domain.common;

/**
 * Base of every expected business rejection; adapters map each subtype to their own error format.
 */
public abstract sealed class DomainException extends RuntimeException
    permits NotFoundException,
        AccessDeniedException,
        ConflictException,
        InvalidInputException,
        PayloadTooLargeException {

  protected DomainException(String message) {
    super(message, null, false, false);
  }
}
