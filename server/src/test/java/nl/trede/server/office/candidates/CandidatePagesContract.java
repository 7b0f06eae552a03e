package nl.trede.server.office.candidates;

import static org.assertj.core.api.Assertions.assertThat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.trede.domain.Ids;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.contact.LocationType;
import nl.trede.domain.placement.DisplacementCheck;
import nl.trede.domain.placement.EvaluationOutcome;
import nl.trede.domain.placement.Placement;
import nl.trede.domain.placement.PlacementEndReason;
import nl.trede.domain.placement.PlacementEvaluation;
import nl.trede.domain.placement.PlacementKind;
import nl.trede.server.audit.AuditEvent;
import nl.trede.server.support.ApiClient;
import nl.trede.server.support.ApiClient.Session;
import nl.trede.server.support.OfficeClient;
import nl.trede.server.support.OfficeClient.Page;
import nl.trede.sync.Mutation;
import nl.trede.sync.MutationKind;
import nl.trede.sync.RecordChange;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;
import nl.trede.server.support.ConsoleContract;

/**
 * The candidate pages: who sees which files (the municipality, the caseload), the audited file view, the timeline.
 * Over real HTTP against a real database, as a browser uses it; run once per database by its
 * subclasses.
 */
abstract class CandidatePagesContract extends ConsoleContract {
  private List<RecordChange> live(Session device, RecordType type) {
    return api.pullAll(device).changes().stream().filter(c -> c.type() == type && !c.deleted()).toList();
  }

  @Test
  void eachMunicipalitySeesItsOwnFilesAndNeverAnothers() {
    List<RecordChange> dalfsen = live(api.login("office-dalfsen"), RecordType.CANDIDATE);
    OfficeClient overbetuwe = loggedIn("office1");
    OfficeClient dalfsenOffice = loggedIn("office-dalfsen");

    Page dalfsenList = dalfsenOffice.get("/office/kandidaten");
    assertThat(dalfsenList.text()).contains("6 kandidaten");
    for (RecordChange c : dalfsen) {
      assertThat(overbetuwe.get("/office/kandidaten/" + c.id()).status()).isEqualTo(404);
      assertThat(overbetuwe.get("/office/bezoekverslagen?candidate=" + c.id()).text()).contains("0 regels");
      assertThat(dalfsenOffice.get("/office/kandidaten/" + c.id()).status()).isEqualTo(200);
    }
    Page overbetuweLog = overbetuwe.get("/office/bezoekverslagen");
    Set<String> dalfsenRecords = api.pullAll(api.login("office-dalfsen")).changes().stream()
        .map(c -> c.id().toString()).collect(Collectors.toSet());
    assertThat(rowIds(overbetuweLog)).isNotEmpty().doesNotContainAnyElementsOf(dalfsenRecords);
    String overbetuweList = overbetuwe.get("/office/kandidaten").text();
    for (RecordChange c : dalfsen) {
      assertThat(overbetuweList).doesNotContain(
          c.data().path("givenName").asText() + " " + c.data().path("familyName").asText());
    }
  }

  @Test
  void aCaseManagerSeesOnlyTheCandidatesInTheirCaseload() {
    String family = "Buitenlijst" + suffix();
    Candidate outside = candidate("Olga", family, null, List.of(user("coach2")));
    api.push(api.login("office1"), ApiClient.create(RecordType.CANDIDATE, outside));
    Contact visit = contact(outside.id(), api.login("coach2").user(), LocationType.HOME, 3, false, null);
    api.push(api.login("coach2"), ApiClient.create(RecordType.CONTACT, visit));
    OfficeClient caseManager = loggedIn("casemanager1");
    OfficeClient office = loggedIn("office1");

    assertThat(caseManager.get("/office/kandidaten?q=" + family).text()).contains("0 kandidaten");
    assertThat(caseManager.get("/office/kandidaten/" + outside.id()).status()).isEqualTo(404);
    assertThat(caseManager.get("/office/bezoekverslagen?candidate=" + outside.id()).text()).contains("0 regels");
    assertThat(rowIds(caseManager.get("/office/bezoekverslagen?name=" + family))).doesNotContain(visit.id().toString());
    assertThat(caseManager.get("/office/kandidaten/export.csv").text()).doesNotContain(family);
    assertThat(caseManager.get("/office/monitoring").text()).contains("in uw caseload");

    assertThat(office.get("/office/kandidaten?q=" + family).text()).contains("1 kandidaten");
    assertThat(office.get("/office/kandidaten/" + outside.id()).status()).isEqualTo(200);
    assertThat(rowIds(office.get("/office/bezoekverslagen?candidate=" + outside.id()))).containsExactly(visit.id().toString());
    assertThat(auditEvents.findByTenantIdOrderByAt("overbetuwe")).anySatisfy(e -> {
      assertThat(e.action()).isEqualTo("office.view-candidate");
      assertThat(e.userId()).isEqualTo(user("casemanager1").toString());
      assertThat(e.recordId()).isEqualTo(outside.id().toString());
      assertThat(e.outcome()).isEqualTo("refused");
    });
  }

  @Test
  void viewingACandidateFileIsAuditedWithWhoWhatAndFromWhere() {
    UUID candidate = live(api.login("office1"), RecordType.CANDIDATE).get(0).id();
    OfficeClient office = loggedIn("office1");

    Page file = office.get("/office/kandidaten/" + candidate);

    assertThat(file.status()).isEqualTo(200);
    assertThat(file.text()).contains("Tijdlijn").contains("Participatieladder").contains("Plan van aanpak");
    List<AuditEvent> views = auditEvents.findByTenantIdOrderByAt("overbetuwe").stream()
        .filter(e -> e.action().equals("office.view-candidate") && candidate.toString().equals(e.recordId()))
        .toList();
    assertThat(views).last().satisfies(e -> {
      assertThat(e.userId()).isEqualTo(user("office1").toString());
      assertThat(e.recordType()).isEqualTo("candidate");
      assertThat(e.outcome()).isEqualTo("ok");
      assertThat(e.remoteAddress()).isNotBlank();
      assertThat(e.at()).isNotNull();
    });
  }

  @Test
  void aDeletedRecordLeavesNoEntryOnTheCandidatesTimeline() {
    Session carla = api.login("coach2");
    Candidate c = inCaseloadOf(carla, "Tijdlijn");
    Placement kept = volunteering(c.id(), carla.user(), "Kringloop De Linge");
    Placement withdrawn = volunteering(c.id(), carla.user(), "Buurthuis De Stek");
    assertApplied(api.push(carla, ApiClient.create(RecordType.PLACEMENT, kept),
        ApiClient.create(RecordType.PLACEMENT, withdrawn)));
    assertApplied(api.push(carla, new Mutation(Ids.newId(), RecordType.PLACEMENT, withdrawn.id(), MutationKind.DELETE,
        1, null, List.of(), java.time.Instant.now())));

    String page = loggedIn("office1").get("/office/kandidaten/" + c.id()).text();

    assertThat(page).contains("Kringloop De Linge").doesNotContain("Buurthuis De Stek");
    assertThat(page.split("data-kind=\"placement\"", -1)).as("one placement entry").hasSize(2);
  }

  @Test
  void anEndedPlacementShowsItsEvaluationOnTheCandidatesPage() {
    Session carla = api.login("coach2");
    Candidate c = inCaseloadOf(carla, "Effect");
    Placement running = volunteering(c.id(), carla.user(), "Kringloop De Linge");
    // 003 §1B: the experienced effect for the candidate and for the professional, when it ends.
    Placement ended = new Placement(running.id(), c.id(), running.kind(), null, null, running.organisation(), running.role(),
        null, null, running.startDate(), running.plannedEndDate(), today().minusDays(1),
        PlacementEndReason.STOPPED_BY_CANDIDATE, running.hoursPerWeek(), null, false, List.of(), null, carla.user(),
        new PlacementEvaluation(EvaluationOutcome.PARTLY_REACHED, 2, 4, "Wil liever buiten werken.", carla.user(),
            java.time.Instant.now().minusSeconds(60)));
    assertApplied(api.push(carla, ApiClient.create(RecordType.PLACEMENT, ended)));

    String page = loggedIn("office1").get("/office/kandidaten/" + c.id()).text();

    assertThat(page).contains("evaluatie: deels bereikt (kandidaat 2/5, professional 4/5)")
        .contains("Wil liever buiten werken.").doesNotContain("PARTLY_REACHED");
  }

  @Test
  void aPlacementShowsItsDisplacementCheckOnTheCandidatesPage() {
    Session carla = api.login("coach2");
    Candidate c = inCaseloadOf(carla, "Verdringing");
    // 001 §2.1.3: placed only where it displaces nobody; the office sees that it was checked, and what was found.
    Placement checked = volunteering(c.id(), carla.user(), "Kringloop De Linge").withDisplacementCheck(
        new DisplacementCheck(today().minusWeeks(4), carla.user(), "Extra handen naast de vaste ploeg; niemand vervangen."));
    assertApplied(api.push(carla, ApiClient.create(RecordType.PLACEMENT, checked)));

    String page = loggedIn("office1").get("/office/kandidaten/" + c.id()).text();

    assertThat(page).contains("verdringing uitgesloten op").contains("Extra handen naast de vaste ploeg; niemand vervangen.");
  }

  /** A new candidate in this coach's caseload, registered by the office. */
  private Candidate inCaseloadOf(Session coach, String firstName) {
    Candidate c = candidate(firstName, "Proef" + suffix(), user("casemanager1"), List.of(coach.user()));
    assertApplied(api.push(api.login("office1"), ApiClient.create(RecordType.CANDIDATE, c)));
    return c;
  }

  private static Placement volunteering(UUID candidate, UUID coach, String organisation) {
    LocalDate start = today().minusWeeks(3);
    return new Placement(Ids.newId(), candidate, PlacementKind.VOLUNTEERING, null, null, organisation, "Vrijwilliger",
        null, null, start, start.plusMonths(6), null, null, new BigDecimal("8"), null, false, List.of(), null, coach);
  }
}
