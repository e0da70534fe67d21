package io.hookline.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Hookline's version, as the build stamped it into {@code hookline-version.properties}. */
final class Version {

  private Version() {}

  static String current() {
    try (InputStream in = Version.class.getResourceAsStream("/hookline-version.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "dev");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
