package io.hookline.bootstrap.e2e;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class H2DeliveryEndToEndTest extends DeliveryEndToEndContract {

  @TempDir static Path dataDir;

  @Override
  String jdbcUrl() {
    return Databases.h2File(dataDir);
  }
}
