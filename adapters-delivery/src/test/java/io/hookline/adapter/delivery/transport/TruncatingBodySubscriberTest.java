package io.hookline.adapter.delivery.transport;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TruncatingBodySubscriberTest {

  /** Counts what the subscriber asks of its publisher. */
  private static final class Subscription implements Flow.Subscription {
    long requested;
    boolean cancelled;

    @Override
    public void request(long n) {
      requested += n;
    }

    @Override
    public void cancel() {
      cancelled = true;
    }
  }

  private final Subscription subscription = new Subscription();
  private final TruncatingBodySubscriber subscriber = new TruncatingBodySubscriber(8);

  private static List<ByteBuffer> chunk(String text) {
    return List.of(ByteBuffer.wrap(text.getBytes(UTF_8)));
  }

  @Test
  void aBodyWithinTheLimitIsKeptWholeAndReadToTheEnd() {
    subscriber.onSubscribe(subscription);
    subscriber.onNext(chunk("abc"));
    subscriber.onNext(chunk("defgh"));
    subscriber.onComplete();

    assertEquals("abcdefgh", subscriber.getBody().toCompletableFuture().join());
    assertEquals(3, subscription.requested);
    assertFalse(subscription.cancelled);
  }

  @Test
  void aLongerBodyIsCutAtTheLimitAndTheRestIsNotRead() {
    subscriber.onSubscribe(subscription);
    subscriber.onNext(chunk("abcdef"));
    subscriber.onNext(chunk("ghijkl"));

    assertEquals("abcdefgh", subscriber.getBody().toCompletableFuture().join());
    assertTrue(subscription.cancelled);
    assertEquals(2, subscription.requested);
  }

  @ParameterizedTest(name = "{0} keeps {1} of {2} bytes")
  @CsvSource({
    "abcd, 4, 4",
    "abé, 4, 4",
    "abcé, 4, 3",
    "a€, 4, 4",
    "ab€, 4, 2",
    "a\uD83D\uDE00, 5, 5",
    "a\uD83D\uDE00, 4, 1",
    "a\uD83D\uDE00, 2, 1"
  })
  void aCutNeverKeepsPartOfACharacter(String text, int cutAt, int kept) {
    byte[] bytes = text.getBytes(UTF_8);

    assertEquals(kept, TruncatingBodySubscriber.completeCharacters(bytes, cutAt));
  }
}
