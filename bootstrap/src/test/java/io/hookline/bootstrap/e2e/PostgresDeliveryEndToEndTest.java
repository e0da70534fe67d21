package io.hookline.bootstrap.e2e;

class PostgresDeliveryEndToEndTest extends DeliveryEndToEndContract {

  @Override
  String jdbcUrl() {
    return Databases.postgres();
  }
}
