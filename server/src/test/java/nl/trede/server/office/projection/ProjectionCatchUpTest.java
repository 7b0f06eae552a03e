package nl.trede.server.office.projection;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import nl.trede.server.jdbc.QueryRunner;
import nl.trede.server.jdbc.SqlQuery;
import nl.trede.server.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Records synced before the console's tables existed (an upgrade) are projected at startup, the same
 * as sync projects them, and running the catch-up again changes nothing.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectionCatchUpTest implements TestPropertyProvider {
  @Inject
  QueryRunner db;

  @Inject
  ProjectionCatchUp catchUp;

  @Override
  public Map<String, String> getProperties() {
    return TestDatabases.sqlite();
  }

  private List<String> snapshot() {
    return db.list(new SqlQuery("""
        SELECT v.record_id || v.tenant_id || v.kind || COALESCE(v.candidate_id, '-') || COALESCE(v.employer_id, '-')
               || v.author_id || COALESCE(v.location, '-') || v.event_at || CAST(v.no_show AS TEXT)
               || COALESCE(v.corrects_id, '-')
        FROM visit_log v ORDER BY v.record_id"""), rs -> rs.getString(1));
  }

  private List<String> names() {
    return db.list(new SqlQuery("SELECT record_id || name || search_name || sort_name FROM record_name ORDER BY record_id"),
        rs -> rs.getString(1));
  }

  private List<String> links() {
    return db.list(new SqlQuery("""
        SELECT placement_id || tenant_id || COALESCE(employer_id, '-') || COALESCE(vacancy_id, '-') || candidate_id
               || kind || COALESCE(start_date, '-') || COALESCE(end_date, '-')
        FROM placement_link ORDER BY placement_id"""), rs -> rs.getString(1));
  }

  @Test
  void recordsSyncedBeforeTheConsoleAreProjectedAtStartupAsSyncWouldHave() {
    List<String> bySync = snapshot();
    List<String> namesBySync = names();
    List<String> linksBySync = links();
    db.update(new SqlQuery("DELETE FROM placement_link"));
    db.update(new SqlQuery("DELETE FROM visit_log"));
    db.update(new SqlQuery("DELETE FROM record_name"));
    assertThat(snapshot()).isEmpty();

    catchUp.onStartup(null);
    catchUp.onStartup(null);

    assertThat(bySync).hasSizeGreaterThan(300);
    assertThat(snapshot()).isEqualTo(bySync);
    assertThat(names()).isEqualTo(namesBySync).hasSize(36 + 10 + 6);
    // Placements synced before V31 reach the employer pages (decision 0062).
    assertThat(linksBySync).isNotEmpty();
    assertThat(links()).isEqualTo(linksBySync);
  }
}
