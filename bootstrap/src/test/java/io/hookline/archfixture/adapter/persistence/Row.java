package io.hookline.archfixture.adapter.persistence;

/** A persistence model of the architecture fixture. */
public final class Row {}
