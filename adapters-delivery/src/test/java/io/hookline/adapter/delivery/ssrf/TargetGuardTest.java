package io.hookline.adapter.delivery.ssrf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetGuardTest {

  private static InetAddress[] addresses(String... literals) throws UnknownHostException {
    InetAddress[] addresses = new InetAddress[literals.length];
    for (int i = 0; i < literals.length; i++) {
      addresses[i] = InetAddress.getByName(literals[i]);
    }
    return addresses;
  }

  private final Map<String, InetAddress[]> dns;
  private final TargetGuard guard;

  TargetGuardTest() throws UnknownHostException {
    dns =
        Map.of(
            "public.example", addresses("93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"),
            "mixed.example", addresses("93.184.215.14", "fd00::7"),
            "metadata.example", addresses("169.254.169.254"));
    guard =
        new TargetGuard(
            host -> {
              InetAddress[] found = dns.get(host);
              if (found == null) {
                throw new UnknownHostException(host);
              }
              return found;
            });
  }

  @Test
  void aHostWhoseAddressesAreAllPublicIsAllowed() throws Exception {
    assertEquals(Optional.empty(), guard.refusalFor("public.example"));
  }

  @Test
  void aHostWithOnePrivateAddressAmongPublicOnesIsRefusedNamingIt() throws Exception {
    String refusal = guard.refusalFor("mixed.example").orElseThrow();

    assertTrue(refusal.startsWith("resolves to fd00::7, a private address; "), refusal);
  }

  @Test
  void aNameForTheCloudMetadataAddressIsRefused() throws Exception {
    String refusal = guard.refusalFor("metadata.example").orElseThrow();

    assertTrue(refusal.startsWith("resolves to 169.254.169.254, a link-local address"), refusal);
  }

  @Test
  void aBracketedIpv6LiteralIsCheckedAsTheAddress() throws Exception {
    String refusal = new TargetGuard(TargetGuard.SYSTEM).refusalFor("[::1]").orElseThrow();

    assertTrue(refusal.startsWith("resolves to ::1, a loopback address"), refusal);
  }

  @Test
  void aHostThatDoesNotResolveIsReportedAsUnknown() {
    assertThrows(UnknownHostException.class, () -> guard.refusalFor("nowhere.example"));
  }

  @ParameterizedTest(name = "{0} is written {1}")
  @CsvSource({
    "0:0:0:0:0:0:0:1, ::1",
    "0:0:0:0:0:0:0:0, ::",
    "fe80:0:0:0:0:0:0:1, fe80::1",
    "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
    "2001:db8:1:0:1:1:1:1, 2001:db8:1:0:1:1:1:1",
    "fd00:0:0:0:0:0:0:0, fd00::",
    "10.0.0.1, 10.0.0.1"
  })
  void addressesAreNamedTheWayPeopleWriteThem(String literal, String text) throws Exception {
    assertEquals(text, TargetGuard.text(InetAddress.getByName(literal)));
  }
}
