package nl.trede.client.ui.syncbar;

import static nl.trede.client.support.Fixtures.COACH;
import static nl.trede.client.support.Fixtures.NOW;
import static nl.trede.client.support.Fixtures.contact;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import nl.trede.client.store.LocalStore;
import nl.trede.client.support.FakeCaseloadUiTest;
import nl.trede.client.support.FieldUi;
import nl.trede.client.sync.SyncException;
import nl.trede.domain.Ids;
import nl.trede.domain.Violation;
import nl.trede.domain.contact.Contact;
import nl.trede.sync.FieldConflict;
import nl.trede.sync.MutationResult;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The sync strip on a 360 px phone without network: it keeps saying, in this order and in full,
 * that the phone is offline, how many changes wait, and when sync last worked, each with an icon;
 * what needs the coach is named by kind and opens in one tap.
 */
class SyncStripOnAPhoneTest extends FakeCaseloadUiTest {
  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @Test
  void offlineTheStripSaysOfflineWhatWaitsAndTheLastSyncInFullAndNamesWhatNeedsTheCoach(FxRobot robot)
      throws Exception {
    FieldUi ui = loggedIn(robot);
    LocalStore store = ui.store();
    Contact conflicted = store.create(RecordType.CONTACT, contact(server.anna.id(), NOW.minus(2, ChronoUnit.HOURS),
        "Eerste gesprek"));
    store.create(RecordType.CONTACT, contact(server.anna.id(), NOW.minus(1, ChronoUnit.HOURS), "Tweede gesprek"));
    server.answer(m -> m.recordId().equals(conflicted.id())
        ? new MutationResult.Conflicted(m.id(), m.recordId(), 2, List.of(new FieldConflict(Ids.newId(), "summary",
            TextNode.valueOf("Gesprek op kantoor"), TextNode.valueOf("Eerste gesprek"), m.id(), COACH, NOW)))
        : new MutationResult.Rejected(m.id(), m.recordId(), List.of(new Violation("candidateId", "role",
            "not your file"))));
    assertThat(ui.syncNow().lastError()).isNull();

    server.offline(true);
    store.create(RecordType.CONTACT, contact(server.anna.id(), NOW.minus(30, ChronoUnit.MINUTES), "Derde gesprek"));
    assertThat(ui.syncNow().lastError()).isEqualTo(SyncException.Kind.NETWORK);

    assertThat(stage.getScene().getWidth()).isEqualTo(FieldUi.WIDTH);
    ui.waitFor(() -> "1 wijziging wacht op verzending".equals(ui.text("#sync-pending")));
    assertThat(ui.text("#sync-state")).isEqualTo("Offline: geen verbinding. Uw werk staat veilig op dit toestel.");
    assertThat(ui.text("#sync-last")).startsWith("Laatst gesynchroniseerd: 10:0");
    List<String> lines = List.of("#sync-state", "#sync-pending", "#sync-last");
    double above = -1;
    for (String line : lines) {
      assertThat(ui.shownText(line)).as("%s is shown in full at 360 px", line).isEqualTo(ui.text(line));
      assertThat(((Label) ui.find(line).orElseThrow()).getGraphic()).as("%s has an icon", line)
          .isInstanceOf(FontIcon.class);
      double top = ui.boundsOf(line).getMinY();
      assertThat(top).as("%s stands under the line before it", line).isGreaterThan(above);
      above = top;
    }
    assertThat(ui.visible("#sync-attention")).isTrue();
    assertThat(ui.text("#sync-attention")).isEqualTo("Bekijk: 1 conflict, 1 geweigerde wijziging");
    assertThat(ui.shownText("#sync-attention")).isEqualTo(ui.text("#sync-attention"));

    ui.picture("strip-offline");
    ui.tap("#sync-attention");

    ui.waitFor(() -> "Synchronisatie".equals(ui.title()));
    assertThat(ui.texts()).anySatisfy(t -> assertThat(t).startsWith("Conflict bij: "));
  }

  @Test
  void theStripStaysOnAFormAndSaysTheSameThere(FxRobot robot) throws Exception {
    FieldUi ui = loggedIn(robot);
    server.offline(true);
    ui.syncNow();
    robot.clickOn("Anna Jansen");
    ui.waitFor(() -> "Kandidaat".equals(ui.title()));
    ui.tap("#record-contact");

    ui.picture("contact-form-offline");
    assertThat(ui.title()).isEqualTo("Contactmoment");
    assertThat(ui.visible("#sync-state")).isTrue();
    assertThat(ui.text("#sync-state")).startsWith("Offline");
    assertThat(ui.text("#sync-pending")).isEqualTo("Alles is gesynchroniseerd");
    assertThat(ui.shownText("#sync-last")).isEqualTo(ui.text("#sync-last")).startsWith("Laatst gesynchroniseerd: ");
  }
}
