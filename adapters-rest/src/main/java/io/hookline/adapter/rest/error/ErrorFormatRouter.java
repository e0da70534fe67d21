package io.hookline.adapter.rest.error;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The one {@link ErrorResponseProcessor} of the server: every error Micronaut, micronaut-security
 * or Hookline produces passes here and is written by the {@link ErrorFormat} of the request's path.
 * Declaring this bean switches off Micronaut's default processor (it requires a missing bean).
 */
@Singleton
final class ErrorFormatRouter implements ErrorResponseProcessor<Object> {

  private final List<ErrorFormat> formats;

  ErrorFormatRouter(List<ErrorFormat> formats) {
    this.formats = List.copyOf(formats);
  }

  @Override
  @SuppressWarnings("unchecked")
  public MutableHttpResponse<Object> processResponse(
      ErrorContext context, MutableHttpResponse<?> response) {
    if (context.getRequest().getMethod() == HttpMethod.HEAD) {
      return (MutableHttpResponse<Object>) response;
    }
    ErrorFormat format = formatFor(context.getRequest().getPath());
    return (MutableHttpResponse<Object>) format.render(context, response);
  }

  /** The format with the longest prefix that matches the path on segment boundaries. */
  ErrorFormat formatFor(String path) {
    return formats.stream()
        .flatMap(f -> longestMatch(f, path).map(p -> new Candidate(f, p)).stream())
        .max(Comparator.comparingInt(c -> c.prefix().length()))
        .map(Candidate::format)
        .orElseThrow(() -> new IllegalStateException("no error format answers for " + path));
  }

  private static Optional<String> longestMatch(ErrorFormat format, String path) {
    return format.pathPrefixes().stream()
        .filter(prefix -> matches(prefix, path))
        .max(Comparator.comparingInt(String::length));
  }

  static boolean matches(String prefix, String path) {
    if (prefix.equals("/")) {
      return true;
    }
    String bare = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
    return path.equals(bare) || path.startsWith(bare + "/");
  }

  /** A format and the prefix by which it matched a path. */
  private record Candidate(ErrorFormat format, String prefix) {}
}
