package io.hookline.bootstrap;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.nio.file.Path;
import java.time.Duration;

/** Hookline's own settings, read from {@code hookline.*} (each mapped to a HOOKLINE_ variable). */
@ConfigurationProperties("hookline")
public record HooklineSettings(
    @Bindable(defaultValue = "./data") Path dataDir,
    @Nullable String jwtSecret,
    @Nullable String dbUrl,
    @Bindable(defaultValue = "24h") Duration secretOverlap) {

  /** Whether the service runs on its embedded H2 database rather than an external one. */
  public boolean embedded() {
    return dbUrl == null || dbUrl.isBlank();
  }
}
