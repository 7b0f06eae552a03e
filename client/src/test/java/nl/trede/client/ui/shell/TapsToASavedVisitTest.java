package nl.trede.client.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.stage.Stage;
import nl.trede.client.support.FakeCaseloadUiTest;
import nl.trede.client.support.FieldUi;
import nl.trede.domain.contact.Contact;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * On a doorstep every tap counts: from the caseload to a saved contact in at most 4 taps, to a
 * saved no-show in 2, plus typing. Each tap is a real click on the 360×640 window; putting the
 * cursor in a field to type is counted as a tap too.
 */
class TapsToASavedVisitTest extends FakeCaseloadUiTest {
  private int taps;

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  private void tap(FxRobot robot, String query) {
    taps++;
    robot.clickOn(query);
  }

  private List<Contact> contacts(FieldUi ui) {
    return ui.store().inFile(server.anna.id(), RecordType.CONTACT);
  }

  @Test
  void aContactIsSavedInAtMostFourTapsFromTheCaseload(FxRobot robot) throws Exception {
    FieldUi ui = loggedIn(robot);
    assertThat(ui.title()).isEqualTo("Mijn kandidaten");

    tap(robot, "Anna Jansen");
    ui.waitFor(() -> "Kandidaat".equals(ui.title()));
    ui.picture("caseload");
    tap(robot, "#record-contact");
    ui.picture("contact-form");
    tap(robot, "#summary");
    robot.write("Gesproken over dagritme");
    tap(robot, "#save");

    ui.waitFor(() -> "Kandidaat".equals(ui.title()));
    assertThat(taps).isLessThanOrEqualTo(4);
    assertThat(contacts(ui)).singleElement().satisfies(c -> {
      assertThat(c.summary()).isEqualTo("Gesproken over dagritme");
      assertThat(c.noShow()).isFalse();
      assertThat(c.durationMinutes()).isEqualTo(45);
    });
  }

  @Test
  void aNoShowIsSavedInTwoTapsFromTheCaseloadCardWithoutTheFullForm(FxRobot robot) throws Exception {
    FieldUi ui = loggedIn(robot);

    tap(robot, "#no-show-" + server.anna.id());
    ui.waitFor(() -> "Niet verschenen".equals(ui.title()));
    assertThat(ui.texts()).doesNotContain("Wat is besproken", "Duur");
    assertThat(ui.visible("#no-show-reason")).isTrue();
    ui.picture("no-show");
    tap(robot, "#save");

    ui.waitFor(() -> "Mijn kandidaten".equals(ui.title()));
    assertThat(taps).isEqualTo(2);
    assertThat(ui.text("#notice-text")).isEqualTo("Niet verschenen van Anna Jansen opgeslagen.");
    assertThat(contacts(ui)).singleElement().satisfies(c -> {
      assertThat(c.noShow()).isTrue();
      assertThat(c.durationMinutes()).isZero();
      assertThat(c.summary()).isNull();
    });
  }

  @Test
  void aNoShowKeepsTheReasonWhenOneIsGiven(FxRobot robot) throws Exception {
    FieldUi ui = loggedIn(robot);

    tap(robot, "#no-show-" + server.anna.id());
    tap(robot, "#no-show-reason");
    robot.write("Niet thuis");
    tap(robot, "#save");

    ui.waitFor(() -> "Mijn kandidaten".equals(ui.title()));
    assertThat(contacts(ui)).singleElement().satisfies(c -> {
      assertThat(c.noShow()).isTrue();
      assertThat(c.summary()).isEqualTo("Niet thuis");
    });
  }
}
