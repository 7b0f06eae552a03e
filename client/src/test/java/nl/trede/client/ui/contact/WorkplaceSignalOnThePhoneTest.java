package nl.trede.client.ui.contact;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import nl.trede.client.support.FakeCaseload;
import nl.trede.client.support.FakeCaseloadUiTest;
import nl.trede.client.support.FieldUi;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.contact.WorkplaceSignal;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The jobcoach at Anna's workplace hears that her job is at risk and says so on the contact: 002
 * §3.4.3 "De jobcoaches houden onze uitvoeringsprofessionals op de hoogte van zaken die spelen op de
 * werkvloer, bijvoorbeeld dreigend baanverlies". The card and the file show it, and it travels.
 */
class WorkplaceSignalOnThePhoneTest extends FakeCaseloadUiTest {
  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @Test
  void aJobcoachTicksThreatenedJobLossAndTheCardAndTheFileShowItAndItIsSent(FxRobot robot) throws Exception {
    FieldUi ui = loggedIn(robot, FakeCaseload.jobcoach());
    String anna = server.anna.id().toString();
    ui.tap("#nav-caseload");
    ui.waitFor(() -> ui.find("#caseload-" + anna).isPresent());
    assertThat(ui.find("#signals-" + anna)).as("no signal yet").isEmpty();
    robot.clickOn("Anna Jansen");
    ui.waitFor(() -> "Kandidaat".equals(ui.title()));
    assertThat(ui.visible("#candidate-signals")).isFalse();

    ui.tap("#record-contact");
    ui.tap("#location-workplace");
    ui.type("#summary", "Leidinggevende wil het contract niet verlengen: te vaak te laat");
    assertThat(ui.texts()).contains("Signaal voor de klantmanager");
    ui.check("#signal-threatened-job-loss", true);
    robot.interact(() -> {
      javafx.scene.Node signals = ui.find("#signals").orElseThrow();
      javafx.scene.Node pane = signals.getParent();
      while (!(pane instanceof javafx.scene.control.ScrollPane)) {
        pane = pane.getParent();
      }
      FieldUi.scrollIntoView((javafx.scene.control.ScrollPane) pane, signals);
    });
    ui.picture("contact-form-signals");
    ui.tap("#save");
    ui.waitFor(() -> "Kandidaat".equals(ui.title()));

    assertThat(ui.textsIn("#candidate-signals"))
        .containsExactly("Dreigend baanverlies: gemeld door Anna de Vries op 10 mrt. 2026");
    assertThat(ui.texts()).contains("Signaal: Dreigend baanverlies");
    ui.picture("candidate-workplace-signal");
    ui.tap("#back");
    ui.waitFor(() -> ui.find("#signals-" + anna).isPresent());
    assertThat(ui.textsIn("#signals-" + anna)).containsExactly("Dreigend baanverlies");
    ui.picture("caseload-workplace-signal");

    assertThat(ui.syncNow().lastError()).isNull();
    assertThat(server.pushes()).anySatisfy(push -> assertThat(push.body())
        .contains("\"signals\":[\"THREATENED_JOB_LOSS\"]"));
    Contact sent = ui.store().inFile(server.anna.id(), RecordType.CONTACT).stream().map(Contact.class::cast)
        .findFirst().orElseThrow();
    assertThat(sent.signals()).containsExactly(WorkplaceSignal.THREATENED_JOB_LOSS);
  }
}
