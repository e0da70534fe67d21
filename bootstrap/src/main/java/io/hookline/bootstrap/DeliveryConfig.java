package io.hookline.bootstrap;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/** How deliveries are made and retried, read from {@code hookline.delivery.*}. */
@ConfigurationProperties("hookline.delivery")
public record DeliveryConfig(
    @Bindable(defaultValue = "5s,5m,30m,2h,5h,10h,14h,20h,24h") String retrySchedule,
    @Bindable(defaultValue = "5d") Duration disableAfter,
    @Bindable(defaultValue = "false") boolean allowPrivateNetworks,
    @Bindable(defaultValue = "5s") Duration connectTimeout,
    @Bindable(defaultValue = "15s") Duration requestTimeout,
    @Bindable(defaultValue = "64") int endpointConcurrency,
    @Bindable(defaultValue = "30s") Duration circuitOpen) {}
