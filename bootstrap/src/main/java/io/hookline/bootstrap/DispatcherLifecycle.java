package io.hookline.bootstrap;

import io.hookline.application.service.DeliveryDispatcher;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the dispatcher once the server is up (unless {@code hookline.dispatcher.enabled} is false)
 * and stops it gracefully on shutdown: no new claims, in-flight sends finish within the grace
 * period, the rest go back to the queue.
 */
@Singleton
final class DispatcherLifecycle implements ApplicationEventListener<ServerStartupEvent> {

  private static final Logger LOG = LoggerFactory.getLogger(DispatcherLifecycle.class);

  private final DeliveryDispatcher dispatcher;
  private final DispatcherConfig config;

  DispatcherLifecycle(DeliveryDispatcher dispatcher, DispatcherConfig config) {
    this.dispatcher = dispatcher;
    this.config = config;
  }

  @Override
  public void onApplicationEvent(ServerStartupEvent event) {
    if (config.enabled()) {
      dispatcher.start();
      LOG.info("Dispatcher started: up to {} requests in flight", config.maxInFlight());
    } else {
      LOG.info("Dispatcher disabled (hookline.dispatcher.enabled=false): nothing is delivered");
    }
  }

  @PreDestroy
  void stop() throws InterruptedException {
    dispatcher.stop();
  }
}
