package io.hookline.archfixture.stray;

/** Planted violation: a class outside every ring of the architecture. */
public final class Orphan {}
