package nl.trede.server.office;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import java.util.List;
import java.util.Map;
import nl.trede.server.support.ConsoleContract;
import nl.trede.server.support.OfficeClient;
import nl.trede.server.support.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two server instances on one PostgreSQL behind a load balancer (DESIGN §6): a console session is a
 * database row, so either instance serves it and a logout on one ends it on both; both projected
 * the demo's records once, though they caught up at the same time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficeOnTwoInstancesTest {
  private List<EmbeddedServer> servers;

  @BeforeAll
  void startTwoInstances() {
    servers = TestDatabases.instances(2, TestDatabases.postgres());
  }

  @AfterAll
  void stop() {
    servers.forEach(EmbeddedServer::stop);
  }

  private OfficeClient on(int instance) {
    return new OfficeClient(servers.get(instance).getURL().toString());
  }

  @Test
  void aSessionStartedOnOneInstanceWorksOnTheOtherAndEndsOnBoth() {
    OfficeClient first = on(0);
    first.login("office1");
    OfficeClient second = on(1);
    second.useSession(first.sessionToken());

    assertThat(second.get("/office/kandidaten").status()).isEqualTo(200);
    assertThat(second.post("/office/logout", second.withCsrf(Map.of())).status()).isEqualTo(303);
    assertThat(first.get("/office/kandidaten").status()).isEqualTo(303);
  }

  @Test
  void bothInstancesShowTheSameVisitLog() {
    OfficeClient first = on(0);
    first.login("office1");
    OfficeClient second = on(1);
    second.login("office1");

    long onFirst = ConsoleContract.count(first.get("/office/bezoekverslagen"));
    long onSecond = ConsoleContract.count(second.get("/office/bezoekverslagen"));

    assertThat(onFirst).isGreaterThan(300).isEqualTo(onSecond);
  }
}
