package io.hookline.adapter.delivery.transport;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Keeps the first {@code limit} bytes of a response body as UTF-8 text in a fixed buffer and stops
 * reading (cancelling the rest, which closes the connection) as soon as more arrive.
 */
final class TruncatingBodySubscriber implements BodySubscriber<String> {

  private final byte[] buffer;
  private final CompletableFuture<String> body = new CompletableFuture<>();
  private int length;
  private Flow.Subscription subscription;

  TruncatingBodySubscriber(int limit) {
    this.buffer = new byte[limit];
  }

  @Override
  public CompletionStage<String> getBody() {
    return body;
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    subscription.request(1);
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    if (body.isDone()) {
      return;
    }
    boolean overflow = false;
    for (ByteBuffer item : items) {
      int n = Math.min(item.remaining(), buffer.length - length);
      item.get(buffer, length, n);
      length += n;
      overflow |= item.hasRemaining();
    }
    if (overflow) {
      subscription.cancel();
      body.complete(decode(buffer, completeCharacters(buffer, length)));
    } else {
      subscription.request(1);
    }
  }

  @Override
  public void onError(Throwable error) {
    body.completeExceptionally(error);
  }

  @Override
  public void onComplete() {
    body.complete(decode(buffer, length));
  }

  private static String decode(byte[] bytes, int length) {
    return new String(bytes, 0, length, UTF_8);
  }

  /** {@code length}, shortened so a multi-byte character cut off at the end is dropped whole. */
  static int completeCharacters(byte[] bytes, int length) {
    for (int start = length - 1; start >= 0 && start >= length - 4; start--) {
      int lead = bytes[start] & 0xff;
      if ((lead & 0xc0) != 0x80) {
        int size = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
        return start + size <= length ? length : start;
      }
    }
    return length;
  }
}
