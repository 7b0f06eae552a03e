package nl.trede.client.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Executors;
import nl.trede.domain.Json;
import nl.trede.sync.Mutation;
import nl.trede.sync.MutationResult;
import nl.trede.sync.Protocol;
import nl.trede.sync.PushRequest;
import nl.trede.sync.PushResponse;

/**
 * The network between the devices and the real server, as bad as a basement in a community
 * centre: it drops requests, drops answers, delivers requests twice, delivers old requests again
 * later (out of order), delays them, and can kill the server in the middle of a push. It also
 * witnesses every push: what each mutation was, and every answer the server gave for it, whether
 * or not the device got that answer.
 */
public final class FaultyNetwork implements AutoCloseable {
  static {
    // The JDK's HttpServer leaves Nagle's algorithm on; with delayed ACKs every small answer
    // would wait 40 ms. Read once, when the first HttpServer of the JVM starts.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  public enum Fault { PASS, DROP_REQUEST, DROP_RESPONSE, DUPLICATE, REPLAY_LATER, DELAY }

  private record Captured(String method, String pathAndQuery, Map<String, String> headers, byte[] body) {}

  private final HttpServer server;
  private final java.util.concurrent.ExecutorService handler = Executors.newSingleThreadExecutor();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final RealServer target;
  private final Deque<Captured> replays = new ArrayDeque<>();
  /** Guards what the network witnessed; separate because a killed push reports from its own thread. */
  private final Object witnessed = new Object();
  private final Map<UUID, Mutation> mutations = new LinkedHashMap<>();
  private final Map<UUID, List<MutationResult>> answers = new LinkedHashMap<>();
  private Random random = new Random(0);
  private double faultRate;
  private boolean crashOnNextPush;
  private int crashes;
  private int requests;
  /** The protocol version the requests claim instead of their own, or null. */
  private volatile String protocol;
  private Duration latency = Duration.ZERO;

  public FaultyNetwork(RealServer target) throws IOException {
    this.target = target;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    // One request at a time, like one device on one connection; keeps a seed's run repeatable.
    server.setExecutor(handler);
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** From now on, faults follow this seed, at this rate (0 heals the network). */
  public synchronized void disturb(long seed, double rate) {
    random = new Random(seed);
    faultRate = rate;
  }

  /** No more faults; an armed crash still happens, on the next push. */
  public synchronized void heal() {
    faultRate = 0;
  }

  /** Adds this round-trip time to every request, like a mobile link. */
  public synchronized void latency(Duration roundTrip) {
    latency = roundTrip;
  }

  /** How many requests the devices sent through this network. */
  /** Requests pass as an app speaking {@code version} sends them (null: as sent), e.g. an older release. */
  public void claimProtocol(String version) {
    protocol = version;
  }

  public synchronized int requests() {
    return requests;
  }

  /** The next push reaches the server, which is then killed (SIGKILL) while working on it. */
  public synchronized void crashOnNextPush() {
    crashOnNextPush = true;
  }

  public synchronized int crashes() {
    return crashes;
  }

  /** Every mutation the server saw, by id. */
  public Map<UUID, Mutation> mutations() {
    synchronized (witnessed) {
      return Map.copyOf(mutations);
    }
  }

  /** Every answer the server gave, per mutation id, in the order given. */
  public Map<UUID, List<MutationResult>> answers() {
    synchronized (witnessed) {
      Map<UUID, List<MutationResult>> copy = new LinkedHashMap<>();
      answers.forEach((id, list) -> copy.put(id, List.copyOf(list)));
      return copy;
    }
  }

  /** Delivers the requests held back for later, now, out of their original order. */
  public synchronized void deliverHeldBack() throws InterruptedException {
    List<Captured> held = new ArrayList<>(replays);
    replays.clear();
    java.util.Collections.shuffle(held, random);
    for (Captured request : held) {
      try {
        forward(request);
      } catch (IOException e) {
        // the server may be down; a late duplicate that never arrives is fine
      }
    }
  }

  private synchronized void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Captured request = capture(exchange);
      requests++;
      if (!latency.isZero()) {
        Thread.sleep(latency.toMillis());
      }
      boolean push = request.pathAndQuery().startsWith("/api/sync/push");
      if (push && crashOnNextPush) {
        crashOnNextPush = false;
        crashDuring(request);
        respond(exchange, 504, "{}");
        return;
      }
      Fault fault = random.nextDouble() < faultRate
          ? Fault.values()[1 + random.nextInt(Fault.values().length - 1)] : Fault.PASS;
      switch (fault) {
        case DROP_REQUEST -> respond(exchange, 504, "{}");
        case DROP_RESPONSE -> {
          forward(request);
          respond(exchange, 504, "{}");
        }
        case DUPLICATE -> {
          forward(request);
          relay(exchange, forward(request));
        }
        case REPLAY_LATER -> {
          replays.add(request);
          relay(exchange, forward(request));
        }
        case DELAY -> {
          Thread.sleep(1 + random.nextInt(30));
          relay(exchange, forward(request));
        }
        case PASS -> relay(exchange, forward(request));
      }
    } catch (IOException e) {
      respond(exchange, 502, "{}");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      respond(exchange, 502, "{}");
    }
  }

  private void crashDuring(Captured request) throws IOException, InterruptedException {
    Thread pusher = new Thread(() -> {
      try {
        forward(request);
      } catch (IOException | InterruptedException e) {
        // killed mid-request: exactly the case under test
      }
    });
    pusher.start();
    Thread.sleep(random.nextInt(20));
    target.kill();
    pusher.join();
    crashes++;
    target.restart();
  }

  private HttpResponse<byte[]> forward(Captured request) throws IOException, InterruptedException {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(target.url() + request.pathAndQuery()))
        .timeout(Duration.ofSeconds(30))
        .method(request.method(), request.body().length == 0 ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(request.body()));
    String claimed = protocol;
    request.headers().forEach((name, value) -> builder.header(name,
        claimed != null && name.equalsIgnoreCase(Protocol.VERSION_HEADER) ? claimed : value));
    HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
    if (request.pathAndQuery().startsWith("/api/sync/push")) {
      witness(request.body(), response);
    }
    return response;
  }

  private void witness(byte[] requestBody, HttpResponse<byte[]> response) {
    synchronized (witnessed) {
      record(requestBody, response);
    }
  }

  private void record(byte[] requestBody, HttpResponse<byte[]> response) {
    try {
      for (Mutation m : Json.MAPPER.readValue(inflated(requestBody), PushRequest.class).mutations()) {
        mutations.putIfAbsent(m.id(), m);
      }
      if (response.statusCode() == 200) {
        for (MutationResult result : Json.MAPPER.readValue(response.body(), PushResponse.class).results()) {
          answers.computeIfAbsent(result.mutationId(), id -> new ArrayList<>()).add(result);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("a push the network carried does not parse", e);
    }
  }

  /** The app's push body as JSON: it sends it gzipped (sync-protocol.md, Compression). */
  private static byte[] inflated(byte[] body) throws IOException {
    boolean gzip = body.length > 1 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b;
    if (!gzip) {
      return body;
    }
    try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
      return in.readAllBytes();
    }
  }

  private static Captured capture(HttpExchange exchange) throws IOException {
    Map<String, String> headers = new LinkedHashMap<>();
    // Content-Encoding too: the app gzips what it sends, and the server must be told so.
    for (String name : List.of("Authorization", "Content-Type", "Content-Encoding", "Accept", "Trede-Protocol")) {
      String value = exchange.getRequestHeaders().getFirst(name);
      if (value != null) {
        headers.put(name, value);
      }
    }
    return new Captured(exchange.getRequestMethod(), exchange.getRequestURI().toString(), headers,
        exchange.getRequestBody().readAllBytes());
  }

  private static void relay(HttpExchange exchange, HttpResponse<byte[]> response) throws IOException {
    response.headers().firstValue("Content-Type").ifPresent(t -> exchange.getResponseHeaders().set("Content-Type", t));
    exchange.sendResponseHeaders(response.statusCode(), response.body().length == 0 ? -1 : response.body().length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(response.body());
    }
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    handler.shutdownNow();
  }

}
