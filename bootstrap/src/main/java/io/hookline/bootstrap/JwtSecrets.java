package io.hookline.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Consumer;

/**
 * Finds the HS256 secret that signs and verifies API tokens: {@code HOOKLINE_JWT_SECRET} if set,
 * otherwise (embedded default only) a secret generated once and kept in the data directory. The
 * server and the token command both resolve it here, so they always agree.
 */
public final class JwtSecrets {

  public static final int MIN_BYTES = 32;
  static final String FILE_NAME = "jwt-secret";

  private JwtSecrets() {}

  /**
   * The secret to use.
   *
   * @param configured the value of HOOKLINE_JWT_SECRET, or null
   * @param embedded whether the service runs on the embedded database (only then may one be made)
   * @param dataDir where a generated secret is kept
   * @param log told when a secret is generated
   */
  public static String resolve(
      String configured, boolean embedded, Path dataDir, Consumer<String> log) {
    if (configured != null && !configured.isBlank()) {
      if (configured.getBytes(StandardCharsets.UTF_8).length < MIN_BYTES) {
        throw new IllegalStateException(
            "HOOKLINE_JWT_SECRET must be at least " + MIN_BYTES + " bytes long");
      }
      return configured;
    }
    if (!embedded) {
      throw new IllegalStateException(
          "HOOKLINE_JWT_SECRET must be set when HOOKLINE_DB_URL is set: every instance sharing"
              + " the database must verify tokens with the same secret");
    }
    return readOrGenerate(dataDir.toAbsolutePath().normalize().resolve(FILE_NAME), log);
  }

  private static String readOrGenerate(Path file, Consumer<String> log) {
    try {
      if (Files.exists(file)) {
        return Files.readString(file, StandardCharsets.US_ASCII).strip();
      }
      Files.createDirectories(file.getParent());
      byte[] random = new byte[48];
      new SecureRandom().nextBytes(random);
      String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
      try {
        Files.writeString(
            file, secret, StandardCharsets.US_ASCII, java.nio.file.StandardOpenOption.CREATE_NEW);
      } catch (FileAlreadyExistsException raced) {
        return Files.readString(file, StandardCharsets.US_ASCII).strip();
      }
      restrictToOwner(file);
      log.accept(
          "No HOOKLINE_JWT_SECRET set: generated a token signing secret and kept it in " + file);
      return secret;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the JWT secret file " + file, e);
    }
  }

  private static void restrictToOwner(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // The file system has no POSIX permissions (e.g. Windows); the directory's ACL applies.
    }
  }
}
