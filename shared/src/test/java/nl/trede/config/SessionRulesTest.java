package nl.trede.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nl.trede.config.SessionKind.Attendance;
import nl.trede.domain.Fixtures;
import nl.trede.domain.Violation;
import nl.trede.domain.session.GroupSession;
import nl.trede.domain.session.SessionAttendance;
import nl.trede.domain.session.SessionAttendance.Presence;
import org.junit.jupiter.api.Test;

/**
 * Sessions against the municipality's kinds: who came is recorded only where the municipality
 * records it (Wijchen's market: "De gegevens zijn niet vastgelegd", 004 Bijlage 2), and only once
 * the session took place.
 */
class SessionRulesTest {
  static final SessionKind TRAINING = new SessionKind("training", "Training Aan het werk", Attendance.BY_NAME,
      "loonkostensubsidie", null, "001 §2.1.3");
  static final SessionKind MARKET = new SessionKind("vrijwilligersmarkt", "Vrijwilligersmarkt", Attendance.HEADCOUNT,
      null, null, "004 Bijlage 2");

  static MunicipalityConfig config(SessionKind... kinds) {
    return (MunicipalityConfig) Fixtures.with(Fixtures.config(), "sessionKinds", List.of(kinds));
  }

  static GroupSession session(String kind, int daysFromToday, boolean cancelled) {
    GroupSession s = Fixtures.groupSession();
    return new GroupSession(s.id(), kind, s.title(), Fixtures.TODAY.plusDays(daysFromToday), null, s.place(), null,
        s.organisedBy(), null, null, null, cancelled);
  }

  static SessionAttendance invitation(Presence presence, boolean followUp) {
    SessionAttendance a = Fixtures.attendance();
    return new SessionAttendance(a.id(), a.sessionId(), a.candidateId(), a.recordedBy(), a.invitedOn(), presence,
        followUp, null);
  }

  static List<String> broken(List<Violation> violations) {
    return violations.stream().map(v -> v.field() + ":" + v.rule()).toList();
  }

  @Test
  void aSessionIsOfAKindTheMunicipalityHoldsAndKeepsItsKind() {
    MunicipalityConfig config = config(TRAINING, MARKET);

    assertThat(SessionRules.checkSession(config, null, session("training", 3, false))).isEmpty();
    List<Violation> unknown = SessionRules.checkSession(config, null, session("vacaturemarkt", 3, false));
    assertThat(broken(unknown)).containsExactly("kind:unknown-session-kind");
    assertThat(unknown.get(0).message()).contains("[training, vrijwilligersmarkt]");
    assertThat(broken(SessionRules.checkSession(config, session("training", 3, false),
        session("vrijwilligersmarkt", 3, false)))).containsExactly("kind:immutable");
  }

  @Test
  void whoCameIsRecordedOnceTheSessionTookPlaceAndNotForACancelledOne() {
    MunicipalityConfig config = config(TRAINING);
    SessionAttendance came = invitation(Presence.ATTENDED, false);

    assertThat(SessionRules.checkAttendance(config, session("training", 0, false), null, came, Fixtures.CLOCK))
        .isEmpty();
    assertThat(SessionRules.checkAttendance(config, session("training", 1, false), null, came, Fixtures.CLOCK))
        .as("a day of clock drift").isEmpty();
    assertThat(broken(SessionRules.checkAttendance(config, session("training", 7, false), null, came,
        Fixtures.CLOCK))).containsExactly("presence:not-yet-held");
    assertThat(broken(SessionRules.checkAttendance(config, session("training", -2, true), null,
        invitation(Presence.NO_SHOW, false), Fixtures.CLOCK))).containsExactly("presence:session-cancelled");
    assertThat(SessionRules.checkAttendance(config, session("training", 7, false), null,
        invitation(null, false), Fixtures.CLOCK)).as("an invitation ahead of the day").isEmpty();
  }

  @Test
  void atAMarketCountedWithoutNamesNobodysPresenceIsRecordedButTheirWishForAFollowUpIs() {
    MunicipalityConfig wijchen = config(MARKET);
    GroupSession market = session("vrijwilligersmarkt", -1, false);

    List<Violation> refused = SessionRules.checkAttendance(wijchen, market, null, invitation(Presence.ATTENDED, true),
        Fixtures.CLOCK);
    assertThat(broken(refused)).containsExactly("presence:headcount-only");
    assertThat(refused.get(0).message()).contains("Vrijwilligersmarkt", "without recording names");
    assertThat(SessionRules.checkAttendance(wijchen, market, invitation(null, false), invitation(null, true),
        Fixtures.CLOCK)).isEmpty();
  }

  @Test
  void anInvitationStaysWithItsSessionAndAnUnchangedPresenceIsNotJudgedAgain() {
    MunicipalityConfig config = config(TRAINING);
    SessionAttendance came = invitation(Presence.ATTENDED, false);
    SessionAttendance moved = new SessionAttendance(came.id(), UUID.randomUUID(), came.candidateId(),
        came.recordedBy(), null, Presence.ATTENDED, false, null);

    assertThat(broken(SessionRules.checkAttendance(config, session("training", 0, false), came, moved,
        Fixtures.CLOCK))).containsExactly("sessionId:immutable");
    assertThat(SessionRules.checkAttendance(config, session("training", 0, true), came,
        invitation(Presence.ATTENDED, true), Fixtures.CLOCK)).as("a follow-up added after the session was called off")
        .isEmpty();
  }

  @Test
  void theKindsOfTheConfigurationAreCheckedWithTheRestOfIt() {
    SessionKind noAttendance = new SessionKind("markt", "Markt", null, null, null, null);
    SessionKind unknownInstrument = new SessionKind("werkacademie", "Werkacademie", Attendance.BY_NAME, "werkfit",
        null, null);

    assertThat(broken(config(TRAINING, MARKET).validate(Fixtures.CLOCK))).isEmpty();
    assertThat(broken(config(TRAINING, TRAINING, noAttendance, unknownInstrument).validate(Fixtures.CLOCK)))
        .containsExactlyInAnyOrder("sessionKinds[1].key:duplicate", "sessionKinds[2].attendance:required",
            "sessionKinds[3].instrument:unknown-instrument");
  }
}
