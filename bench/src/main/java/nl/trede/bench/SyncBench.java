package nl.trede.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import nl.trede.client.login.LoginService;
import nl.trede.client.login.Session;
import nl.trede.client.support.FaultyNetwork;
import nl.trede.client.support.RealServer;
import nl.trede.client.support.TestPostgres;
import nl.trede.client.sync.Backoff;
import nl.trede.client.sync.LoginResult;
import nl.trede.client.sync.SyncClient;
import nl.trede.client.sync.SyncEngine;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.Ids;
import nl.trede.domain.Json;
import nl.trede.domain.Violations;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.coaching.CoachKind;
import nl.trede.domain.coaching.CoachingActivity;
import nl.trede.domain.coaching.CoachingHours;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.contact.LocationType;
import nl.trede.domain.ladder.LadderStep;
import nl.trede.sync.Mutation;
import nl.trede.sync.MutationKind;
import nl.trede.sync.MutationResult;
import nl.trede.sync.Protocol;
import nl.trede.sync.PullPage;
import nl.trede.sync.PushRequest;
import nl.trede.sync.RecordChange;
import nl.trede.sync.RecordType;

/**
 * The sync figures of docs/benchmarks.md, against the real server jar on SQLite or PostgreSQL
 * ({@code -Dbench.db}): initial sync of a caseload of 10,000 records against a floor measured in
 * the same run, the same over a 50 ms link, an incremental sync of 50 changes, and the push
 * throughput of 100 devices at once with the server's peak memory. Over the two links of issue 16
 * ({@link ShapedLink}): the first sync and the 50-change sync, compressed and not, next to the
 * floor over the same link. The morning storm of 100 first syncs at once; the growth from 10k to 100k
 * records ({@link Growth}). {@code -Dbench.only=sync|shaped|storm|push|growth} runs one part.
 */
public final class SyncBench {
  private static final Clock CLOCK = Clock.systemUTC();
  private static final String PASSWORD = "trede-demo";
  private static final int CANDIDATES = 200;
  private static final int PER_CANDIDATE = 50;
  private static final int DEVICES = 100;
  private static final int BATCHES_PER_DEVICE = 10;
  private static final int BATCH = 50;
  private static final int INCREMENTAL_ROUNDS = 7;

  public static void main(String[] args) throws Exception {
    // The request-counting proxy and the floor's server are JDK HttpServers, which leave Nagle's
    // algorithm on: with delayed ACKs that added 40 ms to every small answer through the proxy.
    // Real devices talk to Netty, which sets TCP_NODELAY, as the JDK's HttpClient does.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    String db = System.getProperty("bench.db", "sqlite");
    String only = System.getProperty("bench.only", "");
    if (only.equals("growth")) {
      Growth.run(db);
      return;
    }
    Path dir = Files.createTempDirectory("trede-bench");
    try (RealServer server = start(db, dir)) {
      SyncClient api = new SyncClient(server.url());
      LoginResult manager = api.login("casemanager1", PASSWORD, Ids.newId(), "bench");
      LoginResult coach = api.login("coach1", PASSWORD, Ids.newId(), "bench");
      long seeded = seed(api, manager, coach, CANDIDATES);
      System.out.printf("database: %s; seeded %d records for coach1 in %d candidates%n", db, seeded, CANDIDATES);

      if (only.isEmpty() || only.equals("sync")) {
        List<RecordChange> all = pullAll(api, coach.token());
        double floor = median(3, () -> floor(all, dir, null));
        double initial = median(3, () -> initialSync(server, dir, Duration.ZERO)[0]);
        double[] counted = initialSync(server, dir, Duration.ZERO);
        double slow = median(3, () -> initialSync(server, dir, Duration.ofMillis(50))[0]);
        System.out.printf("initial sync of %d records: floor %.0f ms, Trede %.0f ms (%.1fx the floor, %d requests);"
            + " over a 50 ms link %.0f ms%n", all.size(), floor, initial, initial / floor, (int) counted[1], slow);

        try (FaultyNetwork link = new FaultyNetwork(server)) {
          Rounds incremental = incremental(server, dir, api, coach, link.url(),
              () -> new ShapedLink.Traffic(link.requests(), 0, 0));
          System.out.printf("incremental sync of 50 changes (median of %d): %.1f ms, at most %d requests%n",
              INCREMENTAL_ROUNDS, incremental.time().median(), incremental.mostRequests());
        }
      }
      if (only.isEmpty() || only.equals("shaped")) {
        shaped(server, dir, api, coach);
      }
      // The storm before the push, whose 50,000 contacts would land in coach1's caseload.
      if (only.isEmpty() || only.equals("storm")) {
        storm(server, dir);
      }
      if (only.isEmpty() || only.equals("push")) {
        push(server, api);
      }
    }
  }

  /** The real server jar on a fresh SQLite file in {@code dir}, or a fresh PostgreSQL database. */
  static RealServer start(String db, Path dir) throws Exception {
    List<String> options = new ArrayList<>(db.equals("postgres") ? TestPostgres.serverOptions()
        : List.of("-Dtrede.db.path=" + dir.resolve("server.db")));
    String extra = System.getProperty("bench.server.opts", "");
    if (!extra.isBlank()) {
      options.addAll(List.of(extra.trim().split("\\s+")));
    }
    return RealServer.start(Path.of(System.getProperty("trede.server.jar")), dir, options);
  }

  interface Measure {
    double run() throws Exception;
  }

  private static double median(int runs, Measure measure) throws Exception {
    return spread(runs, measure).median();
  }

  private static Spread spread(int runs, Measure measure) throws Exception {
    List<Double> values = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      values.add(measure.run());
    }
    return Spread.of(values);
  }

  /** Repeated measurements: on two shared cores one figure says more about the neighbours than about Trede. */
  record Spread(double median, double min, double max) {
    static Spread of(List<Double> values) {
      List<Double> sorted = new ArrayList<>(values);
      Collections.sort(sorted);
      return new Spread(sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1));
    }

    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT, "%.0f ms (%.0f-%.0f)", median, min, max);
    }
  }

  /** {@code candidates} files in coach1's caseload with 50 history records each. */
  static long seed(SyncClient api, LoginResult manager, LoginResult coach, int candidates) throws Exception {
    UUID managerId = UUID.fromString(manager.userId());
    UUID coachId = UUID.fromString(coach.userId());
    LocalDate today = LocalDate.now(CLOCK.withZone(Violations.ZONE));
    List<Mutation> files = new ArrayList<>();
    List<Mutation> history = new ArrayList<>();
    UUID employer = pullAll(api, coach.token()).stream().filter(c -> c.type() == RecordType.EMPLOYER)
        .findFirst().orElseThrow().id();
    Random words = new Random(16);
    for (int i = 0; i < candidates; i++) {
      Candidate c = new Candidate(Ids.newId(), "Kandidaat", "Nummer " + i, today.minusYears(30), null,
          "Dorpsstraat " + i + ", Elst", managerId, List.of(coachId), today.minusYears(2), null, null, null, null,
          null, null, null, null, null, null, null);
      files.add(create(RecordType.CANDIDATE, c));
      history.add(create(RecordType.LADDER_STEP, new LadderStep(Ids.newId(), c.id(), null, 2, today.minusYears(1),
          "Intake", coachId, null)));
      for (int k = 1; k < PER_CANDIDATE; k++) {
        history.add(k % 3 == 0
            ? create(RecordType.COACHING_HOURS, new CoachingHours(Ids.newId(), c.id(), employer, today.minusDays(k),
                4, CoachingActivity.ON_SITE_COACHING, CoachKind.MUNICIPAL, coachId, null, null, null, null, null))
            : create(RecordType.CONTACT, new Contact(Ids.newId(), c.id(), null, coachId, LocationType.HOME,
                Instant.now().minus(Duration.ofDays(k)), 45, null,
                note(words, 12), note(words, 7), null, false, false, null)));
      }
    }
    pushAll(api, manager.token(), files);
    pushAll(api, coach.token(), history);
    return files.size() + history.size();
  }

  private static final String[] WORDS = ("huisbezoek gesprek dagritme vrijwilligerswerk stap werk bellen"
      + " werkervaringsplaats sollicitatie taalles schulden budget afspraak werkgever proefplaatsing motivatie"
      + " gezondheid huisarts kinderopvang vervoer fiets rijbewijs cursus opleiding inburgering netwerk buurthuis"
      + " stage contract uren planning doel voortgang zorgen energie structuur ochtend middag week maand"
      + " besproken afgesproken geregeld gemist verzet telefonisch samen klant coach klantmanager team"
      + " de het een en van over met naar voor bij op in niet wel nog goed lastig positief").split(" ");

  /**
   * A coach's note of about this many words: every note different, as in a real caseload, so that
   * compression is measured on text that is not one sentence ten thousand times (that shrank 6 MB
   * to 180 KB, far more than a municipality's notes would).
   */
  private static String note(Random random, int words) {
    StringBuilder text = new StringBuilder();
    for (int w = 0; w < words; w++) {
      text.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    }
    return text.append('.').toString();
  }

  private static void pushAll(SyncClient api, String token, List<Mutation> mutations) throws Exception {
    for (int from = 0; from < mutations.size(); from += Protocol.MAX_MUTATIONS_PER_PUSH) {
      List<MutationResult> results = api.push(token, new PushRequest(
          mutations.subList(from, Math.min(mutations.size(), from + Protocol.MAX_MUTATIONS_PER_PUSH)))).results();
      for (MutationResult r : results) {
        if (!(r instanceof MutationResult.Applied)) {
          throw new IllegalStateException("seeding failed: " + r);
        }
      }
    }
  }

  private static Mutation create(RecordType type, DomainRecord record) {
    return new Mutation(Ids.newId(), type, record.id(), MutationKind.CREATE, 0, Json.MAPPER.valueToTree(record),
        List.of(), Instant.now());
  }

  private static List<RecordChange> pullAll(SyncClient api, String token) throws Exception {
    List<RecordChange> all = new ArrayList<>();
    String cursor = null;
    PullPage page;
    do {
      page = api.pull(token, cursor, Protocol.MAX_PAGE_SIZE);
      all.addAll(page.changes());
      cursor = page.cursor();
    } while (page.hasMore());
    return all;
  }

  /**
   * The floor: the same records as one JSON document over HTTP, parsed, and inserted into a fresh
   * SQLite file in one transaction, with nothing else (no scope, no paging, no outbox). Over
   * loopback ({@code shape} null) the document is plain; over a shaped link it is compressed
   * beforehand (gzip, as the server compresses) and inflated by the reader.
   */
  private static double floor(List<RecordChange> records, Path dir, ShapedLink.Shape shape) throws Exception {
    byte[] document = shape == null ? Json.MAPPER.writeValueAsBytes(records)
        : gzip(Json.MAPPER.writeValueAsBytes(records));
    HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    http.createContext("/all", exchange -> {
      if (shape != null) {
        exchange.getResponseHeaders().set("Content-Encoding", "gzip");
      }
      exchange.sendResponseHeaders(200, document.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(document);
      }
    });
    http.start();
    String url = "http://127.0.0.1:" + http.getAddress().getPort();
    try (ShapedLink link = shape == null ? null : new ShapedLink(url, shape, false)) {
      Path file = dir.resolve("floor-" + UUID.randomUUID() + ".db");
      long start = System.nanoTime();
      byte[] body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create((link == null ? url : link.url()) + "/all")).build(),
          HttpResponse.BodyHandlers.ofByteArray()).body();
      if (shape != null) {
        body = new GZIPInputStream(new ByteArrayInputStream(body)).readAllBytes();
      }
      List<RecordChange> parsed = Json.MAPPER.readValue(body, new TypeReference<List<RecordChange>>() {});
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
        c.createStatement().execute("CREATE TABLE record (id TEXT PRIMARY KEY, type TEXT, version INTEGER, data TEXT)");
        c.setAutoCommit(false);
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO record VALUES (?, ?, ?, ?)")) {
          for (RecordChange r : parsed) {
            insert.setString(1, r.id().toString());
            insert.setString(2, r.type().wireName());
            insert.setLong(3, r.version());
            insert.setString(4, Json.MAPPER.writeValueAsString(r.data()));
            insert.addBatch();
          }
          insert.executeBatch();
        }
        c.commit();
      }
      return (System.nanoTime() - start) / 1e6;
    } finally {
      http.stop(0);
    }
  }

  private static byte[] gzip(byte[] plain) throws java.io.IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(plain);
    }
    return out.toByteArray();
  }

  /** A fresh device of coach1 (login not timed): time and requests of its first sync. */
  private static double[] initialSync(RealServer server, Path dir, Duration latency) throws Exception {
    try (FaultyNetwork link = new FaultyNetwork(server)) {
      link.latency(latency);
      return new double[] {firstSync(server, dir, link.url()), link.requests()};
    }
  }

  /** A fresh device of coach1 (login straight to the server, not timed): time of its first sync through {@code url}. */
  private static double firstSync(RealServer server, Path dir, String url) throws Exception {
    Session session = login(server, dir);
    try (SyncEngine engine = engine(session, url)) {
      long start = System.nanoTime();
      if (engine.syncNow().lastError() != null) {
        throw new IllegalStateException("initial sync failed");
      }
      return (System.nanoTime() - start) / 1e6;
    } finally {
      session.store().close();
    }
  }

  static Session login(RealServer server, Path dir) throws Exception {
    return new LoginService(dir.resolve("device-" + UUID.randomUUID()), CLOCK, SyncClient::new, 1_000, "bench")
        .login(server.url(), "coach1", PASSWORD.toCharArray());
  }

  /** The rounds of an incremental sync: each one's time and what crossed the link. */
  record Rounds(List<Double> times, List<ShapedLink.Traffic> traffic) {
    Spread time() {
      return Spread.of(times);
    }

    int mostRequests() {
      return traffic.stream().mapToInt(ShapedLink.Traffic::requests).max().orElse(0);
    }

    ShapedLink.Traffic medianTraffic() {
      List<ShapedLink.Traffic> sorted = new ArrayList<>(traffic);
      sorted.sort(java.util.Comparator.comparingLong(t -> t.up() + t.down()));
      return sorted.get(sorted.size() / 2);
    }
  }

  /**
   * A synced device of coach1 syncing through {@code url}; another device records 50 contacts
   * (straight to the server); the first syncs again. Repeated {@link #INCREMENTAL_ROUNDS} times.
   */
  private static Rounds incremental(RealServer server, Path dir, SyncClient api, LoginResult coach, String url,
      java.util.function.Supplier<ShapedLink.Traffic> crossed) throws Exception {
    Session session = login(server, dir);
    try (SyncEngine engine = engine(session, url)) {
      engine.syncNow();
      List<UUID> files = session.store().<Candidate>all(RecordType.CANDIDATE).stream().map(Candidate::id).toList();
      UUID coachId = UUID.fromString(coach.userId());
      List<Double> times = new ArrayList<>();
      List<ShapedLink.Traffic> traffic = new ArrayList<>();
      for (int round = 0; round < INCREMENTAL_ROUNDS; round++) {
        List<Mutation> fifty = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
          fifty.add(create(RecordType.CONTACT, new Contact(Ids.newId(), files.get((round * 50 + i) % files.size()), null,
              coachId, LocationType.PHONE, Instant.now().minusSeconds(60), 10, null, "Belronde", null, null, false,
              false, null)));
        }
        pushAll(api, coach.token(), fifty);
        ShapedLink.Traffic before = crossed.get();
        long start = System.nanoTime();
        if (engine.syncNow().lastError() != null) {
          throw new IllegalStateException("incremental sync failed");
        }
        times.add((System.nanoTime() - start) / 1e6);
        traffic.add(crossed.get().minus(before));
      }
      return new Rounds(times, traffic);
    } finally {
      session.store().close();
    }
  }

  static SyncEngine engine(Session session, String url) {
    return new SyncEngine(session.store(), new SyncClient(url), CLOCK,
        new Backoff(Duration.ofHours(1), Duration.ofHours(1), new Random(1)), SyncEngine.Settings.standard());
  }

  /** The links of issue 16 and the first sync each must allow. */
  private static final List<ShapedLink.Shape> LINKS = List.of(
      new ShapedLink.Shape("rural 4G", 10_000_000, Duration.ofMillis(50)),
      new ShapedLink.Shape("poor 3G", 1_500_000, Duration.ofMillis(150)));
  private static final List<Duration> FIRST_SYNC_TARGETS = List.of(Duration.ofMillis(1_500), Duration.ofSeconds(6));

  /**
   * Over each shaped link: the floor, the first sync and the 50-change sync, compressed as the app
   * does it and with the answers uncompressed (the link takes Accept-Encoding off the requests; a
   * first sync and a 50-change sync push nothing, so that is all compression does in them).
   */
  private static void shaped(RealServer server, Path dir, SyncClient api, LoginResult coach) throws Exception {
    int runs = Integer.getInteger("bench.runs", 3);
    List<RecordChange> all = pullAll(api, coach.token());
    System.out.printf("shaped links, %d records, each figure the median (range) of %d runs%n", all.size(), runs);
    // First syncs before the 50-change syncs, whose changes would make later first syncs larger than the floor's.
    for (int i = 0; i < LINKS.size(); i++) {
      ShapedLink.Shape shape = LINKS.get(i);
      Spread floor = spread(runs, () -> floor(all, dir, shape));
      System.out.printf("%s: floor (one gzip document of %,d bytes + one SQLite transaction) %s%n", shape,
          gzip(Json.MAPPER.writeValueAsBytes(all)).length, floor);
      for (boolean plain : List.of(false, true)) {
        List<ShapedLink.Traffic> crossed = new ArrayList<>();
        Spread first = spread(runs, () -> {
          try (ShapedLink link = new ShapedLink(server.url(), shape, plain)) {
            double ms = firstSync(server, dir, link.url());
            crossed.add(link.traffic());
            return ms;
          }
        });
        long target = FIRST_SYNC_TARGETS.get(i).toMillis();
        System.out.printf("%s: first sync, %s: %s = %.1fx the floor (target %d ms: %s); requests, bytes up, bytes"
            + " down per run: %s%n", shape, plain ? "uncompressed" : "compressed", first, first.median() / floor.median(),
            target, first.median() <= target ? "met" : "missed", crossed);
      }
    }
    for (ShapedLink.Shape shape : LINKS) {
      for (boolean plain : List.of(false, true)) {
        try (ShapedLink link = new ShapedLink(server.url(), shape, plain)) {
          Rounds rounds = incremental(server, dir, api, coach, link.url(), link::traffic);
          ShapedLink.Traffic typical = rounds.medianTraffic();
          double bound = link.floorMs(2, typical);
          System.out.printf("%s: 50-change sync, %s (%d rounds): %s; at most %d requests, %,d bytes up, %,d bytes"
              + " down; 2 round trips + these bytes = %.0f ms (%s)%n", shape, plain ? "uncompressed" : "compressed",
              INCREMENTAL_ROUNDS, rounds.time(), rounds.mostRequests(), typical.up(), typical.down(), bound,
              rounds.time().median() <= bound ? "met" : "missed");
        }
      }
    }
  }

  /**
   * The morning sync storm: {@code bench.storm.devices} fresh devices of coach1 (100 by default)
   * start their first sync of the whole caseload at the same moment. Every device must finish;
   * the server's peak RSS must stay within its 256 MB (decision 0010). The devices run in this JVM,
   * each on a thread of its own, as they would each on a phone of its own.
   */
  private static void storm(RealServer server, Path dir) throws Exception {
    int count = Integer.getInteger("bench.storm.devices", 100);
    List<Session> sessions = new ArrayList<>();
    for (int d = 0; d < count; d++) {
      sessions.add(login(server, dir));
    }
    java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
    List<CompletableFuture<Double>> devices = new ArrayList<>();
    java.util.concurrent.atomic.AtomicInteger records = new java.util.concurrent.atomic.AtomicInteger();
    long serverCpu = ImportBench.cpuMs(server.pid());
    for (Session session : sessions) {
      CompletableFuture<Double> device = new CompletableFuture<>();
      Thread thread = new Thread(() -> {
        try (SyncEngine engine = engine(session, server.url())) {
          go.await();
          long t = System.nanoTime();
          var error = engine.syncNow().lastError();
          if (error != null) {
            throw new IllegalStateException("a device's first sync failed: " + error);
          }
          double ms = (System.nanoTime() - t) / 1e6;
          records.set(session.store().records().size());
          device.complete(ms);
        } catch (Throwable e) {
          device.completeExceptionally(e);
        } finally {
          session.store().close();
        }
      }, "storm-device");
      thread.start();
      devices.add(device);
    }
    long start = System.nanoTime();
    go.countDown();
    List<Double> times = new ArrayList<>();
    int failed = 0;
    for (CompletableFuture<Double> device : devices) {
      try {
        times.add(device.get());
      } catch (java.util.concurrent.ExecutionException e) {
        failed++;
        System.out.println("storm: a device failed: " + e.getCause());
      }
    }
    double last = (System.nanoTime() - start) / 1e6;
    Collections.sort(times);
    System.out.printf("storm: %d devices' first sync of %,d records each at once: %d finished, %d failed; the last"
        + " after %,.0f ms (per device p50 %,.0f ms, max %,.0f ms); server CPU %,d ms; server peak RSS %d MB%n",
        count, records.get(), times.size(), failed, last, times.isEmpty() ? 0 : times.get(times.size() / 2),
        times.isEmpty() ? 0 : times.get(times.size() - 1), ImportBench.cpuMs(server.pid()) - serverCpu,
        server.peakRssMb());
  }

  /**
   * 100 devices push batches of 50 contacts at once, straight to the server. Each device sends its
   * next push when the previous one is answered, all from one thread with asynchronous requests:
   * with a hundred blocking threads the generator took a large share of the two cores and the
   * figure measured it as much as the server. The server's CPU time per 1,000 mutations is
   * reported beside the rate, because it holds on a shared machine where the rate does not.
   */
  private static void push(RealServer server, SyncClient api) throws Exception {
    List<String> tokens = new ArrayList<>();
    for (int d = 0; d < DEVICES; d++) {
      tokens.add(api.login("casemanager1", PASSWORD, Ids.newId(), "bench-" + d).token());
    }
    LoginResult manager = api.login("casemanager1", PASSWORD, Ids.newId(), "bench");
    List<UUID> files = pullAll(api, manager.token()).stream().filter(c -> c.type() == RecordType.CANDIDATE)
        .map(RecordChange::id).toList();
    UUID author = UUID.fromString(manager.userId());
    List<List<PushRequest>> pushes = new ArrayList<>();
    for (int d = 0; d < DEVICES; d++) {
      List<PushRequest> device = new ArrayList<>();
      for (int b = 0; b < BATCHES_PER_DEVICE; b++) {
        List<Mutation> batch = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
          batch.add(create(RecordType.CONTACT, new Contact(Ids.newId(), files.get((d * 31 + b * 7 + i) % files.size()),
              null, author, LocationType.PHONE, Instant.now().minusSeconds(60), 10, null, "Belronde", null, null,
              false, false, null)));
        }
        device.add(new PushRequest(batch));
      }
      pushes.add(device);
    }
    SyncClient client = new SyncClient(server.url());
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    long serverCpu = ImportBench.cpuMs(server.pid());
    long generatorCpu = processCpuMs();
    long start = System.nanoTime();
    List<CompletableFuture<Void>> devices = new ArrayList<>();
    for (int d = 0; d < DEVICES; d++) {
      CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
      for (PushRequest push : pushes.get(d)) {
        String token = tokens.get(d);
        chain = chain.thenCompose(previous -> {
          long t = System.nanoTime();
          return client.pushAsync(token, push).thenAccept(answer -> {
            latencies.add(System.nanoTime() - t);
            if (answer.results().stream().anyMatch(r -> !(r instanceof MutationResult.Applied))) {
              throw new IllegalStateException("a push was not applied");
            }
          });
        });
      }
      devices.add(chain);
    }
    CompletableFuture.allOf(devices.toArray(CompletableFuture[]::new)).join();
    double seconds = (System.nanoTime() - start) / 1e9;
    int total = DEVICES * BATCHES_PER_DEVICE * BATCH;
    double serverCpuPerThousand = (ImportBench.cpuMs(server.pid()) - serverCpu) * 1000.0 / total;
    double generatorCpuPerThousand = (processCpuMs() - generatorCpu) * 1000.0 / total;
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    System.out.printf("push: %d devices, %d mutations in %.1f s = %.0f mutations/s; push of %d: p50 %.0f ms,"
        + " p99 %.0f ms; server CPU %.0f ms per 1,000 mutations (load generator %.0f ms); server peak RSS %d MB%n",
        DEVICES, total, seconds, total / seconds, BATCH, sorted.get(sorted.size() / 2) / 1e6,
        sorted.get((int) (sorted.size() * 0.99)) / 1e6, serverCpuPerThousand, generatorCpuPerThousand,
        server.peakRssMb());
  }

  /** This JVM's CPU time so far: what the load generator itself cost. */
  private static long processCpuMs() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000;
  }

}
