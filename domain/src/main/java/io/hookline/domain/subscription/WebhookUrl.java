package io.hookline.domain.subscription;

import io.hookline.domain.common.InvalidInputException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The receiver's address: an absolute http or https URL of at most 2048 characters, no userinfo.
 */
public record WebhookUrl(String value) {

  public static final int MAX_LENGTH = 2048;

  public WebhookUrl {
    if (value == null || value.isBlank()) {
      throw InvalidInputException.of("", "must not be blank");
    }
    value = value.strip();
    if (value.length() > MAX_LENGTH) {
      throw InvalidInputException.of("", "must be at most " + MAX_LENGTH + " characters");
    }
    URI uri = parse(value);
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw InvalidInputException.of("", "must be an absolute http or https URL");
    }
    if (uri.getRawUserInfo() != null) {
      throw InvalidInputException.of("", "must not contain user information");
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw InvalidInputException.of("", "must name a host");
    }
  }

  private static URI parse(String value) {
    try {
      return new URI(value);
    } catch (URISyntaxException e) {
      throw InvalidInputException.of("", "is not a valid URL: " + e.getReason());
    }
  }

  public URI toUri() {
    return URI.create(value);
  }

  /** The host name or address literal, without brackets for IPv6. */
  public String host() {
    String host = toUri().getHost();
    return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
  }

  /** The port the URL connects to, defaulting by scheme. */
  public int port() {
    URI uri = toUri();
    if (uri.getPort() != -1) {
      return uri.getPort();
    }
    return uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
  }

  @Override
  public String toString() {
    return value;
  }
}
