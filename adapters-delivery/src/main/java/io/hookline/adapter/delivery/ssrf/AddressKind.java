package io.hookline.adapter.delivery.ssrf;

/** The kind of network an IP address belongs to, as far as delivering webhooks is concerned. */
public enum AddressKind {
  PUBLIC("a public address"),
  LOOPBACK("a loopback address"),
  PRIVATE("a private address"),
  LINK_LOCAL("a link-local address"),
  CARRIER_GRADE_NAT("a carrier-grade NAT address"),
  MULTICAST("a multicast address"),
  UNSPECIFIED("an unspecified address"),
  THIS_NETWORK("a 'this network' address"),
  BROADCAST("a broadcast address"),
  RESERVED("a reserved address");

  private final String description;

  AddressKind(String description) {
    this.description = description;
  }

  /** How a refusal names this kind, for example {@code a loopback address}. */
  public String description() {
    return description;
  }

  /** Whether deliveries may go to an address of this kind without allowing private networks. */
  public boolean isPublic() {
    return this == PUBLIC;
  }
}
