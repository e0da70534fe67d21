package io.hookline.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark driver: the parts of bench/run.sh that need an HTTP client, an HTTP receiver or
 * JDBC. No dependencies beyond the JDK (JDBC drivers come from the service's fat jar on the class
 * path). Every subcommand prints its result as {@code key=value} words on one stdout line; progress
 * and errors go to stderr.
 */
public final class Bench {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .executor(Executors.newVirtualThreadPerTaskExecutor())
          .build();

  private Bench() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      usage();
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    switch (args[0]) {
      case "setup" -> setup(rest);
      case "publish" -> publish(rest);
      case "receiver" -> receiver(rest);
      case "latency" -> latency(rest);
      case "fanout" -> fanout(rest);
      case "drain" -> drain(rest);
      case "seed" -> seed(rest);
      case "api-warmup" -> apiWarmup(rest);
      case "h2-version" -> System.out.println(Class.forName("org.h2.engine.Constants").getField("FULL_VERSION").get(null));
      default -> usage();
    }
    System.exit(0);
  }

  private static void usage() {
    System.err.println(
        """
        usage: Bench setup BASE TOKEN TEAM_NAME EVENT_TYPE NSUBS URL  (URL may contain %d)
               Bench publish BASE TOKEN TEAM EVENT_TYPE N CONCURRENCY
               Bench receiver PORT count|hang
               Bench latency BASE TOKEN TEAM RATE SECONDS
               Bench fanout BASE TOKEN TEAM N
               Bench drain BASE TIMEOUT_S [SUCCESS_TARGET]
               Bench seed JDBC_URL USER PASSWORD finished|pending N TEAM EVENT_TYPE
               Bench api-warmup BASE TOKEN""");
    System.exit(64);
  }

  // ---------------------------------------------------------------- HTTP helpers

  private static HttpRequest.Builder req(String url, String token) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
    if (token != null && !token.isEmpty()) {
      b.header("Authorization", "Bearer " + token);
    }
    return b;
  }

  private static HttpResponse<String> postJson(String url, String token, String json)
      throws IOException, InterruptedException {
    return CLIENT.send(
        req(url, token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static CompletableFuture<HttpResponse<String>> postJsonAsync(
      String url, String token, String json) {
    return CLIENT.sendAsync(
        req(url, token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String get(String url) throws IOException, InterruptedException {
    HttpResponse<String> r =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IOException("GET " + url + " -> " + r.statusCode() + ": " + r.body());
    }
    return r.body();
  }

  private static String idOf(String json) {
    Matcher m = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("no id in " + json);
    }
    return m.group(1);
  }

  private static void log(String msg) {
    System.err.printf("  [driver %tT] %s%n", System.currentTimeMillis(), msg);
  }

  private static void fail(String msg) {
    System.err.println("  [driver] FAILED: " + msg);
    System.exit(1);
  }

  /** The body of a published event: a ~150 byte data object, so deliveries are ~250 bytes. */
  private static String eventJson(String type, long seq, long sentNanos) {
    return "{\"type\":\""
        + type
        + "\",\"data\":{\"seq\":"
        + seq
        + ",\"sent\":"
        + sentNanos
        + ",\"order\":\"ord_0123456789abcdef\",\"customer\":\"cus_0123456789abcdef\","
        + "\"amount\":12345,\"currency\":\"EUR\",\"note\":\"hookline benchmark payload\"}}";
  }

  // ---------------------------------------------------------------- setup

  /** Creates a team, the event type (if missing) and NSUBS subscriptions; prints team=ID. */
  private static void setup(String[] a) throws Exception {
    String base = a[0], token = a[1], teamName = a[2], type = a[3];
    int nsubs = Integer.parseInt(a[4]);
    String url = a[5];
    String team = teamName;
    if (!teamName.matches("[0-9a-f]{8}-[0-9a-f-]{27}")) { // a name: create the team
      HttpResponse<String> t =
          postJson(base + "/api/v1/teams", token, "{\"name\":\"" + teamName + "\"}");
      if (t.statusCode() != 201) {
        fail("create team -> " + t.statusCode() + " " + t.body());
      }
      team = idOf(t.body());
    }
    ensureEventType(base, token, type);
    createSubscriptions(base, token, team, type, nsubs, url);
    System.out.println("team=" + team);
  }

  private static void ensureEventType(String base, String token, String type) throws Exception {
    HttpResponse<String> e =
        postJson(
            base + "/api/v1/event-types",
            token,
            "{\"name\":\"" + type + "\",\"description\":\"benchmark\"}");
    if (e.statusCode() != 201 && e.statusCode() != 409) {
      fail("create event type -> " + e.statusCode() + " " + e.body());
    }
  }

  private static void createSubscriptions(
      String base, String token, String team, String type, int n, String url) throws Exception {
    Semaphore permits = new Semaphore(32);
    AtomicInteger bad = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    List<CompletableFuture<?>> all = new ArrayList<>(n);
    long t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      permits.acquire();
      String u = url.contains("%d") ? url.replace("%d", Integer.toString(i)) : url;
      all.add(
          postJsonAsync(
                  base + "/api/v1/teams/" + team + "/subscriptions",
                  token,
                  "{\"url\":\"" + u + "\",\"eventTypes\":[\"" + type + "\"]}")
              .whenComplete(
                  (r, ex) -> {
                    done.incrementAndGet();
                    if (ex != null || r.statusCode() != 201) {
                      if (bad.getAndIncrement() < 3) {
                        log("subscription failed: " + (ex != null ? ex : r.statusCode() + " " + r.body()));
                      }
                    }
                    permits.release();
                  }));
    }
    CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).exceptionally(x -> null).join();
    if (bad.get() > 0) {
      fail(bad.get() + " of " + n + " subscriptions could not be created");
    }
    if (n >= 1000) {
      log(n + " subscriptions created in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    }
  }

  // ---------------------------------------------------------------- publish

  /** Publishes N events with at most CONCURRENCY in flight; prints ok, failed, ms, per_s. */
  private static void publish(String[] a) throws Exception {
    String base = a[0], token = a[1], team = a[2], type = a[3];
    int n = Integer.parseInt(a[4]);
    int concurrency = Integer.parseInt(a[5]);
    String url = base + "/api/v1/teams/" + team + "/events";
    Semaphore permits = new Semaphore(concurrency);
    AtomicInteger ok = new AtomicInteger();
    AtomicInteger bad = new AtomicInteger();
    long t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      permits.acquire();
      postJsonAsync(url, token, eventJson(type, i, 0))
          .whenComplete(
              (r, ex) -> {
                if (ex == null && r.statusCode() == 202) {
                  ok.incrementAndGet();
                } else if (bad.getAndIncrement() < 3) {
                  log("publish failed: " + (ex != null ? ex : r.statusCode() + " " + r.body()));
                }
                permits.release();
              });
      if (n >= 10_000 && i > 0 && i % 50_000 == 0) {
        log("published " + i + "/" + n);
      }
    }
    permits.acquire(concurrency);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.out.printf(
        Locale.ROOT,
        "ok=%d failed=%d ms=%d per_s=%.1f%n",
        ok.get(),
        bad.get(),
        ms,
        ok.get() * 1000.0 / Math.max(1, ms));
    if (bad.get() > 0) {
      fail(bad.get() + " of " + n + " publishes were not answered 202");
    }
  }

  /** A few API calls, used to train the AOT cache. */
  private static void apiWarmup(String[] a) throws Exception {
    String base = a[0], token = a[1];
    ensureEventType(base, token, "bench.warmup");
    String team =
        idOf(postJson(base + "/api/v1/teams", token, "{\"name\":\"warmup-" + System.nanoTime() + "\"}").body());
    createSubscriptions(base, token, team, "bench.warmup", 3, "http://127.0.0.1:9/warmup");
    for (int i = 0; i < 50; i++) {
      postJson(base + "/api/v1/teams/" + team + "/events", token, eventJson("bench.warmup", i, 0));
    }
    get(base + "/prometheus");
    get(base + "/health");
    System.out.println("warmup=ok");
  }

  // ---------------------------------------------------------------- receivers

  /** A receiver that counts requests (GET /count answers the count) or hangs on every request. */
  private static void receiver(String[] a) throws Exception {
    int port = Integer.parseInt(a[0]);
    boolean hang = a[1].equals("hang");
    AtomicLong count = new AtomicLong();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 4096);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext(
        "/",
        ex -> {
          if (ex.getRequestMethod().equals("GET") && ex.getRequestURI().getPath().equals("/count")) {
            respond(ex, 200, Long.toString(count.get()));
            return;
          }
          count.incrementAndGet();
          drainBody(ex);
          if (hang) {
            try {
              Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return;
          }
          respond(ex, 204, null);
        });
    server.start();
    System.out.println("listening=" + port);
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }

  private static byte[] drainBody(HttpExchange ex) throws IOException {
    try (InputStream in = ex.getRequestBody()) {
      return in.readAllBytes();
    }
  }

  private static void respond(HttpExchange ex, int status, String body) throws IOException {
    if (body == null) {
      ex.sendResponseHeaders(status, -1);
      ex.close();
      return;
    }
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    ex.sendResponseHeaders(status, b.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(b);
    }
  }

  private static HttpServer inProcessReceiver(HttpExchangeConsumer onDelivery) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 4096);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext(
        "/",
        ex -> {
          long arrived = System.nanoTime();
          byte[] body = drainBody(ex);
          respond(ex, 204, null);
          onDelivery.accept(arrived, body);
        });
    server.start();
    return server;
  }

  @FunctionalInterface
  private interface HttpExchangeConsumer {
    void accept(long arrivedNanos, byte[] body);
  }

  private static final Pattern SEQ = Pattern.compile("\"seq\"\\s*:\\s*(\\d+)");

  // ---------------------------------------------------------------- latency

  /**
   * Open-loop publisher at RATE events/s for SECONDS against a receiver in this process, so send
   * and arrival times come from the same System.nanoTime clock. Prints sent, arrived, p50/p95/p99.
   */
  private static void latency(String[] a) throws Exception {
    String base = a[0], token = a[1], team = a[2];
    int rate = Integer.parseInt(a[3]);
    int seconds = Integer.parseInt(a[4]);
    int n = rate * seconds;
    long[] sent = new long[n];
    long[] arrived = new long[n];
    AtomicInteger arrivals = new AtomicInteger();
    AtomicInteger duplicates = new AtomicInteger();
    HttpServer server =
        inProcessReceiver(
            (t, body) -> {
              Matcher m = SEQ.matcher(new String(body, StandardCharsets.UTF_8));
              if (m.find()) {
                int seq = Integer.parseInt(m.group(1));
                if (seq < n) {
                  if (arrived[seq] != 0) {
                    duplicates.incrementAndGet();
                  } else {
                    arrived[seq] = t;
                    arrivals.incrementAndGet();
                  }
                }
              }
            });
    String type = "bench.latency";
    ensureEventType(base, token, type);
    createSubscriptions(
        base, token, team, type, 1, "http://127.0.0.1:" + server.getAddress().getPort() + "/latency");
    // A short warm-up at the same rate, not measured (seq numbers beyond n are ignored).
    String url = base + "/api/v1/teams/" + team + "/events";
    AtomicInteger bad = new AtomicInteger();
    long period = 1_000_000_000L / rate;
    long start = System.nanoTime() + 50_000_000L;
    for (int i = 0; i < n; i++) {
      long due = start + i * period;
      long wait;
      while ((wait = due - System.nanoTime()) > 0) {
        LockSupport.parkNanos(wait);
      }
      long now = System.nanoTime();
      sent[i] = now;
      postJsonAsync(url, token, eventJson(type, i, now))
          .whenComplete(
              (r, ex) -> {
                if (ex != null || r.statusCode() != 202) {
                  if (bad.getAndIncrement() < 3) {
                    log("publish failed: " + (ex != null ? ex : r.statusCode() + " " + r.body()));
                  }
                }
              });
    }
    long lag = (System.nanoTime() - (start + (n - 1) * period)) / 1_000_000;
    // Waits for the stragglers, at most 30 s or the run's own length, whichever is longer.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.max(30, seconds));
    while (arrivals.get() < n - bad.get() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    Thread.sleep(200);
    server.stop(0);
    // Percentiles over all events sent: one that never arrived counts as infinitely late, so a
    // percentile it reaches is reported as null rather than flattered.
    long[] lat = new long[n];
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (arrived[i] != 0) {
        k++;
        lat[i] = arrived[i] - sent[i];
      } else {
        lat[i] = Long.MAX_VALUE;
      }
    }
    Arrays.sort(lat);
    System.out.printf(
        Locale.ROOT,
        "sent=%d arrived=%d failed=%d duplicates=%d p50_ms=%s p95_ms=%s p99_ms=%s max_ms=%s schedule_lag_ms=%d complete=%b%n",
        n,
        k,
        bad.get(),
        duplicates.get(),
        pct(lat, 50),
        pct(lat, 95),
        pct(lat, 99),
        k == 0 ? "null" : String.format(Locale.ROOT, "%.3f", lat[k - 1] / 1e6),
        lag,
        k == n);
    if (k < n) {
      log("only " + k + " of " + n + " events arrived in time; the missing ones count as infinitely late");
    }
  }

  private static String pct(long[] sorted, double p) {
    if (sorted.length == 0) {
      return "null";
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    long v = sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    return v == Long.MAX_VALUE ? "null" : String.format(Locale.ROOT, "%.3f", v / 1e6);
  }

  // ---------------------------------------------------------------- fan-out

  /** N subscriptions to a counting receiver in this process, then one event; prints the times. */
  private static void fanout(String[] a) throws Exception {
    String base = a[0], token = a[1], team = a[2];
    int n = Integer.parseInt(a[3]);
    CountDownLatch all = new CountDownLatch(n);
    AtomicInteger count = new AtomicInteger();
    HttpServer server =
        inProcessReceiver(
            (t, body) -> {
              count.incrementAndGet();
              all.countDown();
            });
    String type = "bench.fanout";
    ensureEventType(base, token, type);
    createSubscriptions(
        base, token, team, type, n, "http://127.0.0.1:" + server.getAddress().getPort() + "/fan/%d");
    long t0 = System.nanoTime();
    HttpResponse<String> r =
        postJson(base + "/api/v1/teams/" + team + "/events", token, eventJson(type, 0, t0));
    long accepted = System.nanoTime();
    if (r.statusCode() != 202) {
      fail("fan-out publish -> " + r.statusCode() + " " + r.body());
    }
    boolean done = all.await(300, TimeUnit.SECONDS);
    long last = System.nanoTime();
    server.stop(0);
    System.out.printf(
        Locale.ROOT,
        "subscriptions=%d accept_ms=%.1f last_delivery_ms=%.1f received=%d%n",
        n,
        (accepted - t0) / 1e6,
        (last - t0) / 1e6,
        count.get());
    if (!done) {
      fail("only " + count.get() + " of " + n + " fan-out deliveries arrived within 300 s");
    }
  }

  // ---------------------------------------------------------------- drain

  /**
   * Waits for /health UP, then times until the delivery is done. hookline_queue_due/_scheduled
   * count pending deliveries only (not those leased and in flight), so an empty queue alone is not
   * the end: with EXPECTED, done is EXPECTED successful attempts and an empty queue (or, with mode
   * "success", the successes alone); without, an empty queue and no new attempt for 1 s.
   */
  private static void drain(String[] a) throws Exception {
    String base = a[0];
    int timeout = Integer.parseInt(a[1]);
    long expected = a.length > 2 ? Long.parseLong(a[2]) : -1;
    boolean successOnly = a.length > 3 && a[3].equals("success");
    long ready = System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.min(timeout, 120));
    while (true) {
      try {
        if (get(base + "/health").contains("\"status\":\"UP\"")) {
          break;
        }
      } catch (IOException e) {
        // not yet listening
      }
      if (System.nanoTime() > ready) {
        fail("service not ready within " + Math.min(timeout, 120) + " s");
      }
      Thread.sleep(20);
    }
    long t0 = System.nanoTime();
    long deadline = t0 + TimeUnit.SECONDS.toNanos(timeout);
    long lastLog = t0;
    long quietSince = -1;
    long lastAttempts = -1;
    long reached = -1;
    Metrics m;
    while (true) {
      m = Metrics.parse(get(base + "/prometheus"));
      long now = System.nanoTime();
      if (reached < 0 && expected >= 0 && m.success >= expected) {
        // The attempts counter is live; the queue gauges may be up to a second old, so the clock
        // stops here and the empty queue is only checked afterwards.
        reached = now;
      }
      boolean empty = m.due == 0 && m.scheduled == 0;
      boolean done;
      if (expected >= 0) {
        done = m.success >= expected && (successOnly || empty);
      } else {
        long attempts = m.attempts() + m.skipped;
        if (!empty || attempts != lastAttempts) {
          quietSince = now;
        }
        lastAttempts = attempts;
        done = empty && now - quietSince >= 1_000_000_000L;
      }
      if (done) {
        break;
      }
      if (now > deadline) {
        fail(
            String.format(
                "not drained within %d s: due=%d scheduled=%d success=%d (expected %d) other=%d",
                timeout, m.due, m.scheduled, m.success, expected, m.other));
      }
      if (now - lastLog > 10_000_000_000L) {
        lastLog = now;
        log(String.format("draining: due=%d scheduled=%d success=%d other=%d", m.due, m.scheduled, m.success, m.other));
      }
      Thread.sleep(expected >= 0 ? 50 : 100);
    }
    long ms = ((reached >= 0 ? reached : System.nanoTime()) - t0) / 1_000_000;
    System.out.printf(
        Locale.ROOT,
        "ms=%d success=%d other=%d skipped=%d due=%d scheduled=%d%n",
        ms,
        m.success,
        m.other,
        m.skipped,
        m.due,
        m.scheduled);
  }

  /** other = failed attempts (non-2xx, transport errors); skipped = not sent, retried later. */
  private record Metrics(long due, long scheduled, long success, long other, long skipped) {
    long attempts() {
      return success + other;
    }

    static Metrics parse(String text) {
      long due = 0, scheduled = 0, success = 0, other = 0, skipped = 0;
      for (String line : text.split("\n")) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        int sp = line.lastIndexOf(' ');
        long v = (long) Double.parseDouble(line.substring(sp + 1));
        if (line.startsWith("hookline_queue_due ")) {
          due = v;
        } else if (line.startsWith("hookline_queue_scheduled ")) {
          scheduled = v;
        } else if (line.startsWith("hookline_delivery_attempts_total{")) {
          if (line.contains("outcome=\"success\"")) {
            success += v;
          } else if (line.contains("outcome=\"skipped\"")) {
            skipped += v;
          } else {
            other += v;
          }
        }
      }
      return new Metrics(due, scheduled, success, other, skipped);
    }
  }

  // ---------------------------------------------------------------- seed

  /**
   * Inserts history directly, with the service stopped (H2) or running idle (PostgreSQL):
   *
   * <ul>
   *   <li>finished: N old events of EVENT_TYPE, each with one succeeded delivery to the team's
   *       first subscription and its one 2xx attempt, as the dispatcher leaves them;
   *   <li>pending: N new events, each with one pending delivery, due now, per subscription of the
   *       team, as publishing stores them.
   * </ul>
   *
   * Ids are UUIDv7-shaped (time-ordered), the old history before the new rows.
   */
  private static void seed(String[] a) throws Exception {
    String url = a[0], user = a[1], password = a[2], mode = a[3];
    long n = Long.parseLong(a[4]);
    String team = a[5], type = a[6];
    boolean pg = url.startsWith("jdbc:postgresql:");
    boolean finished = mode.equals("finished");
    long t0 = System.nanoTime();
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      List<String> subs = new ArrayList<>();
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT id FROM subscriptions WHERE team_id = ? AND deleted_at IS NULL ORDER BY id")) {
        s.setObject(1, UUID.fromString(team));
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            subs.add(rs.getObject(1).toString());
          }
        }
      }
      if (subs.isEmpty()) {
        fail("team " + team + " has no subscriptions");
      }
      if (finished) {
        subs = subs.subList(0, 1);
      }
      long nowMs = System.currentTimeMillis();
      // Old history 30 days back; a pending backlog 1 hour back, one event per millisecond.
      long baseMs = finished ? nowMs - 30L * 86_400_000L : nowMs - 3_600_000L;
      String range = pg ? "generate_series(1, " + n + ") AS g(i)" : "SYSTEM_RANGE(1, " + n + ") AS g(i)";
      String ts = pg
          ? "(TIMESTAMP WITH TIME ZONE 'epoch' + ( " + baseMs + " + i) * INTERVAL '1 millisecond')"
          : "DATEADD(MILLISECOND, " + baseMs + " + i, TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00')";
      String status = finished ? "'succeeded'" : "'pending'";
      String dueAt = finished ? "NULL" : "CURRENT_TIMESTAMP";
      String attempts = finished ? "1" : "0";
      String lastCode = finished ? "200" : "NULL";
      c.setAutoCommit(false);
      try (Statement st = c.createStatement()) {
        int fanout = subs.size();
        String data =
            "'{\"seq\":' || i || ',\"order\":\"ord_0123456789abcdef\",\"customer\":\"cus_0123456789abcdef\",\"amount\":12345,\"currency\":\"EUR\",\"note\":\"seeded\"}'";
        int ev = st.executeUpdate(
            "INSERT INTO events (id, team_id, type, data, object_type, object_id, idempotency_key, fanout, created_at)"
                + " SELECT " + uuid(pg, baseMs, 1, 0) + ", '" + team + "', '" + type + "', " + data
                + ", NULL, NULL, NULL, " + fanout + ", " + ts + " FROM " + range);
        log("seeded " + ev + " events");
        int k = 0;
        long dl = 0;
        for (String sub : subs) {
          k++;
          dl += st.executeUpdate(
              "INSERT INTO deliveries (id, team_id, event_id, subscription_id, status, attempts,"
                  + " next_attempt_at, due_at, lease_token, last_status_code, last_error, created_at, updated_at)"
                  + " SELECT " + uuid(pg, baseMs, 2, k) + ", '" + team + "', " + uuid(pg, baseMs, 1, 0) + ", '"
                  + sub + "', " + status + ", " + attempts + ", " + ts + ", " + dueAt + ", NULL, " + lastCode
                  + ", NULL, " + ts + ", " + ts + " FROM " + range);
          if (finished) {
            st.executeUpdate(
                "INSERT INTO attempts (delivery_id, number, attempted_at, duration_ms, status_code, error, response_body)"
                    + " SELECT " + uuid(pg, baseMs, 2, k) + ", 1, " + ts + ", 3, 200, NULL, '' FROM " + range);
          }
        }
        log("seeded " + dl + " deliveries" + (finished ? " and as many attempts" : ""));
      }
      c.commit();
      if (pg) {
        c.setAutoCommit(true);
        try (Statement st = c.createStatement()) {
          st.execute("ANALYZE events");
          st.execute("ANALYZE deliveries");
          st.execute("ANALYZE attempts");
        }
      }
    }
    System.out.printf(Locale.ROOT, "seeded=%d ms=%d%n", n, (System.nanoTime() - t0) / 1_000_000);
  }

  /**
   * A UUIDv7-shaped id for row i: the millisecond baseMs+i, version 7, a kind (1 event, 2
   * delivery), and in the low half variant 10 with the sub index and i.
   */
  private static String uuid(boolean pg, long baseMs, int kind, int sub) {
    String hi = "((" + baseMs + " + i) * 65536 + " + (0x7000 + kind) + ")";
    String lo = "(-9223372036854775807 - 1 + " + ((long) sub << 40) + " + i)";
    if (pg) {
      return "CAST(lpad(to_hex(CAST(" + hi + " AS BIGINT)), 16, '0') || lpad(to_hex(CAST(" + lo
          + " AS BIGINT)), 16, '0') AS UUID)";
    }
    return "CAST(CAST(CAST(" + hi + " AS BIGINT) AS BINARY(8)) || CAST(CAST(" + lo
        + " AS BIGINT) AS BINARY(8)) AS UUID)";
  }
}
