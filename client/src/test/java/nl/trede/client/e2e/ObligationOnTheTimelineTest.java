package nl.trede.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import javafx.stage.Stage;
import nl.trede.client.login.Session;
import nl.trede.client.support.DemoServerUiTest;
import nl.trede.client.ui.kit.Messages;
import nl.trede.domain.Ids;
import nl.trede.domain.ValidationException;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.obligation.ObligationKind;
import nl.trede.domain.obligation.ObligationMeasure;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A maatregel the case manager decided (002 §4.5) reaches the coach's phone and stands on the
 * candidate's timeline with the justification (001 §2.1.3), read-only; the coach's device itself
 * refuses to record one, as the server would (the role table).
 */
class ObligationOnTheTimelineTest extends DemoServerUiTest {
  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @Test
  void theCoachSeesTheCaseManagersMaatregelOnTheTimelineAndCannotRecordOne(FxRobot robot) throws Exception {
    Session fatima = device("casemanager1");
    sync(fatima);
    loggedIn(robot, "coach1");
    Candidate file = ui.store().<Candidate>all(RecordType.CANDIDATE).stream()
        .filter(c -> c.exit() == null && fatima.store().candidate(c.id()).isPresent()).findFirst().orElseThrow();
    ObligationMeasure maatregel = new ObligationMeasure(Ids.newId(), file.id(), ObligationKind.BENEFIT_REDUCTION,
        fatima.user().userId(), today(), "Drie afspraken gemist zonder bericht; eerst een gesprek gehad", 20, 3,
        null, null, null, today().plusDays(7), null, null);
    fatima.store().create(RecordType.OBLIGATION_MEASURE, maatregel);
    sync(fatima);

    assertThat(ui.syncNow().lastError()).isNull();
    openCandidate(robot, file.id());

    assertThat(ui.textsIn("#timeline")).contains("Maatregel",
        "20 % verlaagd, 3 maanden, vanaf " + Messages.dutch().date(today().plusDays(7)),
        "Verantwoording: Drie afspraken gemist zonder bericht; eerst een gesprek gehad");
    ObligationMeasure byTheCoach = new ObligationMeasure(Ids.newId(), file.id(), ObligationKind.COMMUNITY_SERVICE,
        ui.store().account().session().orElseThrow().userId(), today(), "Zelf besloten", null, null, "Buurttuin", new BigDecimal("4"), null,
        today(), null, null);
    assertThatThrownBy(() -> ui.store().create(RecordType.OBLIGATION_MEASURE, byTheCoach))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(nl.trede.domain.Violation::field, nl.trede.domain.Violation::rule)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("recordId", "role")));
  }
}
