package nl.trede.server.office.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.trede.domain.Ids;
import nl.trede.domain.Violation;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.contact.LocationType;
import nl.trede.domain.contact.WorkplaceSignal;
import nl.trede.server.support.ApiClient;
import nl.trede.server.support.ApiClient.Session;
import nl.trede.server.support.OfficeClient;
import nl.trede.server.support.WorkspaceContract;
import nl.trede.sync.MutationResult;
import nl.trede.sync.RecordChange;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;

/**
 * A jobcoach's signal from the workplace reaches the case manager (002 §3.4.3: "De jobcoaches houden
 * onze uitvoeringsprofessionals op de hoogte van zaken die spelen op de werkvloer, bijvoorbeeld
 * dreigend baanverlies of als er behoefte is aan training of ondersteuning"; decision 0068). Pushed
 * through the sync API as a device does; read in the console by who reaches the file, and by nobody
 * else. Run once per database by the subclasses.
 */
abstract class WorkplaceSignalsContract extends WorkspaceContract {
  private static final Set<WorkplaceSignal> JOB_LOSS = Set.of(WorkplaceSignal.THREATENED_JOB_LOSS);
  private static final Set<WorkplaceSignal> TRAINING = Set.of(WorkplaceSignal.TRAINING_OR_SUPPORT_NEED);

  /**
   * Two files Dirk Visser coaches: Fatima El Amrani's (casemanager1), where he signals threatened job
   * loss three days ago, and one without a case manager, outside her caseload, where he signals a need
   * for training two days ago.
   */
  private record Coached(String family, Candidate fatimas, Candidate another, Contact jobLoss, Contact training,
      Session dirk) {}

  private Coached coached() {
    String family = "Werkvloer" + suffix();
    Session office = api.login("office1");
    Session dirk = api.login("jobcoach1");
    Candidate fatimas = candidate("Joop", family, user("casemanager1"), List.of(dirk.user()));
    Candidate another = candidate("Kees", family, null, List.of(dirk.user()));
    assertApplied(api.push(office, ApiClient.create(RecordType.CANDIDATE, fatimas),
        ApiClient.create(RecordType.CANDIDATE, another)));
    Contact jobLoss = atWork(fatimas.id(), dirk.user(), 3, JOB_LOSS, null);
    Contact training = atWork(another.id(), dirk.user(), 2, TRAINING, null);
    assertApplied(api.push(dirk, ApiClient.create(RecordType.CONTACT, jobLoss),
        ApiClient.create(RecordType.CONTACT, training)));
    return new Coached(family, fatimas, another, jobLoss, training, dirk);
  }

  private static Contact atWork(UUID candidate, UUID author, int daysAgo, Set<WorkplaceSignal> signals, UUID corrects) {
    return new Contact(Ids.newId(), candidate, null, author, LocationType.WORKPLACE,
        today().minusDays(daysAgo).atTime(10, 0).atZone(ZONE).toInstant(), 30, "leidinggevende",
        "Te vaak te laat; het contract wordt misschien niet verlengd", null, null, false, false, corrects, false,
        signals);
  }

  @Test
  void aJobcoachsSignalReachesTheCaseManagerOfTheFileAndNobodyWhoDoesNotReachIt() {
    Coached c = coached();
    OfficeClient fatima = loggedIn("casemanager1");
    OfficeClient office = loggedIn("office1");
    OfficeClient neighbour = loggedIn("casemanager-dalfsen");

    String hers = section(fatima.get("/office/kandidaten").text(), "work-signals");
    String all = section(office.get("/office/kandidaten").text(), "work-signals");
    String file = text(fatima.get("/office/kandidaten/" + c.fatimas().id()));
    String day = dayText(3);

    assertThat(hers).contains(c.fatimas().id().toString()).contains("Dreigend baanverlies")
        .contains("gemeld door Dirk Visser op " + day).doesNotContain(c.another().id().toString());
    assertThat(all).contains(c.fatimas().id().toString()).contains(c.another().id().toString())
        .contains("Behoefte aan training of ondersteuning");
    assertThat(section(neighbour.get("/office/kandidaten").text(), "work-signals")).doesNotContain(c.family());
    assertThat(file).contains("Dreigend baanverlies: gemeld door Dirk Visser op " + day
        + ". De klantmanager sprak de kandidaat daarna nog niet.");
    assertThat(fatima.get("/office/kandidaten/" + c.fatimas().id()).text())
        .as("the contact on the timeline carries its badge").contains("<span class=\"badge signal\">Dreigend baanverlies</span>");
    assertThat(fatima.get("/office/kandidaten/" + c.another().id()).status()).as("outside her caseload").isEqualTo(404);
    assertThat(text(office.get("/office/kandidaten/" + c.another().id())))
        .contains("Behoefte aan training of ondersteuning: gemeld door Dirk Visser");
    // Her phone receives the signal with the contact.
    RecordChange pulled = ApiClient.latest(api.pullAll(api.login("casemanager1")), c.jobLoss().id());
    assertThat(pulled.data().get("signals").toString()).isEqualTo("[\"THREATENED_JOB_LOSS\"]");
  }

  @Test
  void theCaseManagersLaterContactAnswersItACorrectionWithoutItTakesItOffAndTheVisitLogKeepsBoth() {
    Coached c = coached();
    Session fatimasPhone = api.login("casemanager1");
    assertApplied(api.push(fatimasPhone, ApiClient.create(RecordType.CONTACT,
        contact(c.fatimas().id(), fatimasPhone.user(), LocationType.PHONE, 1, false, null))));
    Contact corrected = atWork(c.another().id(), c.dirk().user(), 2, Set.of(), c.training().id());
    assertApplied(api.push(c.dirk(), ApiClient.create(RecordType.CONTACT, corrected)));
    OfficeClient office = loggedIn("office1");
    OfficeClient fatima = loggedIn("casemanager1");

    assertThat(section(office.get("/office/kandidaten").text(), "work-signals")).doesNotContain(c.family());
    assertThat(text(office.get("/office/kandidaten/" + c.fatimas().id()))).doesNotContain("gemeld door Dirk Visser");
    OfficeClient.Page logged = office.get("/office/bezoekverslagen?signal=1&name=" + c.family());
    assertThat(rowIds(logged)).as("every contact that carries a signal, the corrected one struck")
        .containsExactlyInAnyOrder(c.jobLoss().id().toString(), c.training().id().toString());
    assertThat(rowTag(logged.text(), c.training().id())).contains("superseded");
    assertThat(rowIds(fatima.get("/office/bezoekverslagen?signal=1&name=" + c.family())))
        .as("only the files she reaches").containsExactly(c.jobLoss().id().toString());
    OfficeClient.Page csv = office.get("/office/bezoekverslagen/export.csv?signal=1&name=" + c.family());
    assertThat(csv.text()).contains("Signaal van de werkplek").contains("Dreigend baanverlies");
  }

  @Test
  void aSignalWithoutACandidateIsRefusedNamingTheFieldAndAContactWithoutOneStaysOffTheList() {
    Session dirk = api.login("jobcoach1");
    UUID employer = UUID.randomUUID();
    Contact aboutNobody = new Contact(Ids.newId(), null, employer, dirk.user(), LocationType.WORKPLACE,
        today().minusDays(1).atTime(10, 0).atZone(ZONE).toInstant(), 30, null, "Gesprek met de werkgever", null, null,
        false, false, null, false, JOB_LOSS);
    Coached c = coached();
    Contact plain = atWork(c.fatimas().id(), c.dirk().user(), 1, Set.of(), null);

    List<MutationResult> refused = api.push(dirk, ApiClient.create(RecordType.CONTACT, aboutNobody));
    assertApplied(api.push(c.dirk(), ApiClient.create(RecordType.CONTACT, plain)));

    assertThat(refused).singleElement().isInstanceOf(MutationResult.Rejected.class);
    assertThat(((MutationResult.Rejected) refused.get(0)).violations()).extracting(Violation::field, Violation::rule)
        .contains(org.assertj.core.groups.Tuple.tuple("signals", "candidate-required"));
    assertThat(ApiClient.create(RecordType.CONTACT, plain).fields().has("signals"))
        .as("a contact without a signal travels without the field, as from an older app").isFalse();
    assertThat(rowIds(loggedIn("office1").get("/office/bezoekverslagen?signal=1&name=" + c.family())))
        .doesNotContain(plain.id().toString());
  }

  private static String dayText(int daysAgo) {
    return today().minusDays(daysAgo).format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"));
  }

  /** The html of the element with this id up to its closing section; empty when the page has none. */
  private static String section(String html, String id) {
    int start = html.indexOf("id=\"" + id + "\"");
    return start < 0 ? "" : html.substring(start, html.indexOf("</section>", start));
  }
}
