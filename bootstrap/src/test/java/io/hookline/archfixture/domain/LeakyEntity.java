package io.hookline.archfixture.domain;

import io.micronaut.core.annotation.Introspected;

/** Planted violation: a framework annotation in the domain. */
@Introspected
public final class LeakyEntity {}
