package io.hookline.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The durable work queue of deliveries. A claim is a lease: claimed deliveries are invisible to
 * other claimers until completed, released, or the lease expires (then anyone may claim them again,
 * so an instance that dies loses nothing).
 */
public interface DeliveryQueue {

  /**
   * Leases up to {@code max} deliveries that are due at {@code now} (pending and due, or sending
   * with an expired lease), oldest due first. Concurrent claimers, in this or other processes,
   * never receive the same delivery while its lease holds.
   */
  List<ClaimedDelivery> claim(int max, Instant now, Duration lease);

  /**
   * Records the outcomes of claimed deliveries: each one's new state and, if an attempt was made,
   * the attempt. A completion whose lease was lost (expired and claimed again) still logs its
   * attempt but does not change the delivery's state.
   */
  void complete(List<Completion> completions);

  /** Gives claimed deliveries back, due at once, without counting an attempt. */
  void release(List<ClaimedDelivery> deliveries);

  /**
   * Waits until deliveries may have become due (something was appended or requeued, here or in
   * another instance sharing the database) or the timeout passes.
   */
  void awaitWork(Duration timeout) throws InterruptedException;

  /**
   * How many deliveries are unfinished: due now (waiting, or their lease expired), and due later (a
   * retry scheduled, or being sent under a lease). Counted from the due index alone, so it costs no
   * row reads however long the log is.
   */
  Depth depth(Instant now);

  /** Queue depth for monitoring: both zero once every delivery has succeeded or failed. */
  record Depth(long due, long scheduled) {}
}
