package io.hookline.application.port.out;

import java.util.UUID;

/** Source of new identities; time-ordered, so that stable listings follow creation order. */
public interface IdGenerator {

  UUID next();
}
