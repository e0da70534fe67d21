package io.hookline.adapter.persistence;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import io.hookline.application.port.out.IdGenerator;
import jakarta.inject.Singleton;
import java.util.UUID;

/**
 * UUIDv7 identities: a millisecond timestamp first, so ids sort in creation order in both
 * databases, and the generator keeps them increasing within one millisecond.
 */
@Singleton
public final class TimeOrderedIdGenerator implements IdGenerator {

  private final TimeBasedEpochGenerator generator = Generators.timeBasedEpochGenerator();

  @Override
  public UUID next() {
    return generator.generate();
  }
}
