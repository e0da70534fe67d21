package io.hookline.adapter.persistence;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Wakes the delivery queue's waiters when deliveries may have become due: at once in this process,
 * and on PostgreSQL in the other instances sharing the database, through {@link PostgresChannel}. A
 * wake-up that comes while nobody waits is kept for the next wait, so none is lost between a claim
 * that found nothing and the wait that follows it.
 */
@Singleton
final class Wakeups {

  private final Object monitor = new Object();
  private final PostgresChannel channel;
  private boolean pending;

  Wakeups(ConnectedDatabase database) {
    this.channel =
        database.isPostgres()
            ? new PostgresChannel(() -> database.openDedicated("hookline-listener"), this::wakeHere)
            : null;
  }

  /** Wakes every waiter, here and in other instances; call it after the work committed. */
  void workAdded() {
    wakeHere();
    if (channel != null) {
      channel.announce();
    }
  }

  /** Waits until woken or the timeout passes; returns at once for a wake-up nobody took yet. */
  void await(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (monitor) {
      while (!pending) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          break;
        }
        TimeUnit.NANOSECONDS.timedWait(monitor, left);
      }
      pending = false;
    }
  }

  @PreDestroy
  void close() throws InterruptedException {
    if (channel != null) {
      channel.close();
    }
  }

  private void wakeHere() {
    synchronized (monitor) {
      pending = true;
      monitor.notifyAll();
    }
  }
}
