package nl.trede.server.office.files;

import nl.trede.server.support.ApiClient;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.server.audit.AuditEvent;
import nl.trede.server.support.ApiClient.Session;
import nl.trede.server.support.FormFields;
import nl.trede.server.support.OfficeClient;
import nl.trede.server.support.OfficeClient.Page;
import nl.trede.server.support.WorkspaceContract;
import nl.trede.domain.Ids;
import nl.trede.domain.ladder.LadderStep;
import nl.trede.sync.MutationResult;
import nl.trede.sync.PullPage;
import nl.trede.sync.RecordChange;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;

/**
 * Nieuw dossier (intake): a file made in the console reaches its case manager's and coaches'
 * devices through sync; every rule broken is named next to its field and nothing is written; a
 * possible duplicate is shown before anything is made. Run once per database by the subclasses.
 */
abstract class IntakePageContract extends WorkspaceContract {
  @Test
  void aFileRegisteredInTheConsoleReachesItsCoachesDeviceAndIsAudited() {
    OfficeClient fatima = loggedIn("casemanager1");
    Session carla = api.login("coach2");
    String carlasCursor = api.pullAll(carla).cursor();
    Map<String, List<String>> f = intake(fatima, "Noor", "Intake" + suffix(), "1992-03-14");
    f = FormFields.with(f, "coachIds", user("coach2").toString());
    f = FormFields.with(f, "classification.spoor", "groei");
    f = FormFields.with(f, "phone", "06-12345678");

    UUID id = register(fatima, f);
    PullPage received = api.pullAll(carla, carlasCursor);

    RecordChange file = ApiClient.latest(received, id);
    assertThat(file).as("the coach's device receives the new file").isNotNull();
    assertThat(file.data().get("caseManagerId").asText()).as("the registering case manager by default")
        .isEqualTo(user("casemanager1").toString());
    assertThat(file.data().get("classification").get("spoor").asText()).isEqualTo("groei");
    assertThat(file.data().get("inflow").get("reason").asText()).isEqualTo("NEW_APPLICATION");
    Page page = fatima.get("/office/kandidaten/" + id + "?result=registered");
    assertThat(text(page)).contains("Het dossier is aangemaakt").contains("Dossier aangemaakt")
        .contains("Focus op groei");
    assertThat(auditEvents.findByTenantIdOrderByAt("overbetuwe")).filteredOn(e -> id.toString().equals(e.recordId()))
        .extracting(AuditEvent::action).contains("office.register-file", "sync.create");
  }

  @Test
  void aTrackTheFilesRungIsOffIsMarkedOnTheFileWithTheTrackTheRungBelongsWith() {
    // overbetuwe.yml ties the tracks to rungs (000 §4: "Focus op werk ... sluit aan bij de treden vijf en zes").
    OfficeClient fatima = loggedIn("casemanager1");
    Map<String, List<String>> f = intake(fatima, "Tim", "Spoor" + suffix(), "1988-06-02");
    f = FormFields.with(f, "coachIds", user("coach1").toString());
    f = FormFields.with(f, "classification.spoor", "werk");
    UUID id = register(fatima, f);
    assertThat(text(fatima.get("/office/kandidaten/" + id))).as("no rung yet: nothing to flag")
        .contains("Focus op werk").doesNotContain("past niet bij trede");

    Session coach = api.login("coach1");
    assertThat(api.push(coach, ApiClient.create(RecordType.LADDER_STEP, new LadderStep(Ids.newId(), id, null, 3,
        today(), "Intake", coach.user(), null)))).allMatch(r -> r instanceof MutationResult.Applied);

    assertThat(text(fatima.get("/office/kandidaten/" + id)))
        .contains("Focus op werk").contains("past niet bij trede 3: hoort bij Focus op groei");
  }

  @Test
  void noBenefitIsAChoiceOfItsOwnAndNoClassificationIsNotYetClassified() {
    OfficeClient office = loggedIn("office1");
    Map<String, List<String>> f = intake(office, "Wim", "Werk" + suffix(), "1975-01-30");
    f = FormFields.with(f, "benefit", "none");
    f = FormFields.with(f, "benefitStartDate", "");
    f = FormFields.with(f, "inflow.reason", "WORK_TO_WORK");

    UUID id = register(office, f);

    assertThat(text(office.get("/office/kandidaten/" + id))).contains("geen uitkering").contains("Nog niet ingedeeld")
        .contains("Van werk naar werk");
  }

  /**
   * Decision 0067: the intake records the law the benefit is paid under, bijstand to start with; the
   * coach's device receives it and the file and the list show it (002 §5.3 thema 6 "Aanpak motivatie
   * doelgroep met IOAW/IOAZ"). "Geen uitkering" leaves no kind, whatever the choice showed.
   */
  @Test
  void theIntakeRecordsTheKindOfBenefitWhichTheDeviceTheFileAndTheListShow() {
    OfficeClient fatima = loggedIn("casemanager1");
    String family = "Uitkering" + suffix();
    Map<String, List<String>> f = intake(fatima, "Kees", family, "1962-09-03");
    assertThat(f.get("benefitKind")).as("bijstand to start with").containsExactly("BIJSTAND");
    f = FormFields.with(f, "benefitKind", "IOAW");
    f = FormFields.with(f, "coachIds", user("coach1").toString());

    UUID id = register(fatima, f);
    RecordChange received = ApiClient.latest(api.pullAll(api.login("coach1")), id);
    assertThat(received.data().get("benefitKind").asText()).isEqualTo("IOAW");
    String since = today().minusMonths(3).format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"));
    assertThat(text(fatima.get("/office/kandidaten/" + id))).contains("IOAW, sinds " + since + " (3 maanden)");
    assertThat(text(fatima.get("/office/kandidaten?q=" + family))).contains("Soort uitkering").contains(since + " IOAW");

    Map<String, List<String>> none = FormFields.with(intake(fatima, "Wim", "Geen" + suffix(), "1961-01-30"),
        "benefitKind", "IOAZ");
    none = FormFields.with(FormFields.with(none, "benefit", "none"), "benefitStartDate", "");
    UUID without = register(fatima, FormFields.with(none, "inflow.reason", "WORK_TO_WORK"));
    assertThat(ApiClient.latest(api.pullAll(api.login("casemanager1")), without).data().hasNonNull("benefitKind"))
        .as("no benefit, no kind").isFalse();
  }

  @Test
  void everyBrokenRuleIsShownNextToItsFieldInDutchAndNothingIsWritten() {
    OfficeClient office = loggedIn("office1");
    long before = auditEvents.findByTenantIdOrderByAt("overbetuwe").stream()
        .filter(e -> "sync.create".equals(e.action())).count();
    Map<String, List<String>> f = intake(office, "", "Fout" + suffix(), "2019-05-05");
    f = FormFields.with(f, "phone", "bel mij");
    f = FormFields.with(f, "benefitStartDate", "");
    f = FormFields.with(f, "coachIds", user("jobhunter1").toString());

    Page refused = office.postForm("/office/kandidaten/nieuw", f);

    assertThat(refused.status()).isEqualTo(422);
    assertThat(errors(refused)).containsEntry("givenName", "Vul dit in.")
        .containsEntry("phone", "Vul een telefoonnummer in (cijfers, spaties, + en -).")
        .containsEntry("benefitStartDate", "Vul de startdatum van de uitkering in, of kies Geen uitkering.")
        .containsKey("dateOfBirth").containsEntry("coachIds", "Kies iemand van de gemeente met een caseload.");
    assertThat(refused.text()).as("what was typed stays").contains("value=\"bel mij\"");
    assertThat(auditEvents.findByTenantIdOrderByAt("overbetuwe").stream()
        .filter(e -> "sync.create".equals(e.action())).count()).isEqualTo(before);
  }

  @Test
  void aPossibleDuplicateIsShownFirstAndAFileIsMadeOnlyWhenTheUserGoesOn() {
    OfficeClient office = loggedIn("office1");
    String family = "Dubbel" + suffix();
    UUID first = register(office, intake(office, "Sanne", family, "1988-08-08"));
    Map<String, List<String>> again = intake(office, "S.", family, "1988-08-08");

    Page warned = office.postForm("/office/kandidaten/nieuw", again);
    Page stillOne = office.get("/office/kandidaten?q=" + family);
    Page made = office.postForm("/office/kandidaten/nieuw", FormFields.with(again, "confirmed", "1"));

    assertThat(warned.status()).isEqualTo(200);
    assertThat(text(warned)).contains("Bestaat dit dossier al?").contains("Sanne " + family).contains("geboren 08-08-1988");
    assertThat(warned.text()).contains("/office/kandidaten/" + first);
    assertThat(count(stillOne, "Sanne")).isEqualTo(1);
    assertThat(made.status()).isEqualTo(303);
    assertThat(idIn(made.location())).isNotEqualTo(first);
  }

  @Test
  void aFormSentTwiceMakesOneFile() {
    OfficeClient office = loggedIn("office1");
    String family = "Twee" + suffix();
    Map<String, List<String>> f = intake(office, "Tim", family, "1991-09-09");

    UUID first = register(office, f);
    Page second = office.postForm("/office/kandidaten/nieuw", f);

    assertThat(second.status()).isEqualTo(303);
    assertThat(idIn(second.location())).isEqualTo(first);
    assertThat(count(office.get("/office/kandidaten?q=" + family), "Tim")).isEqualTo(1);
  }

  @Test
  void aCaseManagerLearnsOfAPossibleDuplicateOutsideTheirCaseloadOnlyAsACount() {
    OfficeClient office = loggedIn("office1");
    OfficeClient fatima = loggedIn("casemanager1");
    String family = "Elders" + suffix();
    Map<String, List<String>> forCarla = intake(office, "Eva", family, "1970-07-07");
    UUID elsewhere = register(office, FormFields.with(FormFields.with(forCarla, "caseManagerId", ""), "coachIds",
        user("coach2").toString()));

    Page warned = fatima.postForm("/office/kandidaten/nieuw", intake(fatima, "Eva", family, "1970-07-07"));

    assertThat(text(warned)).contains("Er is ook 1 dossier met deze achternaam en geboortedatum dat niet in uw caseload staat")
        .doesNotContain("Eva " + family);
    assertThat(warned.text()).doesNotContain(elsewhere.toString());
  }

  private static long count(Page list, String name) {
    return text(list).split(name, -1).length - 1;
  }
}
