package nl.trede.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import javafx.stage.Stage;
import nl.trede.client.login.Session;
import nl.trede.client.store.LocalStore;
import nl.trede.client.store.SyncState;
import nl.trede.client.support.DemoServerUiTest;
import nl.trede.client.support.FieldUi;
import nl.trede.domain.Colleague;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.referral.Referral;
import nl.trede.domain.referral.ReferralStatus;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The case manager's workspace on a tablet in portrait, driven as a person would, against the real
 * server with its Overbetuwe demo: registering a file and handing it to coaches (whose devices
 * follow), the plan, flags, a referral and closing, all accepted by the server; and what a coach
 * is not offered.
 */
class CaseManagerTabletTest extends DemoServerUiTest {
  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  private FieldUi onTheTablet(FxRobot robot, String user) throws Exception {
    return loggedIn(robot, user, FieldUi.TABLET_WIDTH, FieldUi.TABLET_HEIGHT);
  }

  private UUID colleague(String name) {
    return ui.store().colleagues().stream().filter(c -> c.displayName().equals(name)).map(Colleague::userId)
        .findFirst().orElseThrow(() -> new AssertionError("no colleague " + name + ": " + ui.store().colleagues()));
  }

  private void register(String given, String family, LocalDate born) throws Exception {
    ui.tap("#register-candidate");
    ui.waitFor(() -> "Nieuw dossier".equals(ui.title()));
    ui.type("#given-name", given);
    ui.type("#family-name", family);
    ui.pick("#date-of-birth", born);
    ui.type("#phone", "06-12312312");
    ui.type("#address", "Dorpsstraat 5, Elst");
    ui.choose("#inflow-reason", "nieuwe aanvraag");
    ui.pick("#benefit-start", today().minusWeeks(1));
  }

  @Test
  void aFileRegisteredOnTheTabletAndGivenToCoach1ReachesCoach1sDeviceAndFollowsAReassignment(FxRobot robot)
      throws Exception {
    onTheTablet(robot, "casemanager1");
    register("Lotte", "Brouwer", today().minusYears(28));
    ui.tap("#save");
    ui.waitFor(() -> "Kandidaat".equals(ui.title()) && "Lotte Brouwer".equals(ui.text("#candidate-name")));
    UUID lotte = ui.store().<Candidate>all(RecordType.CANDIDATE).stream()
        .filter(c -> c.displayName().equals("Lotte Brouwer")).findFirst().orElseThrow().id();
    // History before any coach carries the file: the coach who gets it later must get this too.
    ui.tap("#record-contact");
    ui.type("#summary", "Intakegesprek op kantoor: wensen en mogelijkheden besproken.");
    ui.tap("#save");
    ui.waitFor(() -> "Kandidaat".equals(ui.title()));

    UUID coach1 = colleague("Anna de Vries");
    UUID coach2 = colleague("Carla Bakker");
    ui.tap("#assign");
    ui.waitFor(() -> "Klantmanager en coaches".equals(ui.title()));
    ui.check("#coach-" + coach1, true);
    ui.tap("#save");
    ui.waitFor(() -> "Kandidaat".equals(ui.title()));
    assertThat(ui.text("#carried-by")).isEqualTo("Klantmanager: Fatima El Amrani\nCoaches: Anna de Vries");
    assertThat(ui.syncNow().lastError()).isNull();
    assertThat(ui.store().pendingCount()).isZero();
    assertThat(ui.store().find(lotte).orElseThrow().syncState()).isEqualTo(SyncState.SYNCED);

    Session anna = device("coach1");
    sync(anna);
    assertThat(anna.store().candidate(lotte)).as("coach1's phone received the file").isPresent();
    assertThat(anna.store().<Contact>inFile(lotte, RecordType.CONTACT)).extracting(Contact::summary)
        .containsExactly("Intakegesprek op kantoor: wensen en mogelijkheden besproken.");

    // From coach1 to coach2: coach1's phone lets go of the file, coach2's gets it with its history.
    ui.tap("#assign");
    ui.waitFor(() -> "Klantmanager en coaches".equals(ui.title()));
    ui.check("#coach-" + coach1, false);
    ui.check("#coach-" + coach2, true);
    ui.tap("#save");
    ui.waitFor(() -> "Kandidaat".equals(ui.title()));
    assertThat(ui.syncNow().lastError()).isNull();
    sync(anna);
    assertThat(anna.store().candidate(lotte)).as("purged from coach1's phone").isEmpty();
    assertThat(anna.store().<Contact>inFile(lotte, RecordType.CONTACT)).isEmpty();
    Session carla = device("coach2");
    sync(carla);
    assertThat(carla.store().candidate(lotte)).isPresent();
    assertThat(carla.store().<Contact>inFile(lotte, RecordType.CONTACT)).hasSize(1);
    anna.store().close();
    carla.store().close();
  }

  @Test
  void onTheTabletTheIntakeStandsInTwoColumnsAndWarnsOfTheSamePersonOnTheDevice(FxRobot robot) throws Exception {
    onTheTablet(robot, "casemanager1");
    Candidate known = ui.store().<Candidate>all(RecordType.CANDIDATE).get(0);
    register(known.givenName(), known.familyName().toUpperCase(), known.dateOfBirth());

    assertThat(ui.boundsOf("#family-name").getMinY()).as("beside the given name")
        .isEqualTo(ui.boundsOf("#given-name").getMinY());
    assertThat(ui.boundsOf("#family-name").getMinX()).isGreaterThan(ui.boundsOf("#given-name").getMaxX());
    assertThat(ui.visible("#duplicates")).isTrue();
    assertThat(ui.texts()).contains(known.displayName() + ", geboren " + nl.trede.client.ui.kit.Messages.dutch()
        .date(known.dateOfBirth()) + ", staat al op dit toestel.");
    ui.tap("#save");
    assertThat(ui.title()).isEqualTo("Nieuw dossier");
    assertThat(ui.store().pendingCount()).as("nothing registered yet").isZero();

    ui.tap("#open-duplicate-" + known.id());
    ui.waitFor(() -> "Kandidaat".equals(ui.title()) && known.displayName().equals(ui.text("#candidate-name")));
    ui.tap("#back");
    ui.waitFor(() -> "Nieuw dossier".equals(ui.title()));
    ui.type("#given-name", "Noah");
    assertThat(ui.visible("#duplicates")).as("another given name: initials are common, so still asked").isTrue();
    ui.type("#family-name", "Zwartjes");
    ui.waitFor(() -> !ui.visible("#duplicates"));
  }

  @Test
  void planFlagsAReferralAndClosingAreMadeOnTheTabletAndTheServerTakesThemAll(FxRobot robot) throws Exception {
    onTheTablet(robot, "casemanager1");
    // A file without the demo's open conflicts, so whatever the server says is about this work.
    Candidate file = ui.store().<Candidate>all(RecordType.CANDIDATE).stream()
        .filter(c -> c.exit() == null && c.exemptions().isEmpty() && ui.store().conflicts(c.id()).isEmpty())
        .findFirst().orElseThrow();
    int problems = ui.store().problems().size();
    openCandidate(robot, file.id());

    ui.tap("#edit-plan");
    ui.type("#plan-goals", "Werkfit worden via een leerwerkplek");
    ui.type("#plan-frequency", "21");
    ui.type("#plan-justification", "Integrale aanpak: eerst de schulden, geen maatregel.");
    ui.tap("#save");
    ui.waitFor(() -> "Kandidaat".equals(ui.title()));
    assertThat(ui.text("#candidate-plan")).contains("Doel: Werkfit worden via een leerwerkplek", "Contact: elke 21 dagen",
        "Onderbouwing: Integrale aanpak: eerst de schulden, geen maatregel.");

    ui.tap("#edit-flags");
    ui.check("#flag-target-group-register", true);
    ui.tap("#add-exemption");
    ui.choose("#exemption-kind-0", "Vrijstelling sollicitatieplicht");
    ui.type("#exemption-reason-0", "Tijdelijke medische beperking");
    ui.pick("#exemption-until-0", today().plusMonths(6));
    ui.type("#hours-volunteering", "8");
    ui.tap("#save");
    ui.waitFor(() -> "Kandidaat".equals(ui.title()));
    assertThat(ui.textsIn("#file-notes")).anySatisfy(t -> assertThat(t)
        .startsWith("Vrijstelling sollicitatieplicht van ").endsWith(": Tijdelijke medische beperking"));

    ui.tap("#refer");
    ui.tap("#referral-target-forte-welzijn");
    ui.type("#referral-goal", "Een leerwerkplek in de groenvoorziening");
    ui.tap("#save");
    ui.waitFor(() -> "Kandidaat".equals(ui.title()));
    Referral referral = ui.store().<Referral>inFile(file.id(), RecordType.REFERRAL).get(0);
    assertThat(ui.textsIn("#referral-" + referral.id())).contains("Verstuurd, wacht op antwoord");
    ui.tap("#sign-off-" + referral.id());
    ui.type("#sign-off-reason", "Leerwerkplek gevonden");
    ui.tap("#save");
    ui.waitFor(() -> "Kandidaat".equals(ui.title()));
    assertThat(ui.textsIn("#referral-" + referral.id())).anySatisfy(t -> assertThat(t).startsWith("Afgemeld op ")
        .endsWith(": Leerwerkplek gevonden"));
    assertThat(ui.textsIn("#timeline")).contains("Verwezen naar Forte Welzijn");

    ui.tap("#exit-file");
    ui.tap("#exit-reason-work");
    ui.tap("#close-file");
    ui.waitFor(() -> "Kandidaat".equals(ui.title()));
    assertThat(ui.text("#closed-banner")).startsWith("Dossier gesloten op ").endsWith("(betaald werk)");
    assertThat(ui.text("#exit-file")).isEqualTo("Dossier heropenen");

    assertThat(ui.syncNow().lastError()).isNull();
    assertThat(ui.store().pendingCount()).isZero();
    assertThat(ui.store().problems()).as("nothing refused or in conflict").hasSize(problems);
    LocalStore store = ui.store();
    assertThat(store.find(file.id()).orElseThrow().syncState()).isEqualTo(SyncState.SYNCED);
    assertThat(store.<Referral>inFile(file.id(), RecordType.REFERRAL).get(0).status())
        .isEqualTo(ReferralStatus.SIGNED_OFF);

    ui.tap("#exit-file");
    ui.tap("#reopen");
    ui.waitFor(() -> "Kandidaat".equals(ui.title()) && !ui.visible("#closed-banner"));
    assertThat(ui.syncNow().lastError()).isNull();
    assertThat(store.candidate(file.id()).orElseThrow().exit()).isNull();
  }

  @Test
  void aCoachIsNotOfferedIntakeReassignmentOrClosing(FxRobot robot) throws Exception {
    loggedIn(robot, "coach1");

    assertThat(ui.visible("#register-candidate")).isFalse();
    openCandidate(robot, ui.store().<Candidate>all(RecordType.CANDIDATE).get(0).id());
    assertThat(ui.visible("#edit-person")).as("a coach edits the person's details").isTrue();
    assertThat(ui.visible("#edit-plan")).isTrue();
    assertThat(ui.visible("#assign")).isFalse();
    assertThat(ui.visible("#exit-file")).isFalse();
  }
}
