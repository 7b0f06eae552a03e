package nl.trede.client.ui.shell;

import static nl.trede.client.support.FakeSyncServer.json;
import static nl.trede.client.support.Fixtures.CLOCK;
import static nl.trede.client.support.Fixtures.TODAY;
import static nl.trede.client.support.Fixtures.change;
import static nl.trede.client.support.Fixtures.employer;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.DatePicker;
import javafx.stage.Stage;
import nl.trede.client.device.Device;
import nl.trede.client.support.FakeSyncServer;
import nl.trede.client.support.FieldUi;
import nl.trede.client.support.FieldUiTest;
import nl.trede.client.sync.LoginResult;
import nl.trede.client.ui.kit.Messages;
import nl.trede.domain.Ids;
import nl.trede.domain.Role;
import nl.trede.domain.employer.Employer;
import nl.trede.domain.employer.EmployerContact;
import nl.trede.domain.employer.EmployerContactKind;
import nl.trede.sync.MutationKind;
import nl.trede.sync.PullPage;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A jobhunter's visit to an employer where no vacancy came out (issue 17), in a headless window:
 * recorded on the employer's page, shown in its history above a colleague's earlier call, waiting in
 * the outbox, and the employer marked in the list for the call back; undone with Ongedaan maken.
 */
class EmployerVisitFlowTest extends FieldUiTest {
  private static final UUID EVA = UUID.fromString("0190a1b2-0000-7000-8000-0000000e7a01");
  private static final UUID COLLEAGUE = UUID.fromString("0190a1b2-0000-7000-8000-0000000e7a02");

  @TempDir
  Path deviceDir;

  private final Employer shop = employer("Supermarkt Heteren");
  private final Employer garage = employer("Garage De Linge");
  /** A colleague's call to the shop last month, with no follow-up. */
  private final EmployerContact earlier = new EmployerContact(Ids.newId(), shop.id(), COLLEAGUE,
      TODAY.minusDays(30), EmployerContactKind.PHONE, null, "Kennismaking per telefoon", null, null, null, false);
  /** A visit to the garage whose follow-up passed yesterday. */
  private final EmployerContact missed = new EmployerContact(Ids.newId(), garage.id(), COLLEAGUE,
      TODAY.minusDays(10), EmployerContactKind.VISIT, null, "Zoeken mogelijk een poetser", TODAY.minusDays(1), null,
      null, false);
  private FakeSyncServer server;

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @AfterEach
  void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  private FieldUi loggedInAsJobhunter(FxRobot robot) throws Exception {
    server = new FakeSyncServer()
        .on("/api/auth/login", r -> json(new LoginResult("token-1", EVA.toString(), "Eva Smit", Role.JOBHUNTER,
            "overbetuwe", "Gemeente Overbetuwe")))
        .on("/api/sync/pull", r -> json(new PullPage(List.of(change(RecordType.EMPLOYER, shop, 1),
            change(RecordType.EMPLOYER, garage, 1), change(RecordType.EMPLOYER_CONTACT, earlier, 1),
            change(RecordType.EMPLOYER_CONTACT, missed, 1)), "s1", false, List.of())));
    ui = new FieldUi(robot);
    robot.interact(() -> ui.open(stage, deviceDir, server.url(), CLOCK, Device.detect()));
    return ui.login("jobhunter1", "trede-demo");
  }

  @Test
  void aJobhunterRecordsAVisitOnTheEmployersPageSeesItInTheHistoryAndTheListSaysWhenToCallBack(FxRobot robot)
      throws Exception {
    loggedInAsJobhunter(robot);
    Messages nl = Messages.dutch();
    assertThat(ui.title()).isEqualTo("Werkgevers");
    assertThat(ui.texts()).contains("Opvolging verlopen (was " + nl.date(TODAY.minusDays(1)) + ")")
        .noneMatch(t -> t.startsWith("Terugbellen"));

    robot.clickOn("Supermarkt Heteren");
    ui.waitFor(() -> "Werkgever".equals(ui.title()));
    assertThat(ui.texts()).contains("Kennismaking per telefoon");
    ui.tap("#record-employer-contact");
    assertThat(ui.title()).isEqualTo("Contact met werkgever");
    assertThat(((DatePicker) ui.find("#date").orElseThrow()).getValue()).as("prefilled: today").isEqualTo(TODAY);
    assertThat(ui.texts()).anyMatch(t -> t.startsWith("Geen gegevens van kandidaten in dit verslag"));
    ui.type("#summary", "Rondleiding; in de zomer zoeken ze vakkenvullers");
    ui.type("#spoke-with", "Jan Peeters");
    ui.tap("#follow-up-in-1");
    ui.picture("employer-contact-form");
    ui.tap("#save");

    ui.waitFor(() -> "Werkgever".equals(ui.title()));
    assertThat(ui.text("#notice-text")).isEqualTo("Contact met Supermarkt Heteren opgeslagen.");
    List<String> history = ui.textsIn("#employer-contacts");
    assertThat(history).containsSubsequence("Bedrijfsbezoek", "Door Eva Smit, gesproken met Jan Peeters",
        "Rondleiding; in de zomer zoeken ze vakkenvullers", "Opvolgen op " + nl.date(TODAY.plusWeeks(1)),
        "Nog niet gesynchroniseerd", "Telefonisch", "Kennismaking per telefoon");
    assertThat(ui.texts()).contains("Terugbellen vóór " + nl.date(TODAY.plusWeeks(1)));
    ui.picture("employer-page-with-contacts");
    EmployerContact saved = ui.store().<EmployerContact>all(RecordType.EMPLOYER_CONTACT).stream()
        .filter(c -> c.authorId().equals(EVA)).findFirst().orElseThrow();
    assertThat(saved.kind()).isEqualTo(EmployerContactKind.VISIT);
    assertThat(saved.date()).isEqualTo(TODAY);
    assertThat(saved.employerId()).isEqualTo(shop.id());
    assertThat(ui.store().pendingOutbox(10)).singleElement().satisfies(e -> {
      assertThat(e.mutation().type()).isEqualTo(RecordType.EMPLOYER_CONTACT);
      assertThat(e.mutation().kind()).isEqualTo(MutationKind.CREATE);
      assertThat(e.mutation().recordId()).isEqualTo(saved.id());
    });

    robot.interact(() -> ui.controller().shell().back());
    ui.waitFor(() -> "Werkgevers".equals(ui.title()));
    assertThat(ui.text("#follow-up-" + shop.id())).isEqualTo("Terugbellen vóór " + nl.date(TODAY.plusWeeks(1)));
    assertThat(ui.text("#follow-up-" + garage.id())).startsWith("Opvolging verlopen");
    ui.picture("employers-follow-up");
  }

  @Test
  void ongedaanMakenTakesAnUnsentVisitBack(FxRobot robot) throws Exception {
    loggedInAsJobhunter(robot);
    robot.clickOn("Supermarkt Heteren");
    ui.waitFor(() -> "Werkgever".equals(ui.title()));
    ui.tap("#record-employer-contact");
    ui.type("#summary", "Verkeerde werkgever aangetikt");
    ui.tap("#save");
    ui.waitFor(() -> "Werkgever".equals(ui.title()));

    ui.tap("#notice-action");

    ui.waitFor(() -> "Ongedaan gemaakt: het contactmoment is niet bewaard.".equals(ui.text("#notice-text")));
    assertThat(ui.store().pendingOutbox(10)).isEmpty();
    assertThat(ui.textsIn("#employer-contacts")).doesNotContain("Verkeerde werkgever aangetikt");
  }
}
