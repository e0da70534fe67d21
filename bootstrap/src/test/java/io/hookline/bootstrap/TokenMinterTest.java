package io.hookline.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenMinterTest {

  private static final String SECRET = "0123456789abcdef0123456789abcdef";

  @Test
  void aMintedTokenIsSignedWithTheSecretAndCarriesSubRolesAndTeams() throws Exception {
    String token =
        new TokenMinter(SECRET)
            .mint(
                "ci",
                List.of("publisher"),
                List.of("7f1c2d3e-0000-4000-8000-000000000001"),
                Duration.ofHours(1));
    SignedJWT jwt = SignedJWT.parse(token);
    assertTrue(jwt.verify(new MACVerifier(SECRET)));
    assertEquals("HS256", jwt.getHeader().getAlgorithm().getName());
    assertEquals("ci", jwt.getJWTClaimsSet().getSubject());
    assertEquals(List.of("publisher"), jwt.getJWTClaimsSet().getStringListClaim("roles"));
    assertEquals(
        List.of("7f1c2d3e-0000-4000-8000-000000000001"),
        jwt.getJWTClaimsSet().getStringListClaim("teams"));
    assertTrue(jwt.getJWTClaimsSet().getExpirationTime().after(new Date()));
  }

  @Test
  void aTokenSignedWithAnotherSecretDoesNotVerify() throws Exception {
    String token =
        new TokenMinter(SECRET).mint("x", List.of("admin"), List.of(), Duration.ofHours(1));
    assertEquals(
        false, SignedJWT.parse(token).verify(new MACVerifier("another-secret-another-secret-!!")));
  }
}
