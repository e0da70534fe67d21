package io.hookline.adapter.delivery.ssrf;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.Optional;

/**
 * The server-side request forgery guard: refuses a host that is, or resolves to, any address that
 * is not public (loopback, private, link-local including 169.254.169.254, CGNAT, multicast,
 * unspecified, 0/8, broadcast, reserved, and the IPv4-mapped or -compatible IPv6 forms of those).
 */
public final class TargetGuard {

  /** Resolves a host name, or an address literal, to all of its addresses. */
  @FunctionalInterface
  public interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  /** The JVM's resolver (DNS and the hosts file, through the JVM's address cache). */
  public static final Resolver SYSTEM = InetAddress::getAllByName;

  private final Resolver resolver;

  public TargetGuard(Resolver resolver) {
    this.resolver = Objects.requireNonNull(resolver, "resolver");
  }

  /**
   * Why deliveries may not go to {@code host}, naming the first address that is not public, or
   * empty when every address it resolves to is public.
   *
   * @throws UnknownHostException when the host does not resolve
   */
  public Optional<String> refusalFor(String host) throws UnknownHostException {
    String name = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    for (InetAddress address : resolver.resolve(name)) {
      AddressKind kind = AddressClassifier.classify(address);
      if (!kind.isPublic()) {
        return Optional.of(
            "resolves to "
                + text(address)
                + ", "
                + kind.description()
                + "; deliveries to private networks are off"
                + " (set HOOKLINE_ALLOW_PRIVATE_NETWORKS=true to allow them)");
      }
    }
    return Optional.empty();
  }

  /** The address as people write it: dotted IPv4, or IPv6 with the longest zero run as "::". */
  static String text(InetAddress address) {
    if (address instanceof Inet4Address) {
      return address.getHostAddress();
    }
    byte[] bytes = address.getAddress();
    int[] groups = new int[8];
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0, runStart = -1; i < 8; i++) {
      groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
      runStart = groups[i] == 0 ? (runStart < 0 ? i : runStart) : -1;
      if (runStart >= 0 && i - runStart + 1 > bestLength) {
        bestStart = runStart;
        bestLength = i - runStart + 1;
      }
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        text.append("::");
        i += bestLength - 1;
      } else {
        text.append(text.isEmpty() || text.charAt(text.length() - 1) == ':' ? "" : ":");
        text.append(Integer.toHexString(groups[i]));
      }
    }
    return text.toString();
  }
}
