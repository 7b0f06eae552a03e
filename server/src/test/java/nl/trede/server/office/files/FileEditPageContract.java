package nl.trede.server.office.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.server.support.ApiClient;
import nl.trede.server.support.ApiClient.Session;
import nl.trede.server.support.FormFields;
import nl.trede.server.support.OfficeClient;
import nl.trede.server.support.OfficeClient.Page;
import nl.trede.server.support.WorkspaceContract;
import nl.trede.sync.MutationResult;
import nl.trede.sync.RecordChange;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;

/**
 * Dossier bewerken: everything the record holds besides who carries it, written through sync on the
 * version the form showed, only what changed; rule errors next to their fields with nothing written;
 * the timeline shows every change field by field in Dutch. Run once per database by the subclasses.
 */
abstract class FileEditPageContract extends WorkspaceContract {
  private UUID fileOfCarla(OfficeClient console) {
    Map<String, List<String>> f = intake(console, "Lisa", "Bewerk" + suffix(), "1985-02-02");
    return register(console, FormFields.with(FormFields.with(f, "coachIds", user("coach2").toString()),
        "classification.spoor", "groei"));
  }

  private static String edit(UUID id) {
    return "/office/kandidaten/" + id + "/bewerken";
  }

  @Test
  void thePlanFlagsExemptionsAndHoursAreSavedAndTheCoachsDeviceReceivesThem() {
    OfficeClient fatima = loggedIn("casemanager1");
    UUID id = fileOfCarla(fatima);
    Session carla = api.login("coach2");
    String cursor = api.pullAll(carla).cursor();
    Map<String, List<String>> f = form(fatima, edit(id), "file-form");
    f = FormFields.with(f, "plan.goals", "Binnen een jaar betaald werk in de zorg");
    f = FormFields.with(f, "plan.support", "Taaltraject en een werkervaringsplaats");
    f = FormFields.with(f, "plan.expectedDurationMonths", "12");
    f = FormFields.with(f, "plan.contactFrequencyDays", "14");
    f = FormFields.with(f, "plan.justification", "Integrale aanpak in plaats van een maatregel");
    f = FormFields.with(f, "flags", "WAGE_COST_SUBSIDY", "TARGET_GROUP_REGISTER");
    f = FormFields.with(f, "wageValuePercent", "60");
    f = FormFields.with(f, "exemptions[0].kind", "JOB_APPLICATION_DUTY");
    f = FormFields.with(f, "exemptions[0].reason", "Tijdelijke medische beperking");
    f = FormFields.with(f, "exemptions[0].from", today().minusMonths(1).toString());
    f = FormFields.with(f, "exemptions[0].until", today().plusMonths(5).toString());
    f = FormFields.with(f, "participation.VOLUNTEERING", "12,5");

    Page saved = fatima.postForm(edit(id), f);
    RecordChange received = ApiClient.latest(api.pullAll(carla, cursor), id);

    assertThat(saved.location()).endsWith("?result=saved");
    assertThat(received.data().get("plan").get("goals").asText()).isEqualTo("Binnen een jaar betaald werk in de zorg");
    assertThat(received.data().get("plan").get("contactFrequencyDays").asInt()).isEqualTo(14);
    assertThat(received.data().get("flags").toString()).contains("WAGE_COST_SUBSIDY", "TARGET_GROUP_REGISTER");
    assertThat(received.data().get("wageValuePercent").asInt()).isEqualTo(60);
    assertThat(received.data().get("exemptions").get(0).get("from").asText()).isEqualTo(today().minusMonths(1).toString());
    assertThat(received.data().get("participation").get(0).get("hoursPerWeek").decimalValue())
        .isEqualByComparingTo("12.5");
    String timeline = text(fatima.get("/office/kandidaten/" + id));
    assertThat(timeline).contains("Dossier gewijzigd").contains("Plan van aanpak · doelen")
        .contains("Binnen een jaar betaald werk in de zorg").contains("doelgroepregister, loonkostensubsidie")
        .contains("Vrijstelling sollicitatieplicht: Tijdelijke medische beperking").contains("12,5 uur per week")
        .doesNotContain("WAGE_COST_SUBSIDY").doesNotContain("JOB_APPLICATION_DUTY").doesNotContain("VOLUNTEERING");
  }

  /**
   * A file from before the kind of benefit (pushed by a device that does not know it) shows bijstand,
   * as it reads; saved with other changes it stays unrecorded, and a kind chosen is sent and shown
   * (decision 0067).
   */
  @Test
  void aFileWithoutARecordedKindShowsBijstandStaysUnrecordedWhenLeftAndTakesAKindChosen() {
    OfficeClient fatima = loggedIn("casemanager1");
    Session carla = api.login("coach2");
    // Registered on a case manager's device that does not know the kind: none recorded.
    nl.trede.domain.candidate.Candidate old = candidate("Oud", "Dossier" + suffix(), user("casemanager1"),
        List.of(carla.user()));
    assertThat(api.push(api.login("casemanager1"), ApiClient.create(RecordType.CANDIDATE, old)).get(0))
        .isInstanceOf(MutationResult.Applied.class);
    Map<String, List<String>> f = form(fatima, edit(old.id()), "file-form");
    assertThat(f.get("benefitKind")).containsExactly("BIJSTAND");
    assertThat(text(fatima.get("/office/kandidaten/" + old.id()))).contains("Bijstand (Participatiewet), sinds");

    assertThat(fatima.postForm(edit(old.id()), FormFields.with(f, "phone", "06-33334444")).location())
        .endsWith("?result=saved");
    RecordChange left = ApiClient.latest(api.pullAll(carla), old.id());
    assertThat(left.data().get("phone").asText()).isEqualTo("06-33334444");
    assertThat(left.data().hasNonNull("benefitKind")).as("not written because it was shown").isFalse();

    f = form(fatima, edit(old.id()), "file-form");
    assertThat(fatima.postForm(edit(old.id()), FormFields.with(f, "benefitKind", "IOAZ")).location())
        .endsWith("?result=saved");
    assertThat(ApiClient.latest(api.pullAll(carla), old.id()).data().get("benefitKind").asText()).isEqualTo("IOAZ");
    String page = text(fatima.get("/office/kandidaten/" + old.id()));
    assertThat(page).contains("IOAZ, sinds").contains("Soort uitkering");
  }

  @Test
  void aStaleFormSendsOnlyWhatTheUserChangedAndTheSameFieldChangedMeanwhileBecomesAConflict() {
    OfficeClient fatima = loggedIn("casemanager1");
    UUID id = fileOfCarla(fatima);
    Map<String, List<String>> stale = form(fatima, edit(id), "file-form");
    Session carla = api.login("coach2");
    // Meanwhile the coach, in the field, changes the phone number and the address.
    assertThat(api.push(carla, ApiClient.update(RecordType.CANDIDATE, id, 1, ApiClient.fields()
        .put("phone", "06-22223333").put("address", "Kerkstraat 1, Elst"))).get(0))
        .isInstanceOf(MutationResult.Applied.class);

    Page saved = fatima.postForm(edit(id), FormFields.with(FormFields.with(stale, "address", "Dorpsstraat 9, Elst"),
        "plan.goals", "Vrijwilligerswerk"));
    RecordChange now = ApiClient.latest(api.pullAll(carla), id);

    assertThat(saved.location()).endsWith("?result=conflict");
    assertThat(now.data().get("phone").asText()).as("not sent back as if the form had changed it").isEqualTo("06-22223333");
    assertThat(now.data().get("address").asText()).as("the coach's value stays until someone chooses")
        .isEqualTo("Kerkstraat 1, Elst");
    assertThat(now.data().get("plan").get("goals").asText()).isEqualTo("Vrijwilligerswerk");
    assertThat(now.conflicts()).singleElement().satisfies(c -> {
      assertThat(c.field()).isEqualTo("address");
      assertThat(c.deviceValue().asText()).isEqualTo("Dorpsstraat 9, Elst");
    });
    assertThat(text(fatima.get("/office/conflicten"))).contains("Dorpsstraat 9, Elst").contains("Kerkstraat 1, Elst");
  }

  @Test
  void twoConsoleUsersChangingTheSameFieldOnTheSameVersionConflict() {
    OfficeClient office = loggedIn("office1");
    OfficeClient admin = loggedIn("admin1");
    UUID id = fileOfCarla(office);
    Map<String, List<String>> officeForm = form(office, edit(id), "file-form");
    Map<String, List<String>> adminForm = form(admin, edit(id), "file-form");

    Page first = admin.postForm(edit(id), FormFields.with(adminForm, "plan.goals", "Doel van de beheerder"));
    Page second = office.postForm(edit(id), FormFields.with(officeForm, "plan.goals", "Doel van kantoor"));

    assertThat(first.location()).endsWith("?result=saved");
    assertThat(second.location()).as("not a silent overwrite").endsWith("?result=conflict");
    assertThat(text(office.get("/office/conflicten"))).contains("Doel van de beheerder").contains("Doel van kantoor")
        .contains("Doelen: Doel van kantoor").doesNotContain("\"goals\"");
  }

  @Test
  void aRuleBrokenIsNamedNextToItsFieldAndNothingOfTheFormIsWritten() {
    OfficeClient fatima = loggedIn("casemanager1");
    UUID id = fileOfCarla(fatima);
    Map<String, List<String>> f = form(fatima, edit(id), "file-form");
    f = FormFields.with(f, "plan.goals", "Dit mag niet half worden opgeslagen");
    f = FormFields.with(f, "plan.contactFrequencyDays", "400");
    f = FormFields.with(f, "wageValuePercent", "150");
    f = FormFields.with(f, "exemptions[0].kind", "WORK_AND_REINTEGRATION_DUTY");
    f = FormFields.with(f, "languageLevel", "Z9");

    Page refused = fatima.postForm(edit(id), f);
    Page file = fatima.get("/office/kandidaten/" + id);

    assertThat(refused.status()).isEqualTo(422);
    assertThat(errors(refused)).containsEntry("plan.contactFrequencyDays", "Moet tussen 1 en 365 liggen.")
        .containsEntry("wageValuePercent", "Moet tussen 0 en 100 liggen.")
        .containsEntry("exemptions[0].reason", "Vul dit in.").containsEntry("languageLevel", "Kies een taalniveau van A1 tot C2.");
    assertThat(text(file)).doesNotContain("Dit mag niet half worden opgeslagen").doesNotContain("Dossier gewijzigd");
  }

  @Test
  void aFileOutsideTheCaseManagersCaseloadCannotBeOpenedOrEditedFromTheConsole() {
    OfficeClient office = loggedIn("office1");
    OfficeClient fatima = loggedIn("casemanager1");
    Map<String, List<String>> f = FormFields.with(intake(office, "Olga", "Elders" + suffix(), "1980-01-01"),
        "caseManagerId", "");
    UUID id = register(office, FormFields.with(f, "coachIds", user("coach2").toString()));
    Map<String, List<String>> officeForm = form(office, edit(id), "file-form");

    Page open = fatima.get(edit(id));
    Page post = fatima.postForm(edit(id), FormFields.with(FormFields.with(officeForm, "_csrf", fatima.csrf()),
        "plan.goals", "Niet van mij"));

    assertThat(open.status()).isEqualTo(404);
    assertThat(post.status()).isEqualTo(404);
    assertThat(text(office.get("/office/kandidaten/" + id))).doesNotContain("Niet van mij");
  }
}
