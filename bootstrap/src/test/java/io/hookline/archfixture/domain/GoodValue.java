package io.hookline.archfixture.domain;

/** A well-behaved domain value of the architecture fixture. */
public record GoodValue(String value) {}
