package nl.trede.server.setup;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
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
}
