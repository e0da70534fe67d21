package io.hookline.adapter.rest.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.WwwAuthenticateChallengeProvider;
import jakarta.inject.Singleton;

/**
 * Tells clients refused by micronaut-security how to authenticate ({@code WWW-Authenticate:
 * Bearer}, RFC 6750); the security exception handler adds it to its 401 and 403 answers.
 */
@Singleton
final class BearerChallenge implements WwwAuthenticateChallengeProvider<HttpRequest<?>> {

  @Override
  public String getWwwAuthenticateChallenge(HttpRequest<?> request) {
    return "Bearer realm=\"hookline\"";
  }
}
