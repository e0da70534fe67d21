package io.hookline.bootstrap;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code token} command: prints an API token signed with the server's secret. */
@Command(
    name = "token",
    mixinStandardHelpOptions = true,
    description = "Print an API token signed with the same secret the server uses.")
final class TokenCommand implements Callable<Integer> {

  @Option(names = "--admin", description = "Give the token the admin role (may do everything).")
  boolean admin;

  @Option(names = "--publisher", description = "Give the token the publisher role.")
  boolean publisher;

  @Option(
      names = "--team",
      paramLabel = "TEAM_ID",
      description = "A team id the token may act for (repeatable).")
  List<UUID> teams = new ArrayList<>();

  @Option(names = "--sub", description = "The token's subject (default: ${DEFAULT-VALUE}).")
  String subject = "cli";

  @Option(
      names = "--ttl",
      description = "Lifetime as an ISO-8601 duration (default: ${DEFAULT-VALUE}).")
  Duration ttl = Duration.ofDays(30);

  @Override
  public Integer call() {
    if (!admin && teams.isEmpty()) {
      System.err.println("Give --admin, or at least one --team <id>.");
      return 2;
    }
    String dbUrl = System.getenv("HOOKLINE_DB_URL");
    String dataDir = System.getenv().getOrDefault("HOOKLINE_DATA_DIR", "./data");
    String secret =
        JwtSecrets.resolve(
            System.getenv("HOOKLINE_JWT_SECRET"),
            dbUrl == null || dbUrl.isBlank(),
            Path.of(dataDir),
            System.err::println);
    List<String> roles = new ArrayList<>();
    if (admin) {
      roles.add("admin");
    }
    if (publisher) {
      roles.add("publisher");
    }
    List<String> teamIds = teams.stream().map(UUID::toString).toList();
    System.out.println(new TokenMinter(secret).mint(subject, roles, teamIds, ttl));
    return 0;
  }
}
