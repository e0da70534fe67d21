package io.hookline.bootstrap;

import io.micronaut.runtime.Micronaut;
import picocli.CommandLine;

/** Entry point: runs the service, or the {@code token} command when asked for it. */
public final class Hookline {

  private Hookline() {}

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("token")) {
      String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
      System.exit(new CommandLine(new TokenCommand()).execute(rest));
    }
    Micronaut.build(args)
        .banner(false)
        .mainClass(Hookline.class)
        .properties(DatabaseUrl.properties(System.getenv()))
        .start();
  }
}
