package nl.trede.server.office.conflicts;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.List;
import java.util.Map;
import nl.trede.domain.Ids;
import nl.trede.domain.employer.Employer;
import nl.trede.domain.employer.Sector;
import nl.trede.server.audit.AuditEvent;
import nl.trede.server.support.ApiClient;
import nl.trede.server.support.ApiClient.Session;
import nl.trede.server.support.OfficeClient;
import nl.trede.server.support.OfficeClient.Page;
import nl.trede.sync.MutationResult;
import nl.trede.sync.RecordChange;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;
import nl.trede.server.support.ConsoleContract;

/**
 * The conflicts page: a conflict resolved from the console reaches every device.
 * Over real HTTP against a real database, as a browser uses it; run once per database by its
 * subclasses.
 */
abstract class ConflictsPageContract extends ConsoleContract {
  @Test
  void aConflictIsResolvedFromTheConsoleAndEveryDeviceReceivesTheChoice() {
    Session eva = api.login("jobhunter1");
    Session anna = api.login("coach1");
    Employer employer = new Employer(Ids.newId(), "Conflictbedrijf " + suffix(), "87654321", Sector.HOSPITALITY,
        null, "Sanne Aalbers", null, null, false, false, null, null);
    assertApplied(api.push(eva, ApiClient.create(RecordType.EMPLOYER, employer)));
    String evasCursor = api.pullAll(eva).cursor();
    api.push(eva, ApiClient.update(RecordType.EMPLOYER, employer.id(), 1, ApiClient.fields().put("contactPerson", "Sanne Jansen")));
    List<MutationResult> annas = api.push(anna, ApiClient.update(RecordType.EMPLOYER, employer.id(), 1,
        ApiClient.fields().put("contactPerson", "Joop Aalbers")));
    assertThat(annas).singleElement().isInstanceOf(MutationResult.Conflicted.class);
    OfficeClient office = loggedIn("office1");

    String list = office.get("/office/conflicten").text();
    assertThat(list).contains(employer.name()).contains("Sanne Jansen").contains("Joop Aalbers")
        .contains("Contactpersoon").contains("Eva Smit").contains("Anna de Vries");
    String conflictId = ((MutationResult.Conflicted) annas.get(0)).conflicts().get(0).id().toString();
    Page resolved = office.post("/office/conflicten/" + employer.id() + "/oplossen",
        office.withCsrf(Map.of("conflictId", conflictId, "choice", "proposed")));
    Page again = office.post("/office/conflicten/" + employer.id() + "/oplossen",
        office.withCsrf(Map.of("conflictId", conflictId, "choice", "current")));

    assertThat(resolved.location()).isEqualTo("/office/conflicten?result=resolved");
    assertThat(again.location()).isEqualTo("/office/conflicten?result=gone");
    RecordChange received = api.pull(eva, evasCursor, 100).changes().stream()
        .filter(c -> c.id().equals(employer.id())).reduce((a, b) -> b).orElseThrow();
    assertThat(received.data().get("contactPerson").asText()).isEqualTo("Joop Aalbers");
    assertThat(received.conflicts()).isEmpty();
    assertThat(office.get("/office/conflicten").text()).doesNotContain(employer.name());
    List<AuditEvent> trail = auditEvents.findByTenantIdOrderByAt("overbetuwe").stream()
        .filter(e -> employer.id().toString().equals(e.recordId()) && e.userId() != null
            && e.userId().equals(user("office1").toString()))
        .toList();
    assertThat(trail).extracting(AuditEvent::action).contains("sync.update", "office.resolve-conflict");
  }
}
