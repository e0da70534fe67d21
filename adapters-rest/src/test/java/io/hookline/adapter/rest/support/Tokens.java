package io.hookline.adapter.rest.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;

/** Mints HS256 test tokens with the secret of application-test.yml, or deliberately bad ones. */
public final class Tokens {

  public static final String SECRET = "rest-adapter-test-secret-of-at-least-32-bytes";
  private static final String OTHER_SECRET = "a-different-secret-that-this-server-never-saw";

  private Tokens() {}

  public static String admin() {
    return sign(SECRET, claims("admin-1", List.of("admin"), List.of(), 3600));
  }

  /** A member of the given teams with no role. */
  public static String member(String... teamIds) {
    return sign(SECRET, claims("member-1", List.of(), List.of(teamIds), 3600));
  }

  /** A token of the given teams with the publisher role. */
  public static String publisher(String... teamIds) {
    return sign(SECRET, claims("publisher-1", List.of("publisher"), List.of(teamIds), 3600));
  }

  public static String withClaims(List<String> roles, Object teamsClaim) {
    return sign(SECRET, claims("custom-1", roles, teamsClaim, 3600));
  }

  public static String adminWithoutSubject() {
    return sign(
        SECRET,
        new JWTClaimsSet.Builder(claims("x", List.of("admin"), List.of(), 3600))
            .subject(null)
            .build());
  }

  public static String expiredAdmin() {
    return sign(SECRET, claims("admin-1", List.of("admin"), List.of(), -3600));
  }

  public static String adminSignedWithAnotherSecret() {
    return sign(OTHER_SECRET, claims("admin-1", List.of("admin"), List.of(), 3600));
  }

  private static JWTClaimsSet claims(
      String subject, List<String> roles, Object teams, long secondsToLive) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    return new JWTClaimsSet.Builder()
        .subject(subject)
        .claim("roles", roles)
        .claim("teams", teams)
        .issueTime(Date.from(now.minusSeconds(7200)))
        .expirationTime(Date.from(now.plusSeconds(secondsToLive)))
        .build();
  }

  private static String sign(String secret, JWTClaimsSet claims) {
    try {
      SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
      jwt.sign(new MACSigner(secret));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
