package nl.trede.server.setup;

import static nl.trede.server.support.ImportPages.csv;
import static nl.trede.server.support.ImportPages.problems;
import static nl.trede.server.support.ImportPages.runImport;
import static nl.trede.server.support.ImportPages.upload;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.domain.Ids;
import nl.trede.domain.contact.LocationType;
import nl.trede.domain.ladder.LadderStep;
import nl.trede.server.support.ApiClient;
import nl.trede.server.support.ApiClient.Session;
import nl.trede.server.support.FormFields;
import nl.trede.server.support.OfficeClient;
import nl.trede.server.support.OfficeClient.Page;
import nl.trede.server.support.PeoplePages;
import nl.trede.server.support.PeoplePages.Made;
import nl.trede.server.support.TestDatabases;
import nl.trede.server.support.WorkspaceContract;
import nl.trede.sync.RecordChange;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;

/**
 * Day one of a municipality (issue 13, "Done means"): a real server on an empty database with only
 * the operator's setup, the demo off and the installation's default of a second factor for office
 * and admin. From there everything goes through HTTP as people do it: the admin's first login (own
 * password, authenticator app), a case manager and a coach made on the Gebruikers page (each chooses
 * a password), the existing files imported with the template's columns, the coach put on files by
 * the case manager, the coach's phone pulling them and recording a step and a visit, and Overbetuwe's
 * goal "Groeigroep maakt een stap op de participatieladder" on the dashboard counting exactly that.
 * Skip any step and the figure (or the step before it) is wrong. Run on SQLite and PostgreSQL.
 */
abstract class DayOneContract extends WorkspaceContract {
  static final String ADMIN = "beheer.overbetuwe";
  static final String FIRST_PASSWORD = "wachtwoord van de installatie";
  static final String GOAL = "Groeigroep maakt een stap op de participatieladder";
  /**
   * The server runs on the real clock (a mock clock would make the test instance a bean the server
   * needs at startup, before the injected client can exist); one enrolment is one code, which the
   * server takes within a step of tolerance.
   */
  private static final Clock CLOCK = Clock.systemUTC();

  /** The properties of a fresh database of the subclass's kind. */
  protected abstract Map<String, String> database();

  @Override
  public Map<String, String> getProperties() {
    return TestDatabases.withSetup(TestDatabases.installation(database()), "overbetuwe", ADMIN, FIRST_PASSWORD);
  }

  @Test
  void aMunicipalityStartedOnAnEmptyDatabaseIsRunThroughItsScreensAndItsGoalCountsWhatWasEnteredThere() {
    assertThat(api.loginAnswer("admin1", "trede-demo", Ids.newId(), null).status()).as("no demo").isEqualTo(401);
    OfficeClient admin = firstLoginOfTheAdmin();
    Made caseManager = PeoplePages.create(admin, "CASE_MANAGER");
    Made coach = PeoplePages.create(admin, "PARTICIPATION_COACH");
    OfficeClient fatima = firstConsoleLogin(caseManager, "wachtwoord van de klantmanager");
    Session phone = PeoplePages.appUser(api, coach, "wachtwoord van de coach");

    importFiles(admin, caseManager.username());
    List<String> files = rowIds(fatima.get("/office/kandidaten"));
    assertThat(files).as("the imported files, in the case manager's caseload").hasSize(3);
    UUID climber = UUID.fromString(files.get(0));
    UUID visited = UUID.fromString(files.get(1));
    for (UUID file : List.of(climber, visited)) {
      String assign = "/office/kandidaten/" + file + "/toewijzen";
      Page saved = fatima.postForm(assign, FormFields.with(form(fatima, assign, "assign-form"), "coachIds", coach.id()));
      assertThat(saved.location()).as("assigned " + file).endsWith("?result=assigned");
    }

    List<UUID> pulled = api.pullAll(phone).changes().stream().filter(c -> c.type() == RecordType.CANDIDATE)
        .map(RecordChange::id).distinct().toList();
    assertThat(pulled).as("the coach's phone holds the files they were put on").containsExactlyInAnyOrder(climber, visited);
    LocalDate today = today();
    assertApplied(api.push(phone,
        ApiClient.create(RecordType.LADDER_STEP, step(climber, null, 2, today.minusDays(1), phone)),
        ApiClient.create(RecordType.LADDER_STEP, step(climber, 2, 3, today, phone)),
        ApiClient.create(RecordType.LADDER_STEP, step(visited, null, 2, today, phone)),
        ApiClient.create(RecordType.CONTACT, contact(visited, phone.user(), LocationType.HOME, 0, false, null))));

    // Three files in the growth track on benefit; one went up a rung (an intake is no step).
    String[] goal = panelCsv(admin, admin.get("/office/monitoring/doelen"), "doelen").stream()
        .filter(row -> row[0].equals(GOAL)).findFirst().orElseThrow();
    assertThat(goal[2]).as("in the group").isEqualTo("3");
    assertThat(goal[3]).as("made a step").isEqualTo("1");
    assertThat(goal[1]).startsWith("1 van de 3 ");
  }

  /** The setup's password, a password of their own, the authenticator app: then the console opens. */
  private OfficeClient firstLoginOfTheAdmin() {
    OfficeClient admin = browser();
    assertThat(admin.login(ADMIN, FIRST_PASSWORD).location()).isEqualTo("/office/login/wachtwoord");
    assertThat(admin.get("/office/beheer/gebruikers").status()).as("nothing before the new password").isEqualTo(303);
    assertThat(PeoplePages.choosePassword(admin, "het eigen wachtwoord van de beheerder").location())
        .isEqualTo("/office/login/instellen");
    PeoplePages.enrolled(admin, CLOCK);
    assertThat(admin.get("/office/beheer/gebruikers").status()).isEqualTo(200);
    assertThat(browser().login(ADMIN, FIRST_PASSWORD).status()).as("the setup's password is gone").isNotEqualTo(303);
    return admin;
  }

  private OfficeClient firstConsoleLogin(Made made, String password) {
    OfficeClient console = browser();
    assertThat(console.login(made.username(), made.password()).location()).isEqualTo("/office/login/wachtwoord");
    assertThat(PeoplePages.choosePassword(console, password).status()).isEqualTo(303);
    assertThat(console.get("/office/kandidaten").status()).isEqualTo(200);
    return console;
  }

  /** Three existing files in the growth track, on benefit, with their case manager: checked, then imported. */
  private static void importFiles(OfficeClient office, String caseManager) {
    String template = new String(office.get("/office/import/sjabloon.csv").bytes(), StandardCharsets.UTF_8);
    List<String> headers = List.of(template.replace("\uFEFF", "").lines().findFirst().orElseThrow().split(";", -1));
    List<List<String>> rows = List.of(
        row(headers, Map.of("Dossiernummer", "2019-001", "Voornaam", "Mila", "Achternaam", "Bosman",
            "Geboortedatum", "14-02-1988", "Klantmanager", caseManager, "Uitkering sinds", "01-03-2023",
            "Spoor", "Focus op groei")),
        row(headers, Map.of("Dossiernummer", "2020-017", "Voornaam", "Sem", "Achternaam", "Kuipers",
            "Geboortedatum", "30-09-1979", "Klantmanager", caseManager, "Uitkering sinds", "15-11-2022",
            "Spoor", "Focus op groei")),
        row(headers, Map.of("Dossiernummer", "2021-105", "Voornaam", "Noor", "Achternaam", "Hendriks",
            "Geboortedatum", "07-07-1995", "Klantmanager", caseManager, "Uitkering sinds", "01-01-2024",
            "Spoor", "Focus op groei")));
    Page checked = upload(office, "bestaande-dossiers.csv", csv(headers, rows));
    assertThat(problems(checked)).as("the dry run").isEmpty();
    Page imported = runImport(office, checked);
    assertThat(imported.status()).as(String.join(", ", problems(imported))).isEqualTo(200);
  }

  /** A row in the template's own column order; the columns not named stay empty. */
  private static List<String> row(List<String> headers, Map<String, String> values) {
    assertThat(headers).containsAll(values.keySet());
    return headers.stream().map(h -> values.getOrDefault(h, "")).toList();
  }

  private static LadderStep step(UUID file, Integer from, int to, LocalDate day, Session coach) {
    return new LadderStep(Ids.newId(), file, from, to, day, from == null ? "Intake" : "Stap gezet", coach.user(), null);
  }
}
