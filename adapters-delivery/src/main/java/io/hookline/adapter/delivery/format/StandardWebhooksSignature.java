package io.hookline.adapter.delivery.format;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.hookline.domain.subscription.SigningSecret;
import java.util.Base64;
import java.util.List;

/**
 * The Standard Webhooks {@code webhook-signature} header: one {@code v1,<base64 HMAC-SHA256 of
 * "id.timestamp.body">} per valid secret, space-separated, keyed with each secret's decoded bytes.
 */
public final class StandardWebhooksSignature {

  private static final Base64.Encoder BASE64 = Base64.getEncoder();

  private StandardWebhooksSignature() {}

  public static String header(
      List<SigningSecret> secrets, String id, String timestamp, byte[] body) {
    byte[] signedPrefix = (id + "." + timestamp + ".").getBytes(UTF_8);
    StringBuilder header = new StringBuilder(secrets.size() * 48);
    for (SigningSecret secret : secrets) {
      if (!header.isEmpty()) {
        header.append(' ');
      }
      header
          .append("v1,")
          .append(BASE64.encodeToString(HmacSha256.sign(secret.keyBytes(), signedPrefix, body)));
    }
    return header.toString();
  }
}
