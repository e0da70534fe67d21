package io.hookline.adapter.delivery.format;

import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 with the JDK's {@link Mac}, the signature every wire format builds on. */
public final class HmacSha256 {

  private static final String ALGORITHM = "HmacSHA256";

  private HmacSha256() {}

  /** The MAC of the parts, in order, as if they were one message. */
  public static byte[] sign(byte[] key, byte[]... parts) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key, ALGORITHM));
      for (byte[] part : parts) {
        mac.update(part);
      }
      return mac.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available in this JDK", e);
    }
  }

  /** The MAC as lower-case hex, as most signature headers carry it. */
  public static String hex(byte[] key, byte[]... parts) {
    return HexFormat.of().formatHex(sign(key, parts));
  }
}
