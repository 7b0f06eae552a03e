package nl.trede.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import nl.trede.client.login.LoginService;
import nl.trede.client.login.Session;
import nl.trede.client.support.RealServer;
import nl.trede.client.sync.LoginResult;
import nl.trede.client.sync.SyncClient;
import nl.trede.client.sync.SyncEngine;
import nl.trede.domain.Ids;

/**
 * Growth of a first sync from 10k to 100k records ({@code -Dbench.only=growth}, sizes in
 * {@code -Dbench.growth.sizes}): for each size a fresh server seeded with a caseload of that size,
 * then a device in a JVM of its own whose heap is capped at 64 MB syncs it twice, into two fresh
 * stores (the first with a cold JIT, the second warm). A sync that needed more heap would fail
 * with an OutOfMemoryError, so finishing is the proof of the heap bound. Reported per size: time
 * and time per record, the device store's bytes per record, and the server's CPU time per 1,000
 * records pulled and per 1,000 mutations pushed (the seeding).
 */
final class Growth {
  private static final int PER_CANDIDATE = 50;
  private static final String DEVICE_HEAP = "-Xmx64m";

  private Growth() {}

  static void run(String db) throws Exception {
    List<Integer> sizes = Stream.of(System.getProperty("bench.growth.sizes", "10000,50000,100000").split(","))
        .map(String::trim).map(Integer::valueOf).toList();
    List<double[]> perRecord = new ArrayList<>();
    for (int size : sizes) {
      Path dir = Files.createTempDirectory("trede-growth");
      try (RealServer server = SyncBench.start(db, dir)) {
        SyncClient api = new SyncClient(server.url());
        LoginResult manager = api.login("casemanager1", "trede-demo", Ids.newId(), "bench");
        LoginResult coach = api.login("coach1", "trede-demo", Ids.newId(), "bench");
        long cpu = ImportBench.cpuMs(server.pid());
        long seeded = SyncBench.seed(api, manager, coach, size / PER_CANDIDATE);
        double pushCpu = (ImportBench.cpuMs(server.pid()) - cpu) * 1000.0 / seeded;
        cpu = ImportBench.cpuMs(server.pid());
        Device device = device(server.url(), dir);
        double pullCpu = (ImportBench.cpuMs(server.pid()) - cpu) * 1000.0 / (2.0 * seeded);
        perRecord.add(new double[] {size, device.warmMs * 1000 / seeded});
        System.out.printf("growth, %s, %,d records seeded (%,d files on the device): first sync cold %,.0f ms, warm"
            + " %,.0f ms = %.1f µs per record; device heap capped at 64 MB: finished; device store %,d bytes = %.0f"
            + " bytes per record; server CPU per 1,000 records pulled %.0f ms, per 1,000 mutations pushed %.0f ms;"
            + " server peak RSS %d MB%n", db, seeded, device.files, device.coldMs, device.warmMs,
            device.warmMs * 1000 / seeded, device.storeBytes, (double) device.storeBytes / seeded, pullCpu, pushCpu,
            server.peakRssMb());
      }
    }
    double first = perRecord.get(0)[1];
    double last = perRecord.get(perRecord.size() - 1)[1];
    System.out.printf("growth: time per record from %,.0f to %,.0f records: %+.0f %% (target: at most +20 %%)%n",
        perRecord.get(0)[0], perRecord.get(perRecord.size() - 1)[0], (last / first - 1) * 100);
  }

  record Device(double coldMs, double warmMs, int files, long storeBytes) {}

  /** Runs {@link DeviceMain} in a JVM with a 64 MB heap and reads its one line of figures. */
  private static Device device(String url, Path dir) throws IOException, InterruptedException {
    Path out = dir.resolve("device.out");
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        DEVICE_HEAP, "-cp", System.getProperty("java.class.path"), DeviceMain.class.getName(), url,
        dir.resolve("devices").toString())
        .redirectErrorStream(true).redirectOutput(out.toFile()).start();
    if (process.waitFor() != 0) {
      throw new IllegalStateException("the device's first sync failed:\n" + Files.readString(out));
    }
    String[] figures = Files.readAllLines(out).stream().filter(l -> l.startsWith("device ")).findFirst()
        .orElseThrow(() -> new IllegalStateException("no figures from the device")).split(" ");
    return new Device(Double.parseDouble(figures[1]), Double.parseDouble(figures[2]), Integer.parseInt(figures[3]),
        Long.parseLong(figures[4]));
  }

  /** The device: logs in as coach1 and syncs everything, twice, into fresh stores. */
  static final class DeviceMain {
    public static void main(String[] args) throws Exception {
      String url = args[0];
      Path devices = Path.of(args[1]);
      double[] ms = new double[2];
      int files = 0;
      long bytes = 0;
      for (int run = 0; run < 2; run++) {
        Path dir = devices.resolve("device-" + UUID.randomUUID());
        Session session = new LoginService(dir, Clock.systemUTC(), SyncClient::new, 1_000, "bench")
            .login(url, "coach1", "trede-demo".toCharArray());
        try (SyncEngine engine = SyncBench.engine(session, url)) {
          long start = System.nanoTime();
          if (engine.syncNow().lastError() != null) {
            throw new IllegalStateException("first sync failed");
          }
          ms[run] = (System.nanoTime() - start) / 1e6;
          files = session.store().caseloadFiles().size();
        } finally {
          session.store().close();
        }
        try (Stream<Path> stored = Files.walk(dir)) {
          bytes = stored.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
      }
      System.out.printf(java.util.Locale.ROOT, "device %.1f %.1f %d %d%n", ms[0], ms[1], files, bytes);
    }
  }
}
