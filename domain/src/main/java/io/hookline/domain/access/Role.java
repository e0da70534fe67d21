package io.hookline.domain.access;

import java.util.Locale;
import java.util.Optional;

/** What a caller may do beyond its teams: {@code admin} everything, {@code publisher} publish. */
public enum Role {
  ADMIN,
  PUBLISHER;

  public String claimName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The role a token claim names, or empty for names Hookline does not know. */
  public static Optional<Role> fromClaim(String claim) {
    for (Role role : values()) {
      if (role.claimName().equals(claim)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
