package io.hookline.bootstrap;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/** How the dispatcher claims and sends, read from {@code hookline.dispatcher.*}. */
@ConfigurationProperties("hookline.dispatcher")
public record DispatcherConfig(
    @Bindable(defaultValue = "true") boolean enabled,
    @Bindable(defaultValue = "256") int batchSize,
    @Bindable(defaultValue = "1024") int maxInFlight,
    @Bindable(defaultValue = "60s") Duration lease,
    @Bindable(defaultValue = "250ms") Duration idlePoll,
    @Bindable(defaultValue = "20s") Duration shutdownGrace) {}
