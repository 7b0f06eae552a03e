package nl.trede.client.ui.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javafx.stage.Stage;
import nl.trede.client.support.DemoServerUiTest;
import nl.trede.client.support.DemoServerUiTest.DemoMunicipality;
import nl.trede.domain.Violations;
import nl.trede.domain.session.GroupSession;
import nl.trede.domain.session.SessionAttendance;
import nl.trede.domain.session.SessionAttendance.Presence;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Lansingerland's information meeting for asielgerechtigden against a server whose demo is
 * Lansingerland (002 §3.3.8: "ondertekenen de deelnemers een document"): on the session's page each
 * who came has a toggle "Participatieverklaring ondertekend", who did not come has none until marked
 * aanwezig, and the tick reaches the server (decision 0064).
 */
@DemoMunicipality("lansingerland")
class LansingerlandMeetingTest extends DemoServerUiTest {
  private static final String KIND = "informatiebijeenkomst-asielgerechtigden";


  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  private SessionAttendance stored(UUID id) {
    return ui.store().<SessionAttendance>all(RecordType.SESSION_ATTENDANCE).stream().filter(a -> a.id().equals(id))
        .findFirst().orElseThrow();
  }

  @Test
  void theParticipatieverklaringIsTickedForWhoCameAndReachesTheServer(FxRobot robot) throws Exception {
    Clock clock = CLOCK;
    loggedIn(robot, "coach1");
    LocalDate today = LocalDate.now(clock.withZone(Violations.ZONE));
    GroupSession held = ui.store().<GroupSession>all(RecordType.GROUP_SESSION).stream()
        .filter(s -> KIND.equals(s.kind()) && s.date().isBefore(today) && !s.cancelled()).findFirst().orElseThrow();
    List<SessionAttendance> invited = ui.store().<SessionAttendance>all(RecordType.SESSION_ATTENDANCE).stream()
        .filter(a -> a.sessionId().equals(held.id())).toList();
    SessionAttendance open = invited.stream()
        .filter(a -> a.presence() == Presence.ATTENDED && a.declarationSigned() == null).findFirst().orElseThrow();
    SessionAttendance away = invited.stream().filter(a -> a.presence() == Presence.NO_SHOW).findFirst().orElseThrow();

    ui.tap("#nav-sessions");
    ui.tap("#session-" + held.id());
    ui.waitFor(() -> "Bijeenkomst".equals(ui.title()));
    assertThat(ui.text("#declaration-" + open.candidateId())).isEqualTo("Participatieverklaring ondertekend");
    assertThat(ui.visible("#declaration-" + away.candidateId())).as("did not come, signed nothing").isFalse();
    ui.tap("#declaration-" + open.candidateId());
    ui.tap("#attended-" + away.candidateId());
    assertThat(ui.visible("#declaration-" + away.candidateId())).as("once marked aanwezig").isTrue();
    ui.scrollTo("#declaration-" + away.candidateId());
    ui.picture("session-page-declaration");

    assertThat(ui.syncNow().lastError()).isNull();
    assertThat(ui.store().pendingCount()).as("the server took both").isZero();
    assertThat(stored(open.id()).declarationSigned()).isTrue();
    assertThat(stored(away.id()).presence()).isEqualTo(Presence.ATTENDED);
    assertThat(stored(away.id()).declarationSigned()).isNull();
  }
}
