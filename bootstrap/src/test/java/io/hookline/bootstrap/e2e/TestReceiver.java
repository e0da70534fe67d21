package io.hookline.bootstrap.e2e;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Predicate;

/** A webhook receiver on loopback: records every delivery and answers as each test tells it. */
final class TestReceiver implements AutoCloseable {

  /** One request as it arrived. */
  record Request(String path, Headers headers, String body, Instant arrivedAt) {
    String header(String name) {
      return headers.getFirst(name);
    }
  }

  /** How to answer: a status, headers, a body, and how long to wait first. */
  record Reply(int status, Map<String, String> headers, String body, Duration delay) {
    static Reply status(int status) {
      return new Reply(status, Map.of(), "", Duration.ZERO);
    }

    Reply after(Duration wait) {
      return new Reply(status, headers, body, wait);
    }

    Reply withHeader(String name, String value) {
      return new Reply(status, Map.of(name, value), body, delay);
    }
  }

  private final HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private volatile Function<Request, Reply> answers = request -> Reply.status(204);

  TestReceiver() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/", this::handle);
    server.start();
  }

  TestReceiver answering(Function<Request, Reply> answers) {
    this.answers = answers;
    return this;
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  List<Request> requests() {
    return List.copyOf(requests);
  }

  List<Request> requestsTo(String path) {
    return requests.stream().filter(r -> r.path().equals(path)).toList();
  }

  /** Waits up to {@code timeout} until the requests so far satisfy {@code condition}. */
  List<Request> await(Predicate<List<Request>> condition, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (!condition.test(requests())) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            "the receiver did not see what was expected within "
                + timeout
                + "; it saw "
                + requests.size()
                + " requests");
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    return requests();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Request request =
          new Request(
              exchange.getRequestURI().getPath(),
              exchange.getRequestHeaders(),
              body,
              Instant.now());
      requests.add(request);
      Reply reply = answers.apply(request);
      if (!reply.delay().isZero()) {
        Thread.sleep(reply.delay());
      }
      reply.headers().forEach(exchange.getResponseHeaders()::set);
      byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException clientGaveUp) {
      // Hookline timed out and closed the connection; the request is already recorded.
    }
  }
}
