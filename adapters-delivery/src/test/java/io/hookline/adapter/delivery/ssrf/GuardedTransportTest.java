package io.hookline.adapter.delivery.ssrf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookline.adapter.delivery.transport.HttpTransport;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class GuardedTransportTest {

  private final List<URI> posted = new CopyOnWriteArrayList<>();
  private final HttpTransport inner =
      new HttpTransport() {
        @Override
        public CompletionStage<Outcome> post(URI uri, Map<String, String> headers, byte[] body) {
          posted.add(uri);
          return CompletableFuture.completedStage(new Reply(204, Optional.empty(), ""));
        }

        @Override
        public void close() {}
      };
  private final GuardedTransport transport =
      new GuardedTransport(
          inner,
          new TargetGuard(
              host ->
                  switch (host) {
                    case "public.example" ->
                        new InetAddress[] {InetAddress.getByName("93.184.215.14")};
                    case "internal.example" ->
                        new InetAddress[] {InetAddress.getByName("192.168.7.7")};
                    default -> throw new UnknownHostException(host);
                  }));

  private HttpTransport.Outcome post(String url) {
    return transport.post(URI.create(url), Map.of(), new byte[0]).toCompletableFuture().join();
  }

  @Test
  void aPublicTargetIsPassedOnToTheTransport() {
    HttpTransport.Outcome outcome = post("https://public.example/hook");

    assertEquals(new HttpTransport.Reply(204, Optional.empty(), ""), outcome);
    assertEquals(List.of(URI.create("https://public.example/hook")), posted);
  }

  @Test
  void aTargetResolvingToAPrivateAddressIsRefusedWithoutARequest() {
    HttpTransport.Refused refused =
        assertInstanceOf(HttpTransport.Refused.class, post("https://internal.example/hook"));

    assertTrue(refused.reason().startsWith("resolves to 192.168.7.7, a private address; "));
    assertTrue(posted.isEmpty());
  }

  @Test
  void aTargetThatDoesNotResolveIsAFailureWithoutARequest() {
    assertEquals(
        new HttpTransport.Failure("unknown host nowhere.example"),
        post("https://nowhere.example/"));
    assertTrue(posted.isEmpty());
  }
}
