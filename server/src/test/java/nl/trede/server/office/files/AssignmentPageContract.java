package nl.trede.server.office.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.contact.LocationType;
import nl.trede.server.audit.AuditEvent;
import nl.trede.server.support.ApiClient;
import nl.trede.server.support.ApiClient.Session;
import nl.trede.server.support.FormFields;
import nl.trede.server.support.OfficeClient;
import nl.trede.server.support.OfficeClient.Page;
import nl.trede.server.support.WorkspaceContract;
import nl.trede.sync.PullPage;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;

/**
 * Klantmanager en coaches: reassigning a file in the console moves the caseload through the sync
 * protocol: the coach taken off has the file purged from their device at the next pull, the one
 * put on receives it with its whole history. Run once per database by the subclasses.
 */
abstract class AssignmentPageContract extends WorkspaceContract {
  private static String assign(UUID id) {
    return "/office/kandidaten/" + id + "/toewijzen";
  }

  @Test
  void reassigningFromCoachAToCoachBPurgesItFromAsDeviceAndGivesBItsHistory() {
    OfficeClient fatima = loggedIn("casemanager1");
    Session carla = api.login("coach2");
    Session anna = api.login("coach1");
    UUID id = register(fatima, FormFields.with(intake(fatima, "Ruben", "Over" + suffix(), "1990-10-10"), "coachIds",
        user("coach2").toString()));
    Contact visit = contact(id, carla.user(), LocationType.HOME, 2, false, null);
    assertApplied(api.push(carla, ApiClient.create(RecordType.CONTACT, visit)));
    String carlasCursor = api.pullAll(carla).cursor();
    String annasCursor = api.pullAll(anna).cursor();

    Page saved = fatima.postForm(assign(id), FormFields.with(form(fatima, assign(id), "assign-form"), "coachIds",
        user("coach1").toString()));
    PullPage carlaPulls = api.pullAll(carla, carlasCursor);
    PullPage annaPulls = api.pullAll(anna, annasCursor);

    assertThat(saved.location()).endsWith("?result=assigned");
    assertThat(carlaPulls.purgeCandidates()).as("A's device purges the file").contains(id);
    assertThat(annaPulls.changes().stream().map(c -> c.id()).toList()).as("B receives its history")
        .contains(visit.id());
    assertThat(ApiClient.latest(annaPulls, id).data().get("coachIds").toString()).contains(user("coach1").toString())
        .doesNotContain(user("coach2").toString());
    assertThat(text(fatima.get("/office/kandidaten/" + id))).contains("Klantmanager of coaches gewijzigd")
        .contains("Carla Bakker").contains("Anna de Vries");
    assertThat(auditEvents.findByTenantIdOrderByAt("overbetuwe")).filteredOn(e -> id.toString().equals(e.recordId()))
        .extracting(AuditEvent::action).contains("office.assign-file");
  }

  @Test
  void onlyPeopleOfTheMunicipalityWithACaseloadCarryAFile() {
    OfficeClient office = loggedIn("office1");
    UUID id = register(office, intake(office, "Iris", "Toewijs" + suffix(), "1984-04-04"));
    Map<String, List<String>> f = form(office, assign(id), "assign-form");

    Page jobhunter = office.postForm(assign(id), FormFields.with(f, "coachIds", user("jobhunter1").toString()));
    Page dalfsen = office.postForm(assign(id), FormFields.with(f, "caseManagerId", user("casemanager-dalfsen").toString()));

    assertThat(jobhunter.status()).isEqualTo(422);
    assertThat(errors(jobhunter)).containsEntry("coachIds", "Kies iemand van de gemeente met een caseload.");
    assertThat(errors(dalfsen)).containsKey("caseManagerId");
    assertThat(form(office, assign(id), "assign-form").get("coachIds")).as("nothing written").isNull();
    assertThat(office.get(assign(id)).text()).as("only people with a caseload are offered")
        .doesNotContain(user("jobhunter1").toString()).doesNotContain(user("office1").toString());
  }
}
