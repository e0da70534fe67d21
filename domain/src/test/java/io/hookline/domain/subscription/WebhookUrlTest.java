package io.hookline.domain.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hookline.domain.common.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookUrlTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://receiver.example/hook",
        "http://10.0.0.1:8080/a?b=c",
        "http://[::1]:9000/x",
        "HTTPS://Receiver.Example"
      })
  void absoluteHttpAndHttpsUrlsAreAccepted(String url) {
    assertEquals(url, new WebhookUrl(url).value());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ftp://receiver.example/hook",
        "/relative/path",
        "receiver.example/hook",
        "https://user:pass@receiver.example/hook",
        "https:///no-host",
        "http://exa mple.com/",
        ""
      })
  void otherSchemesRelativeUrlsUserinfoAndMissingHostsAreRejected(String url) {
    assertThrows(InvalidInputException.class, () -> new WebhookUrl(url));
  }

  @Test
  void urlsAreLimitedTo2048Characters() {
    String base = "https://receiver.example/";
    assertEquals(2048, new WebhookUrl(base + "a".repeat(2048 - base.length())).value().length());
    assertThrows(
        InvalidInputException.class, () -> new WebhookUrl(base + "a".repeat(2049 - base.length())));
  }

  @Test
  void theHostAndDefaultPortAreReadFromTheUrl() {
    assertEquals("::1", new WebhookUrl("http://[::1]/x").host());
    assertEquals(443, new WebhookUrl("https://receiver.example").port());
    assertEquals(80, new WebhookUrl("http://receiver.example").port());
    assertEquals(9000, new WebhookUrl("http://receiver.example:9000").port());
  }
}
