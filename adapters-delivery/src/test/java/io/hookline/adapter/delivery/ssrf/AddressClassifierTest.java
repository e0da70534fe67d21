package io.hookline.adapter.delivery.ssrf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.net.Inet6Address;
import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressClassifierTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "127.0.0.1, LOOPBACK",
    "127.255.255.254, LOOPBACK",
    "::1, LOOPBACK",
    "10.0.0.1, PRIVATE",
    "10.255.255.255, PRIVATE",
    "172.16.0.1, PRIVATE",
    "172.31.255.255, PRIVATE",
    "192.168.0.1, PRIVATE",
    "fc00::1, PRIVATE",
    "fdff:ffff::1, PRIVATE",
    "fec0::1, PRIVATE",
    "169.254.169.254, LINK_LOCAL",
    "169.254.0.1, LINK_LOCAL",
    "fe80::1, LINK_LOCAL",
    "febf::1, LINK_LOCAL",
    "100.64.0.1, CARRIER_GRADE_NAT",
    "100.127.255.255, CARRIER_GRADE_NAT",
    "224.0.0.1, MULTICAST",
    "239.255.255.250, MULTICAST",
    "ff02::1, MULTICAST",
    "0.0.0.0, UNSPECIFIED",
    "::, UNSPECIFIED",
    "0.1.2.3, THIS_NETWORK",
    "255.255.255.255, BROADCAST",
    "240.0.0.1, RESERVED",
    "::127.0.0.1, LOOPBACK",
    "::10.1.2.3, PRIVATE",
    "64:ff9b::a9fe:a9fe, LINK_LOCAL",
    "64:ff9b::c0a8:101, PRIVATE",
    "8.8.8.8, PUBLIC",
    "172.32.0.1, PUBLIC",
    "100.128.0.1, PUBLIC",
    "11.0.0.1, PUBLIC",
    "2606:4700:4700::1111, PUBLIC",
    "64:ff9b::808:808, PUBLIC"
  })
  void eachAddressFallsInItsRange(String literal, AddressKind kind) throws Exception {
    assertEquals(kind, AddressClassifier.classify(InetAddress.getByName(literal)));
  }

  @ParameterizedTest(name = "::ffff:{0} is {1}")
  @CsvSource({
    "127.0.0.1, LOOPBACK",
    "10.9.8.7, PRIVATE",
    "169.254.169.254, LINK_LOCAL",
    "100.64.1.1, CARRIER_GRADE_NAT",
    "0.0.0.0, UNSPECIFIED",
    "8.8.8.8, PUBLIC"
  })
  void anIpv4MappedIpv6AddressIsJudgedByItsIpv4Address(String ipv4, AddressKind kind)
      throws Exception {
    byte[] mapped = new byte[16];
    mapped[10] = (byte) 0xff;
    mapped[11] = (byte) 0xff;
    System.arraycopy(InetAddress.getByName(ipv4).getAddress(), 0, mapped, 12, 4);
    InetAddress address = Inet6Address.getByAddress(null, mapped, -1);

    assertInstanceOf(Inet6Address.class, address);
    assertEquals(kind, AddressClassifier.classify(address));
  }
}
