package io.hookline.application.fake;

import io.hookline.application.port.out.IdGenerator;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Ids that increase with every call, so fakes list in creation order like the real store. */
public final class SequentialIdGenerator implements IdGenerator {

  private final AtomicLong counter = new AtomicLong();
  private final long prefix = System.nanoTime();

  @Override
  public UUID next() {
    return new UUID(prefix, counter.incrementAndGet());
  }
}
