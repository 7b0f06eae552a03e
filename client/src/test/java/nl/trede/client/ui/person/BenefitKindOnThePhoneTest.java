package nl.trede.client.ui.person;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import nl.trede.client.support.FakeCaseloadUiTest;
import nl.trede.client.support.FieldUi;
import nl.trede.client.ui.kit.Messages;
import nl.trede.domain.candidate.BenefitKind;
import nl.trede.sync.Mutation;
import nl.trede.sync.PushRequest;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * On the phone, the coach sees Anna's benefit as bijstand (her file is from before the kind was
 * recorded), records that it is an IOAW and the file says so; only the kind travels to the server
 * (002 §5.3 thema 6 "Aanpak motivatie doelgroep met IOAW/IOAZ"; decision 0067).
 */
class BenefitKindOnThePhoneTest extends FakeCaseloadUiTest {
  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @Test
  void theCoachRecordsThatTheBenefitIsAnIoawAndTheFileSaysSo(FxRobot robot) throws Exception {
    FieldUi ui = loggedIn(robot);
    String since = Messages.dutch().date(server.anna.benefitStartDate());
    robot.clickOn("Anna Jansen");
    ui.waitFor(() -> "Kandidaat".equals(ui.title()));
    assertThat(ui.text("#candidate-file")).isEqualTo("Bijstand sinds " + since);

    ui.tap("#edit-person");
    ui.waitFor(() -> "Gegevens wijzigen".equals(ui.title()));
    assertThat(ui.choices("#benefit-kind")).containsExactly("Bijstand (Participatiewet)", "IOAW", "IOAZ");
    ui.choose("#benefit-kind", "IOAW");
    ui.scrollTo("#inflow-date");
    ui.picture("benefit-kind-ioaw");
    ui.tap("#save");
    ui.waitFor(() -> "Kandidaat".equals(ui.title()));

    assertThat(ui.text("#candidate-file")).isEqualTo("IOAW sinds " + since);
    assertThat(ui.store().candidate(server.anna.id()).orElseThrow().benefitKind()).isEqualTo(BenefitKind.IOAW);
    assertThat(ui.syncNow().lastError()).isNull();
    Mutation pushed = server.pushes().get(server.pushes().size() - 1).bodyAs(PushRequest.class).mutations().get(0);
    assertThat(pushed.type()).isEqualTo(RecordType.CANDIDATE);
    assertThat(pushed.fields().fieldNames()).toIterable().containsExactly("benefitKind");
    assertThat(pushed.fields().get("benefitKind").asText()).isEqualTo("IOAW");

    // "Geen uitkering" leaves no kind to choose.
    ui.tap("#edit-person");
    ui.waitFor(() -> "Gegevens wijzigen".equals(ui.title()));
    ui.check("#no-benefit", true);
    assertThat(ui.find("#benefit-kind").orElseThrow().isDisabled()).isTrue();
    ui.tap("#save");
    ui.waitFor(() -> "Kandidaat".equals(ui.title()));
    assertThat(ui.text("#candidate-file")).isEqualTo("Geen uitkering");
    assertThat(ui.store().candidate(server.anna.id()).orElseThrow().benefitKind()).isNull();
  }
}
