package io.hookline.adapter.delivery;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** A webhook receiver on loopback for tests: records every request and answers as told. */
final class Receiver implements AutoCloseable {

  /** One request as the receiver saw it. */
  record Request(String method, String path, Headers headers, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /** How the receiver answers a request. */
  @FunctionalInterface
  interface Answer {
    void answer(HttpExchange exchange) throws IOException, InterruptedException;
  }

  private final HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final Semaphore arrivals = new Semaphore(0);
  private final CountDownLatch released = new CountDownLatch(1);
  private volatile Answer answer = status(204);

  Receiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/", this::handle);
    server.start();
  }

  /** Answers every request with {@code status} and no body. */
  static Answer status(int status) {
    return status(status, Map.of(), "");
  }

  /** Answers every request with {@code status}, {@code headers} and {@code body}. */
  static Answer status(int status, Map<String, String> headers, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return exchange -> {
      headers.forEach(exchange.getResponseHeaders()::set);
      exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    };
  }

  /** Holds every request until the receiver is closed, then answers 200. */
  Answer hang() {
    return exchange -> {
      released.await();
      status(200).answer(exchange);
    };
  }

  /**
   * Sends the headers and the start of a body, then holds the rest until the receiver is closed.
   */
  Answer hangMidBody() {
    return exchange -> {
      exchange.sendResponseHeaders(200, 0);
      exchange.getResponseBody().write("the start of a body".getBytes(StandardCharsets.UTF_8));
      exchange.getResponseBody().flush();
      released.await();
    };
  }

  Receiver answering(Answer answer) {
    this.answer = answer;
    return this;
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  List<Request> requests() {
    return requests;
  }

  /** Waits until {@code count} more requests have arrived; false if they did not within 5 s. */
  boolean awaitArrivals(int count) throws InterruptedException {
    return arrivals.tryAcquire(count, 5, TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    released.countDown();
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      requests.add(
          new Request(
              exchange.getRequestMethod(),
              exchange.getRequestURI().getPath(),
              exchange.getRequestHeaders(),
              body));
      arrivals.release();
      answer.answer(exchange);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException clientWentAway) {
      // A client that gave up (timeout, truncated body) is part of what the tests provoke.
    }
  }
}
