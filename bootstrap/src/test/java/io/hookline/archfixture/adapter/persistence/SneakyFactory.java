package io.hookline.archfixture.adapter.persistence;

import io.micronaut.context.annotation.Factory;

/** Planted violation: a @Factory outside bootstrap. */
@Factory
public class SneakyFactory {}
