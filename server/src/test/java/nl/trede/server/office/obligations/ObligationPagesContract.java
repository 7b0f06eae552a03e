package nl.trede.server.office.obligations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.contact.LocationType;
import nl.trede.domain.candidate.Candidate;
import nl.trede.server.audit.AuditEvent;
import nl.trede.server.support.ApiClient;
import nl.trede.server.support.ApiClient.Session;
import nl.trede.server.support.FormFields;
import nl.trede.server.support.OfficeClient;
import nl.trede.server.support.OfficeClient.Page;
import nl.trede.server.support.WorkspaceContract;
import nl.trede.sync.RecordChange;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;

/**
 * Re-integration duties (002 §4.5, 000 §5, 001 §2.1.3): a no-show nothing has followed reaches the
 * case manager as "Niet verschenen"; the case manager records a maatregel with the justification
 * from there, which ends the signal, shows in the file and reaches the coach's device; a form
 * without justification is refused naming the field. Run once per database by the subclasses.
 */
abstract class ObligationPagesContract extends WorkspaceContract {

  private record Missed(Candidate candidate, Contact noShow, Session carla) {}

  private Missed aNoShow(String family) {
    Session office = api.login("office1");
    Session carla = api.login("coach2");
    Candidate c = candidate("Nora", family, user("casemanager1"), List.of(carla.user()));
    assertApplied(api.push(office, ApiClient.create(RecordType.CANDIDATE, c)));
    Contact seen = contact(c.id(), carla.user(), LocationType.HOME, 9, false, null);
    Contact missed = contact(c.id(), carla.user(), LocationType.HOME, 2, true, null);
    assertApplied(api.push(carla, ApiClient.create(RecordType.CONTACT, seen), ApiClient.create(RecordType.CONTACT, missed)));
    return new Missed(c, missed, carla);
  }

  @Test
  void aNoShowSignalsTheCaseManagerWhoRecordsAMaatregelWithItsJustificationWhichTheCoachReceives() {
    String family = "Gemist" + suffix();
    Missed m = aNoShow(family);
    OfficeClient fatima = loggedIn("casemanager1");
    String cursor = api.pullAll(m.carla()).cursor();

    String signals = section(fatima.get("/office/kandidaten").text(), "no-shows");
    assertThat(text(fatima.get("/office/kandidaten/" + m.candidate().id()))).contains("Niet verschenen op");
    String path = "/office/kandidaten/" + m.candidate().id() + "/maatregel";
    Map<String, List<String>> f = form(fatima, path + "?contact=" + m.noShow().id(), "obligation-form");
    f = FormFields.with(f, "kind", "BENEFIT_REDUCTION");
    f = FormFields.with(f, "percentage", "20");
    f = FormFields.with(f, "months", "3");
    f = FormFields.with(f, "fromDate", today().plusDays(7).toString());
    f = FormFields.with(f, "justification", "Twee keer niet verschenen zonder bericht; gesprek hielp niet");
    Page saved = fatima.postForm(path, f);

    assertThat(signals).as("the no-show is signalled").contains("Nora").contains(family);
    assertThat(saved.location()).endsWith("?result=obligation");
    String file = text(fatima.get("/office/kandidaten/" + m.candidate().id()));
    assertThat(file).contains("Maatregelen en tegenprestaties").contains("20 % verlaagd, 3 maanden")
        .contains("Twee keer niet verschenen zonder bericht; gesprek hielp niet").doesNotContain("Niet verschenen op");
    assertThat(section(fatima.get("/office/kandidaten").text(), "no-shows")).as("a measure answers the signal")
        .doesNotContain(family);
    RecordChange received = api.pullAll(m.carla(), cursor).changes().stream()
        .filter(c -> c.type() == RecordType.OBLIGATION_MEASURE).findFirst().orElseThrow();
    assertThat(received.data().get("reasonContactId").asText()).isEqualTo(m.noShow().id().toString());
    assertThat(received.data().get("decidedBy").asText()).isEqualTo(user("casemanager1").toString());
    assertThat(auditEvents.findByTenantIdOrderByAt("overbetuwe"))
        .filteredOn(e -> received.id().toString().equals(e.recordId()))
        .extracting(AuditEvent::action).contains("office.record-obligation");
  }

  @Test
  void aLaterContactAnswersTheSignalAndAMeasureWithoutJustificationIsRefusedNamingTheField() {
    String family = "Later" + suffix();
    Missed m = aNoShow(family);
    OfficeClient fatima = loggedIn("casemanager1");
    String path = "/office/kandidaten/" + m.candidate().id() + "/maatregel";
    Map<String, List<String>> f = FormFields.with(form(fatima, path, "obligation-form"), "kind", "BENEFIT_REDUCTION");
    f = FormFields.with(f, "percentage", "veel");
    f = FormFields.with(f, "months", "3");
    f = FormFields.with(f, "fromDate", today().toString());

    Page notANumber = fatima.postForm(path, f);
    Page refused = fatima.postForm(path, FormFields.with(f, "percentage", "20"));
    assertApplied(api.push(m.carla(), ApiClient.create(RecordType.CONTACT,
        contact(m.candidate().id(), m.carla().user(), LocationType.PHONE, 1, false, null))));

    assertThat(notANumber.status()).isEqualTo(422);
    assertThat(errors(notANumber)).containsKey("percentage");
    assertThat(refused.status()).isEqualTo(422);
    assertThat(errors(refused)).containsEntry("justification",
        "Schrijf op waarom: om willekeur te voorkomen verantwoordt u de keuze.");
    assertThat(text(fatima.get("/office/kandidaten/" + m.candidate().id())))
        .contains("Geen maatregel of tegenprestatie vastgelegd.").doesNotContain("Niet verschenen op");
    assertThat(section(fatima.get("/office/kandidaten").text(), "no-shows")).doesNotContain(family);
  }

  /** The html of the element with this id up to its closing section; empty when the page has none. */
  private static String section(String html, String id) {
    int start = html.indexOf("id=\"" + id + "\"");
    return start < 0 ? "" : html.substring(start, html.indexOf("</section>", start));
  }
}
