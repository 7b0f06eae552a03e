package nl.trede.client.ui.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import javafx.stage.Stage;
import nl.trede.client.support.DemoServerUiTest;
import nl.trede.client.support.DemoServerUiTest.DemoMunicipality;
import nl.trede.domain.Violations;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.session.GroupSession;
import nl.trede.domain.session.SessionAttendance;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Wijchen's volunteer market against a server whose demo is Wijchen (004 Bijlage 2): counted
 * without names, "om … niet de indruk van controle te wekken". The page offers no presence for the
 * invited, says why in the kind's own words, keeps the candidate's wish for a follow-up, and takes
 * the numbers of the day.
 */
@DemoMunicipality("wijchen")
class WijchenMarketTest extends DemoServerUiTest {

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @Test
  void aMarketOffersNoPresenceButTakesTheNumbersOfTheDay(FxRobot robot) throws Exception {
    Clock clock = CLOCK;
    loggedIn(robot, "coach1");
    LocalDate yesterday = LocalDate.now(clock.withZone(Violations.ZONE)).minusDays(1);
    Candidate one = ui.store().<Candidate>all(RecordType.CANDIDATE).stream().filter(c -> c.exit() == null)
        .min(Comparator.comparing(Candidate::displayName, String.CASE_INSENSITIVE_ORDER)).orElseThrow();

    ui.tap("#nav-sessions");
    ui.tap("#plan-session");
    ui.tap("#kind-vrijwilligersmarkt");
    assertThat(((javafx.scene.control.TextField) ui.find("#session-title").orElseThrow()).getText())
        .isEqualTo("Vrijwilligersmarkt");
    assertThat(ui.text("#kind-description")).startsWith("Laagdrempelig en zonder controle");
    ui.pick("#date", yesterday);
    ui.type("#place", "Sporthal De Arcade");
    ui.type("#organiser", "MeerVoormekaar");
    ui.tap("#save");
    ui.waitFor(() -> "Bijeenkomst".equals(ui.title()));
    ui.tap("#invite");
    ui.check("#invite-" + one.id(), true);
    ui.tap("#save");
    ui.waitFor(() -> "Bijeenkomst".equals(ui.title()));

    assertThat(ui.text("#presence-why")).isEqualTo("Laagdrempelig en zonder controle: we tellen bezoekers en "
        + "belangstellenden, niet wie er kwam.");
    assertThat(ui.visible("#presence-" + one.id())).isFalse();
    assertThat(ui.visible("#session-counts")).as("nothing said of who came").isFalse();
    ui.tap("#follow-up-" + one.id());
    ui.picture("session-page-market");

    ui.tap("#edit-session");
    assertThat(ui.title()).isEqualTo("Bijeenkomst wijzigen");
    assertThat(ui.visible("#numbers-of-the-day")).isTrue();
    ui.type("#visitors", "400");
    ui.type("#interested", "500");
    assertThat(ui.texts()).as("as typed").contains("Er kunnen niet meer belangstellenden zijn dan bezoekers.");
    ui.type("#interested", "115");
    ui.picture("session-form-numbers");
    ui.tap("#save");
    ui.waitFor(() -> "Bijeenkomst".equals(ui.title()));

    assertThat(ui.text("#session-counts")).isEqualTo("400 bezoekers · 115 belangstellenden");
    assertThat(ui.syncNow().lastError()).isNull();
    assertThat(ui.store().pendingCount()).isZero();
    GroupSession market = ui.store().<GroupSession>all(RecordType.GROUP_SESSION).stream()
        .filter(s -> "vrijwilligersmarkt".equals(s.kind()) && "Sporthal De Arcade".equals(s.place())).findFirst()
        .orElseThrow();
    assertThat(market.visitors()).isEqualTo(400);
    assertThat(market.interested()).isEqualTo(115);
    assertThat(ui.store().<SessionAttendance>all(RecordType.SESSION_ATTENDANCE))
        .filteredOn(a -> a.sessionId().equals(market.id())).singleElement()
        .satisfies(a -> {
          assertThat(a.presence()).isNull();
          assertThat(a.wantsFollowUp()).isTrue();
        });
  }
}
