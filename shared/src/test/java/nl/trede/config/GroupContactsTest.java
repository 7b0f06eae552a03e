package nl.trede.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.trede.config.ContactDue.Basis;
import nl.trede.config.SessionKind.Attendance;
import nl.trede.domain.Fixtures;
import nl.trede.domain.candidate.CandidateFile;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.session.GroupSession;
import nl.trede.domain.session.SessionAttendance;
import nl.trede.domain.session.SessionAttendance.Presence;
import org.junit.jupiter.api.Test;

/**
 * An attended group contact is a contact moment (002 §4.4: "Contactmomenten kunnen we zowel
 * individueel als in groepsverband organiseren"; decision 0064). Worked dates: today is Tuesday
 * 24-11-2026; the fixture plan says every 14 days; the last individual conversation was on 27-10
 * without a date agreed, so the next contact was due on 10-11 and is 14 days late.
 */
class GroupContactsTest {
  private static final LocalDate TODAY = Fixtures.TODAY;
  private static final LocalDate SPOKEN = LocalDate.of(2026, 10, 27);
  private static final LocalDate GROUP_DAY = LocalDate.of(2026, 11, 19);
  static final SessionKind GROUP_CONTACT = new SessionKind("groepscontact", "Contactmoment in groepsverband",
      Attendance.BY_NAME, null, null, "002 §4.4", true, null);
  private final MunicipalityConfig config = SessionRulesTest.config(GROUP_CONTACT, SessionRulesTest.TRAINING);

  private static GroupSession session(String kind, LocalDate day, boolean cancelled) {
    GroupSession s = SessionRulesTest.session(kind, 0, cancelled);
    return new GroupSession(s.id(), kind, s.title(), day, null, s.place(), null, s.organisedBy(), null, null, null,
        cancelled);
  }

  private static SessionAttendance came(GroupSession s, Presence presence) {
    SessionAttendance a = SessionRulesTest.invitation(presence, false);
    return new SessionAttendance(SessionAttendance.idFor(s.id(), a.candidateId()), s.id(), a.candidateId(),
        a.recordedBy(), null, presence, false, null);
  }

  /** The candidate's file as app and server build it: the contacts, and the group contacts by the rule. */
  private CandidateFile file(MunicipalityConfig config, GroupSession session, Presence presence, Contact... contacts) {
    List<LocalDate> days = GroupContacts.daysByCandidate(config, List.of(session), List.of(came(session, presence)))
        .getOrDefault(Fixtures.CANDIDATE, List.of());
    return new CandidateFile(Files.candidate(Map.of("spoor", "groei")), List.of(), List.of(), List.of(contacts),
        List.of(), days);
  }

  private ContactDue due(CandidateFile file) {
    return ContactDue.of(config, file, TODAY).orElseThrow();
  }

  @Test
  void anAttendedGroupContactRestartsTheClockSoTheCandidateIsNoLongerLate() {
    CandidateFile before = new CandidateFile(Files.candidate(Map.of("spoor", "groei")), List.of(), List.of(),
        List.of(Files.contact(SPOKEN, null)));
    CandidateFile after = file(config, session("groepscontact", GROUP_DAY, false), Presence.ATTENDED,
        Files.contact(SPOKEN, null));

    assertThat(due(before)).isEqualTo(new ContactDue(LocalDate.of(2026, 11, 10), Basis.PLAN, 14));
    assertThat(due(before).overdue(TODAY)).isTrue();
    assertThat(due(after)).as("19-11 plus the plan's 14 days, and the coach sees the group contact it follows")
        .isEqualTo(new ContactDue(LocalDate.of(2026, 12, 3), Basis.PLAN, 14, GROUP_DAY));
    assertThat(due(after).overdue(TODAY)).isFalse();
    assertThat(config.contactDue(after, TODAY).orElseThrow().lastConversation()).isEqualTo(GROUP_DAY);
  }

  @Test
  void aCalledOffSessionAnInvitationNotMarkedAanwezigOrAKindWithoutTheFlagCountsForNothing() {
    LocalDate stillDue = LocalDate.of(2026, 11, 10);
    GroupSession held = session("groepscontact", GROUP_DAY, false);

    assertThat(due(file(config, session("groepscontact", GROUP_DAY, true), Presence.ATTENDED,
        Files.contact(SPOKEN, null))).due()).as("afgelast").isEqualTo(stillDue);
    for (Presence notThere : new Presence[] {Presence.NO_SHOW, Presence.EXCUSED, null}) {
      assertThat(due(file(config, held, notThere, Files.contact(SPOKEN, null))).due()).as(String.valueOf(notThere))
          .isEqualTo(stillDue);
    }
    assertThat(due(file(config, session("training", GROUP_DAY, false), Presence.ATTENDED,
        Files.contact(SPOKEN, null))).due()).as("a training is no contact moment").isEqualTo(stillDue);
    assertThat(due(file(SessionRulesTest.config(SessionRulesTest.TRAINING), held, Presence.ATTENDED,
        Files.contact(SPOKEN, null))).due()).as("a kind the configuration no longer names").isEqualTo(stillDue);
    assertThat(GroupContacts.kinds(null)).isEmpty();
  }

  @Test
  void aDateAgreedWithThePersonThatLiesAheadOfTheGroupsDayStandsOnePassedDoesNot() {
    GroupSession held = session("groepscontact", GROUP_DAY, false);

    assertThat(due(file(config, held, Presence.ATTENDED, Files.contact(LocalDate.of(2026, 11, 3),
        LocalDate.of(2026, 11, 30))))).as("agreed on 03-11 for 30-11: the appointment stands")
        .isEqualTo(new ContactDue(LocalDate.of(2026, 11, 30), Basis.AGREED, null, GROUP_DAY));
    assertThat(due(file(config, held, Presence.ATTENDED, Files.contact(SPOKEN, LocalDate.of(2026, 11, 12))))
        .due()).as("agreed for 12-11, missed; the group on 19-11 restarts the clock").isEqualTo(LocalDate.of(2026, 12, 3));
  }

  @Test
  void aGroupContactBeforeTheLastConversationOrStillAheadChangesNothingAndOneAloneIsAConversation() {
    LocalDate spokenSince = LocalDate.of(2026, 11, 20);

    assertThat(due(file(config, session("groepscontact", GROUP_DAY, false), Presence.ATTENDED,
        Files.contact(spokenSince, null)))).isEqualTo(new ContactDue(LocalDate.of(2026, 12, 4), Basis.PLAN, 14));
    assertThat(due(file(config, session("groepscontact", TODAY.plusDays(1), false), Presence.ATTENDED,
        Files.contact(SPOKEN, null))).due()).as("tomorrow's, recorded within the day of clock drift, counts tomorrow")
        .isEqualTo(LocalDate.of(2026, 11, 10));
    CandidateFile onlyTheGroup = file(config, session("groepscontact", GROUP_DAY, false), Presence.ATTENDED);
    assertThat(due(onlyTheGroup)).as("not due from the inflow of 01-05-2024 any more")
        .isEqualTo(new ContactDue(LocalDate.of(2026, 12, 3), Basis.PLAN, 14, GROUP_DAY));
    assertThat(onlyTheGroup.contactedBetween(GROUP_DAY, GROUP_DAY)).as("the KPI condition 'contacted'").isTrue();
    assertThat(onlyTheGroup.contactedBetween(GROUP_DAY.plusDays(1), TODAY)).isFalse();
  }

  @Test
  void aYearlyRuleRunsFromTheGroupsDayToo() {
    // Overbetuwe's meedoen track, 000 §5.3: spoken to at least once a year.
    CandidateFile meedoen = new CandidateFile(Files.candidate(Map.of("spoor", "meedoen")), List.of(), List.of(),
        List.of(Files.contact(LocalDate.of(2025, 11, 1), LocalDate.of(2027, 6, 1))), List.of(),
        List.of(LocalDate.of(2026, 3, 2)));

    assertThat(due(meedoen)).isEqualTo(new ContactDue(LocalDate.of(2027, 3, 2), Basis.RULE, 365,
        LocalDate.of(2026, 3, 2)));
  }

  @Test
  void onlyAKindThatRecordsWhoCameCanCountAsAContact() {
    SessionKind market = new SessionKind("markt", "Markt", Attendance.HEADCOUNT, null, null, null, true, null);

    assertThat(SessionRulesTest.broken(SessionRulesTest.config(market).validate(Fixtures.CLOCK)))
        .containsExactly("sessionKinds[0].countsAsContact:needs-names");
  }
}
