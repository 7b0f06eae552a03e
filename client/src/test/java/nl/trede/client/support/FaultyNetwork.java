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
 *
 * <p>In front of several instances of the server on one database it is also their load balancer,
 * as {@code deploy/nginx/trede.conf} is: each request goes to a random instance that is up; when
 * an instance is killed in the middle of a push, the push is passed on to another instance (nginx's
 * {@code proxy_next_upstream … non_idempotent}, safe because a push is idempotent by mutation id)
 * and the killed one rejoins once it has started again.
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
  private final List<RealServer> instances;
  /** Instances killed and not yet started again; guarded by this. */
  private final java.util.Set<RealServer> down = new java.util.HashSet<>();
  private final List<Thread> restarts = new ArrayList<>();
  /** Not guarded by this: a killed push is forwarded from its own thread while the handler waits for it. */
  private final Map<RealServer, Integer> served = new java.util.concurrent.ConcurrentHashMap<>();
  private int failovers;
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
    this(List.of(target));
  }

  /** In front of several instances of the server on one database, each request to a random one. */
  public FaultyNetwork(List<RealServer> instances) throws IOException {
    this.instances = List.copyOf(instances);
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

  /** Pushes passed on to another instance because the one they reached was killed. */
  public synchronized int failovers() {
    return failovers;
  }

  /** How many requests each instance was sent, in the order the instances were given. */
  public List<Integer> servedPerInstance() {
    return instances.stream().map(i -> served.getOrDefault(i, 0)).toList();
  }

  /** An instance that is up now, to be asked directly (without faults). */
  public synchronized RealServer instanceUp() {
    return live().isEmpty() ? instances.get(0) : live().get(0);
  }

  /** Waits until every killed instance has started again. */
  public void awaitRestarts() throws InterruptedException {
    List<Thread> pending;
    synchronized (this) {
      pending = List.copyOf(restarts);
      restarts.clear();
    }
    for (Thread restart : pending) {
      restart.join();
    }
    synchronized (this) {
      if (!down.isEmpty()) {
        throw new IllegalStateException("an instance did not start again:\n" + down.iterator().next().tail());
      }
    }
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
        forward(request, pick());
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
      RealServer target = pick();
      if (push && crashOnNextPush) {
        crashOnNextPush = false;
        crashDuring(request, target);
        List<RealServer> others = live();
        if (instances.size() == 1 || others.isEmpty()) {
          // The only server: the device sees the push fail and sends it again later.
          respond(exchange, 504, "{}");
        } else {
          failovers++;
          relay(exchange, forward(request, others.get(random.nextInt(others.size()))));
        }
        return;
      }
      Fault fault = random.nextDouble() < faultRate
          ? Fault.values()[1 + random.nextInt(Fault.values().length - 1)] : Fault.PASS;
      switch (fault) {
        case DROP_REQUEST -> respond(exchange, 504, "{}");
        case DROP_RESPONSE -> {
          forward(request, target);
          respond(exchange, 504, "{}");
        }
        case DUPLICATE -> {
          forward(request, target);
          relay(exchange, forward(request, pick()));
        }
        case REPLAY_LATER -> {
          replays.add(request);
          relay(exchange, forward(request, target));
        }
        case DELAY -> {
          Thread.sleep(1 + random.nextInt(30));
          relay(exchange, forward(request, target));
        }
        case PASS -> relay(exchange, forward(request, target));
      }
    } catch (IOException e) {
      respond(exchange, 502, "{}");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      respond(exchange, 502, "{}");
    }
  }

  /**
   * The instance for the next request: with one, always it; with several, a random one of those up
   * (one draw more from the seed only then, so a single instance's runs replay as before).
   */
  private RealServer pick() {
    List<RealServer> up = live();
    if (instances.size() == 1 || up.isEmpty()) {
      return instances.get(0);
    }
    return up.get(random.nextInt(up.size()));
  }

  private List<RealServer> live() {
    return instances.stream().filter(i -> !down.contains(i)).toList();
  }

  /**
   * Sends the push to {@code target} and kills it while it works on it. The only instance is
   * started again at once (the devices meanwhile find no server); one of several starts again in
   * the background while the others carry on, as behind a load balancer.
   */
  private void crashDuring(Captured request, RealServer target) throws IOException, InterruptedException {
    Thread pusher = new Thread(() -> {
      try {
        forward(request, target);
      } catch (IOException | InterruptedException e) {
        // killed mid-request: exactly the case under test
      }
    });
    pusher.start();
    Thread.sleep(random.nextInt(20));
    target.kill();
    pusher.join();
    crashes++;
    if (instances.size() == 1) {
      target.restart();
      return;
    }
    down.add(target);
    Thread restart = new Thread(() -> {
      try {
        target.restart();
        synchronized (this) {
          down.remove(target);
        }
      } catch (IOException | InterruptedException | IllegalStateException e) {
        // stays down; awaitRestarts reports it with the instance's log
      }
    }, "restart");
    restarts.add(restart);
    restart.start();
  }

  private HttpResponse<byte[]> forward(Captured request, RealServer target) throws IOException, InterruptedException {
    served.merge(target, 1, Integer::sum);
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(target.url() + request.pathAndQuery()))
        .timeout(Duration.ofSeconds(30))
        .method(request.method(), request.body().length == 0 ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(request.body()));
    String claimed = protocol;
    request.headers().forEach((name, value) -> builder.header(name,
        claimed != null && name.equalsIgnoreCase(Protocol.VERSION_HEADER) ? claimed : value));
    HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
    if (request.pathAndQuery().startsWith("/api/sync/push")) {
      witness(request, response);
    }
    return response;
  }

  private void witness(Captured request, HttpResponse<byte[]> response) {
    synchronized (witnessed) {
      record(request, response);
    }
  }

  private void record(Captured request, HttpResponse<byte[]> response) {
    try {
      byte[] pushed = plain(request.headers().get("Content-Encoding"), request.body());
      for (Mutation m : Json.MAPPER.readValue(pushed, PushRequest.class).mutations()) {
        mutations.putIfAbsent(m.id(), m);
      }
      if (response.statusCode() == 200) {
        byte[] answer = plain(response.headers().firstValue("Content-Encoding").orElse(null), response.body());
        for (MutationResult result : Json.MAPPER.readValue(answer, PushResponse.class).results()) {
          answers.computeIfAbsent(result.mutationId(), id -> new ArrayList<>()).add(result);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("a push the network carried does not parse", e);
    }
  }

  /** A body as its sender wrote it: the app compresses its pushes and asks for compressed answers. */
  private static byte[] plain(String encoding, byte[] body) throws IOException {
    if (!"gzip".equalsIgnoreCase(encoding)) {
      return body;
    }
    try (java.io.InputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
      return in.readAllBytes();
    }
  }

  private static Captured capture(HttpExchange exchange) throws IOException {
    Map<String, String> headers = new LinkedHashMap<>();
    // The encodings pass as sent: a compressed push without its Content-Encoding is a body the server cannot read.
    for (String name : List.of("Authorization", "Content-Type", "Content-Encoding", "Accept", "Accept-Encoding",
        "Trede-Protocol")) {
      String value = exchange.getRequestHeaders().getFirst(name);
      if (value != null) {
        headers.put(name, value);
      }
    }
    return new Captured(exchange.getRequestMethod(), exchange.getRequestURI().toString(), headers,
        exchange.getRequestBody().readAllBytes());
  }

  private static void relay(HttpExchange exchange, HttpResponse<byte[]> response) throws IOException {
    for (String name : List.of("Content-Type", "Content-Encoding")) {
      response.headers().firstValue(name).ifPresent(v -> exchange.getResponseHeaders().set(name, v));
    }
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
    try {
      awaitRestarts();
    } catch (InterruptedException | IllegalStateException e) {
      // closing anyway; the instances are closed by their owner
    }
  }

}
