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

  /** Lansingerland's information meeting, 002 §3.3.8: "ondertekenen de deelnemers een document". */
  static final SessionKind INFO = new SessionKind("informatiebijeenkomst", "Informatiebijeenkomst asielgerechtigden",
      Attendance.BY_NAME, null, null, "002 §3.3.8", false,
      new SessionKind.Declaration("Participatieverklaring ondertekend"));

  @Test
  void aSignatureIsRecordedOnlyWhereTheKindHasOneSignedAndOnlyForWhoCame() {
    MunicipalityConfig config = config(TRAINING, INFO);
    GroupSession info = session("informatiebijeenkomst", -1, false);
    SessionAttendance came = invitation(Presence.ATTENDED, false);
    SessionAttendance signed = came.withDeclarationSigned(true);

    assertThat(SessionRules.checkAttendance(config, info, came, signed, Fixtures.CLOCK)).isEmpty();
    assertThat(SessionRules.checkAttendance(config, info, came, came.withDeclarationSigned(false), Fixtures.CLOCK))
        .as("came and did not sign").isEmpty();
    List<Violation> atATraining = SessionRules.checkAttendance(config, session("training", -1, false), came, signed,
        Fixtures.CLOCK);
    assertThat(broken(atATraining)).containsExactly("declarationSigned:no-declaration");
    assertThat(atATraining.get(0).message()).contains("Training Aan het werk");
    SessionAttendance away = invitation(Presence.NO_SHOW, false);
    assertThat(broken(SessionRules.checkAttendance(config, info, away, away.withDeclarationSigned(false),
        Fixtures.CLOCK))).containsExactly("declarationSigned:requires-attended");
    assertThat(broken(SessionRules.checkAttendance(config, info, null, invitation(null, false)
        .withDeclarationSigned(true), Fixtures.CLOCK))).as("signed before anyone said they came")
        .containsExactly("declarationSigned:requires-attended");
  }

  @Test
  void takingPresenceBackTakesTheSignatureWithItAndAnUnchangedOneIsNotJudgedAgain() {
    GroupSession info = session("informatiebijeenkomst", -1, false);
    SessionAttendance signed = invitation(Presence.ATTENDED, false).withDeclarationSigned(true);

    assertThat(broken(SessionRules.checkAttendance(config(INFO), info, signed, signed.withPresence(Presence.EXCUSED),
        Fixtures.CLOCK))).containsExactly("declarationSigned:requires-attended");
    assertThat(SessionRules.checkAttendance(config(INFO), info, signed,
        signed.withPresence(null).withDeclarationSigned(null), Fixtures.CLOCK)).isEmpty();
    assertThat(SessionRules.checkAttendance(config(TRAINING), info, signed, signed.withNote("Spreekt Tigrinya"),
        Fixtures.CLOCK)).as("a kind no longer configured: a note on an old invitation").isEmpty();
  }

  @Test
  void theKindsOfTheConfigurationAreCheckedWithTheRestOfIt() {
    SessionKind noAttendance = new SessionKind("markt", "Markt", null, null, null, null);
    SessionKind unknownInstrument = new SessionKind("werkacademie", "Werkacademie", Attendance.BY_NAME, "werkfit",
        null, null);

    SessionKind signedAtAMarket = new SessionKind("markt-met-verklaring", "Markt", Attendance.HEADCOUNT, null, null,
        null, false, new SessionKind.Declaration(" "));

    assertThat(broken(config(TRAINING, MARKET, INFO).validate(Fixtures.CLOCK))).isEmpty();
    assertThat(broken(config(signedAtAMarket).validate(Fixtures.CLOCK))).containsExactlyInAnyOrder(
        "sessionKinds[0].declaration.label:required", "sessionKinds[0].declaration:needs-names");
    assertThat(broken(config(TRAINING, TRAINING, noAttendance, unknownInstrument).validate(Fixtures.CLOCK)))
        .containsExactlyInAnyOrder("sessionKinds[1].key:duplicate", "sessionKinds[2].attendance:required",
            "sessionKinds[3].instrument:unknown-instrument");
  }
}
