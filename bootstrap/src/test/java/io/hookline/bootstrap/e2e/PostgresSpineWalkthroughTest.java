package io.hookline.bootstrap.e2e;

class PostgresSpineWalkthroughTest extends SpineWalkthroughContract {

  @Override
  String jdbcUrl() {
    return Databases.postgres();
  }
}
