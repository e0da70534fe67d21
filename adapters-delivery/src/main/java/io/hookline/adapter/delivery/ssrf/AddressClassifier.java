package io.hookline.adapter.delivery.ssrf;

import static io.hookline.adapter.delivery.ssrf.AddressKind.BROADCAST;
import static io.hookline.adapter.delivery.ssrf.AddressKind.CARRIER_GRADE_NAT;
import static io.hookline.adapter.delivery.ssrf.AddressKind.LINK_LOCAL;
import static io.hookline.adapter.delivery.ssrf.AddressKind.LOOPBACK;
import static io.hookline.adapter.delivery.ssrf.AddressKind.MULTICAST;
import static io.hookline.adapter.delivery.ssrf.AddressKind.PRIVATE;
import static io.hookline.adapter.delivery.ssrf.AddressKind.PUBLIC;
import static io.hookline.adapter.delivery.ssrf.AddressKind.RESERVED;
import static io.hookline.adapter.delivery.ssrf.AddressKind.THIS_NETWORK;
import static io.hookline.adapter.delivery.ssrf.AddressKind.UNSPECIFIED;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * Classifies IP addresses by the IANA special-purpose ranges, looking through the IPv6 forms that
 * embed an IPv4 address (IPv4-mapped {@code ::ffff:0:0/96}, IPv4-compatible {@code ::/96} and NAT64
 * {@code 64:ff9b::/96}) so that, for example, {@code ::ffff:127.0.0.1} is loopback.
 */
public final class AddressClassifier {

  /** The first match wins, so narrower ranges come before the ranges that contain them. */
  private static final List<Range> IPV4 =
      List.of(
          range("0.0.0.0", 32, UNSPECIFIED),
          range("0.0.0.0", 8, THIS_NETWORK),
          range("10.0.0.0", 8, PRIVATE),
          range("100.64.0.0", 10, CARRIER_GRADE_NAT),
          range("127.0.0.0", 8, LOOPBACK),
          range("169.254.0.0", 16, LINK_LOCAL),
          range("172.16.0.0", 12, PRIVATE),
          range("192.168.0.0", 16, PRIVATE),
          range("224.0.0.0", 4, MULTICAST),
          range("255.255.255.255", 32, BROADCAST),
          range("240.0.0.0", 4, RESERVED));

  private static final List<Range> IPV6 =
      List.of(
          range("::", 128, UNSPECIFIED),
          range("::1", 128, LOOPBACK),
          range("fc00::", 7, PRIVATE),
          range("fe80::", 10, LINK_LOCAL),
          range("fec0::", 10, PRIVATE),
          range("ff00::", 8, MULTICAST));

  private static final byte[] MAPPED_PREFIX = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, -1};
  private static final byte[] COMPATIBLE_PREFIX = new byte[12];
  private static final byte[] NAT64_PREFIX = {0, 0x64, -1, -101, 0, 0, 0, 0, 0, 0, 0, 0};

  private AddressClassifier() {}

  /** The kind of {@code address}; addresses in no special range are {@link AddressKind#PUBLIC}. */
  public static AddressKind classify(InetAddress address) {
    byte[] bytes = address.getAddress();
    if (bytes.length == 4) {
      return match(IPV4, bytes);
    }
    AddressKind kind = match(IPV6, bytes);
    if (kind != PUBLIC) {
      return kind;
    }
    byte[] prefix = Arrays.copyOf(bytes, 12);
    boolean embedsIpv4 =
        Arrays.equals(prefix, MAPPED_PREFIX)
            || Arrays.equals(prefix, COMPATIBLE_PREFIX)
            || Arrays.equals(prefix, NAT64_PREFIX);
    return embedsIpv4 ? match(IPV4, Arrays.copyOfRange(bytes, 12, 16)) : PUBLIC;
  }

  private static AddressKind match(List<Range> ranges, byte[] address) {
    for (Range range : ranges) {
      if (range.contains(address)) {
        return range.kind();
      }
    }
    return PUBLIC;
  }

  private static Range range(String literal, int bits, AddressKind kind) {
    try {
      return new Range(InetAddress.getByName(literal).getAddress(), bits, kind);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("not an address literal: " + literal, e);
    }
  }

  /** The addresses whose first {@code bits} bits equal those of {@code prefix}. */
  private record Range(byte[] prefix, int bits, AddressKind kind) {
    boolean contains(byte[] address) {
      for (int bit = 0; bit < bits; bit++) {
        int mask = 0x80 >>> (bit % 8);
        if ((address[bit / 8] & mask) != (prefix[bit / 8] & mask)) {
          return false;
        }
      }
      return true;
    }
  }
}
