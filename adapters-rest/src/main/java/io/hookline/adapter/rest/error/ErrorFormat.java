package io.hookline.adapter.rest.error;

import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import java.util.Set;

/**
 * The error body of one API: a bean per API (the native problem details, each seed dialect) that
 * writes every error response for requests under its path prefixes.
 *
 * <p>{@link ErrorFormatRouter} picks the format whose prefix matches the request path most
 * specifically, so a dialect only declares its own prefixes (for example {@code
 * /WebHookSubscription}) and the native format answers for everything else. A format receives the
 * status Hookline chose and may change it, set headers, and must set the body and content type.
 * {@link ErrorDescription#of} gives it the detail and field errors of any cause.
 */
public interface ErrorFormat {

  /** The path prefixes this format answers for, matched on whole path segments. */
  Set<String> pathPrefixes();

  /** Completes the error response for the error described by {@code context}. */
  MutableHttpResponse<?> render(ErrorContext context, MutableHttpResponse<?> response);
}
