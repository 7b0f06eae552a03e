package nl.trede.client.ui.placement;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import nl.trede.client.support.FakeCaseload;
import nl.trede.client.support.FakeCaseloadUiTest;
import nl.trede.client.support.FieldUi;
import nl.trede.domain.placement.Placement;
import nl.trede.domain.placement.PlacementKind;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * On the phone, the placement form refuses volunteering above the municipality's weekly hours as the
 * coach types them, before anything is saved: 001 §2.1.3 "Ook moeten het aantal uren beperkt blijven"
 * (16 a week in the fixture, as in Overbetuwe's file, where the figure is ours; decision 0061).
 */
class VolunteeringHoursOnThePhoneTest extends FakeCaseloadUiTest {
  private static final String TOO_MANY = "Meer uren per week dan de gemeente voor deze soort plaatsing toestaat."
      + " Vrijwilligerswerk blijft beperkt: het mag re-integratie niet in de weg staan.";

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @Test
  void volunteeringAboveTheWeeklyHoursIsRefusedAsTheCoachTypes(FxRobot robot) throws Exception {
    FieldUi ui = loggedIn(robot, FakeCaseload.withOverbetuwe());
    robot.clickOn("Anna Jansen");
    ui.waitFor(() -> "Kandidaat".equals(ui.title()));
    ui.tap("#new-placement");
    ui.waitFor(() -> "Plaatsing toevoegen".equals(ui.title()));
    ui.tap("#kind-volunteering");
    ui.type("#organisation", "Voedselbank Elst");
    ui.type("#hours-per-week", "20");

    ui.waitFor(() -> ui.shows(TOO_MANY));
    ui.scrollTo("#hours-per-week");
    ui.picture("volunteering-hours-refused");
    int before = ui.store().<Placement>inFile(server.anna.id(), RecordType.PLACEMENT).size();
    ui.tap("#save");
    assertThat(ui.title()).isEqualTo("Plaatsing toevoegen");

    ui.type("#hours-per-week", "16");
    ui.waitFor(() -> !ui.shows(TOO_MANY));
    ui.tap("#save");
    ui.waitFor(() -> "Kandidaat".equals(ui.title()));
    assertThat(ui.store().<Placement>inFile(server.anna.id(), RecordType.PLACEMENT)).hasSize(before + 1)
        .anySatisfy(p -> assertThat(p.kind()).isEqualTo(PlacementKind.VOLUNTEERING));
  }
}
