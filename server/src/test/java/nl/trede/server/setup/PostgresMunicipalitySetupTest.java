package nl.trede.server.setup;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.trede.server.accounts.UserRepository;
import nl.trede.server.support.TestDatabases;
import org.junit.jupiter.api.Test;

class PostgresMunicipalitySetupTest extends MunicipalitySetupContract {
  @Override
  protected Map<String, String> database() {
    return TestDatabases.postgres();
  }

  /** DESIGN §6: two instances behind a load balancer, started together on an empty database. */
  @Test
  void twoInstancesStartingAtOnceMakeOneMunicipalityWithOneAdmin() throws Exception {
    Map<String, String> setup = TestDatabases.withSetup(empty(), "lansingerland", "beheer", FIRST_PASSWORD);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<EmbeddedServer>> starting = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      starting.add(pool.submit(() -> {
        go.await();
        return start(setup);
      }));
    }
    go.countDown();
    List<EmbeddedServer> servers = new ArrayList<>();
    try {
      for (Future<EmbeddedServer> s : starting) {
        servers.add(s.get());
      }
      assertThat(servers.get(0).getApplicationContext().getBean(UserRepository.class)
          .findByTenantIdOrderByDisplayName("lansingerland")).hasSize(1);
    } finally {
      servers.forEach(EmbeddedServer::close);
      pool.shutdown();
    }
  }

  /**
   * The moment itself, made to happen: another instance has inserted the tenant and not committed
   * yet when this one reaches its insert. It waits on the key, finds the municipality made when the
   * other commits, and starts without writing anything of its own.
   */
  @Test
  void anInstanceThatLosesTheRaceForTheTenantStartsAndWritesNothing() throws Exception {
    Map<String, String> empty = empty();
    start(empty).close();
    Map<String, String> setup = TestDatabases.withSetup(empty, "lansingerland", "beheer", FIRST_PASSWORD);
    String url = setup.get("datasources.default.url");
    String user = setup.get("datasources.default.username");
    String password = setup.get("datasources.default.password");
    try (Connection other = DriverManager.getConnection(url, user, password);
         Connection watcher = DriverManager.getConnection(url, user, password)) {
      other.setAutoCommit(false);
      try (Statement s = other.createStatement()) {
        s.executeUpdate("INSERT INTO tenant (id, name, last_seq, created_at) VALUES ('lansingerland', 'Lansingerland',"
            + " 0, now())");
      }
      ExecutorService pool = Executors.newSingleThreadExecutor();
      Future<EmbeddedServer> starting = pool.submit(() -> start(setup));
      // Watched from a connection of its own: a transaction sees one snapshot of pg_stat_activity.
      try (Statement s = watcher.createStatement()) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!waitingOnALock(s) && System.nanoTime() < deadline && !starting.isDone()) {
          Thread.sleep(50);
        }
        assertThat(waitingOnALock(s)).as("the starting instance waits on the tenant's key").isTrue();
      }
      other.commit();
      try (EmbeddedServer server = starting.get()) {
        assertThat(server.getApplicationContext().getBean(UserRepository.class)
            .findByTenantIdOrderByDisplayName("lansingerland")).as("no admin of its own").isEmpty();
      } finally {
        pool.shutdown();
      }
    }
  }

  private static boolean waitingOnALock(Statement s) throws SQLException {
    try (ResultSet r = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
        + " AND datname = current_database()")) {
      r.next();
      return r.getLong(1) > 0;
    }
  }
}
