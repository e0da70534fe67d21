package io.hookline.bootstrap;

import com.nimbusds.jose.JWSAlgorithm;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Gives micronaut-security the HS256 secret that {@link JwtSecrets} resolves, at start-up. */
@Factory
class SecurityFactory {

  private static final Logger LOG = LoggerFactory.getLogger(SecurityFactory.class);

  @Context
  @Named("generator")
  SignatureGeneratorConfiguration tokenSignature(HooklineSettings settings) {
    String secret =
        JwtSecrets.resolve(
            settings.jwtSecret(), settings.embedded(), settings.dataDir(), LOG::warn);
    var configuration = new SecretSignatureConfiguration("generator");
    configuration.setSecret(secret);
    configuration.setJwsAlgorithm(JWSAlgorithm.HS256);
    return new SecretSignature(configuration);
  }
}
