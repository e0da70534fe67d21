package io.hookline.adapter.persistence;

import io.hookline.application.port.out.DeliveryQueue;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Measures how soon a waiting dispatcher is woken by work added elsewhere. */
final class Wake {

  /** Far below the wait's own timeout, so a wake-up cannot be mistaken for the timeout. */
  static final Duration PROMPTLY = Duration.ofSeconds(3);

  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final long NOT_STARTED = Long.MIN_VALUE;

  private Wake() {}

  /**
   * Starts a waiter on the queue, then does the work on this thread, and returns the time from the
   * start of the work until the waiter returned; the waiter waits again if woken before that.
   */
  static Duration timeToWake(DeliveryQueue queue, Runnable work) throws Exception {
    queue.awaitWork(Duration.ZERO);
    AtomicLong workStarted = new AtomicLong(NOT_STARTED);
    CompletableFuture<Long> woken =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                while (workStarted.get() == NOT_STARTED) {
                  queue.awaitWork(WAIT);
                }
                return System.nanoTime();
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });
    Thread.sleep(200);
    workStarted.set(System.nanoTime());
    work.run();
    return Duration.ofNanos(woken.get(WAIT.toSeconds() * 2, TimeUnit.SECONDS) - workStarted.get());
  }
}
