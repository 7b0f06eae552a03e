package nl.trede.server.office.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import nl.trede.domain.Ids;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.contact.LocationType;
import nl.trede.domain.session.GroupSession;
import nl.trede.domain.session.SessionAttendance;
import nl.trede.domain.session.SessionAttendance.Presence;
import nl.trede.server.support.ApiClient;
import nl.trede.server.support.ApiClient.Session;
import nl.trede.server.support.ConsoleContract;
import nl.trede.server.support.OfficeClient;
import nl.trede.server.support.OfficeClient.Page;
import nl.trede.sync.MutationResult;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;

/**
 * Lansingerland's sessions through sync and in the console, against a server whose demo is
 * Lansingerland: a contact moment in groepsverband counts as a contact (002 §4.4), and who signed the
 * participatieverklaring at an information meeting is a field of their invitation (002 §3.3.8; decision
 * 0064).
 * Over real HTTP against a real database; run once per database by the subclasses.
 */
abstract class LansingerlandSessionsContract extends ConsoleContract {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

  /** The database's own settings. */
  abstract Map<String, String> database();

  @Override
  public Map<String, String> getProperties() {
    return withDemoOf("lansingerland", database());
  }

  private static GroupSession session(Session by, LocalDate day, String kind) {
    return new GroupSession(Ids.newId(), kind, "Bijeenkomst " + suffix(), day, LocalTime.of(10, 0), "Raadhuis", null,
        by.user(), null, null, null, false);
  }

  private static SessionAttendance invitation(GroupSession session, Candidate c, Session by, Presence presence) {
    return new SessionAttendance(SessionAttendance.idFor(session.id(), c.id()), session.id(), c.id(), by.user(),
        session.date().minusDays(7), presence, false, null);
  }

  private Candidate fileOf(Session coach) {
    Candidate c = candidate("Verklaring", "Deelnemer" + suffix(), user("casemanager1"), List.of(coach.user()));
    assertApplied(api.push(api.login("office1"), ApiClient.create(RecordType.CANDIDATE, c)));
    return c;
  }

  private List<String> refused(Session by, SessionAttendance invitation) {
    MutationResult result = api.push(by, ApiClient.create(RecordType.SESSION_ATTENDANCE, invitation)).get(0);
    assertThat(result).isInstanceOf(MutationResult.Rejected.class);
    return ((MutationResult.Rejected) result).violations().stream().map(v -> v.field() + ":" + v.rule()).toList();
  }

  /** A file in Anna's caseload whose plan says every 14 days, last spoken to 20 days ago: 6 days late. */
  private Candidate lateFile(Session anna) {
    Candidate c = candidate("Groep", "Contact" + suffix(), user("casemanager1"), List.of(anna.user()));
    assertApplied(api.push(api.login("office1"), ApiClient.create(RecordType.CANDIDATE, c)));
    assertApplied(api.push(anna, ApiClient.create(RecordType.CONTACT,
        contact(c.id(), anna.user(), LocationType.HOME, 20, false, null))));
    return c;
  }

  /** The total of late candidates on Achterstallige contacten, and the late ones' names. */
  private record Late(int total, List<String> names) {}

  private static Late late(OfficeClient office) {
    Page dashboard = office.get("/office/monitoring/achterstallige-contacten");
    assertThat(dashboard.status()).isEqualTo(200);
    List<String[]> perCoach = panelCsv(office, dashboard, "per-coach");
    String[] total = perCoach.get(perCoach.size() - 1);
    List<String> names = panelCsv(office, dashboard, "kandidaten").stream().skip(1).map(r -> r[0]).toList();
    return new Late(Integer.parseInt(total[3]), names);
  }

  private boolean lateOnTheList(OfficeClient office, Candidate c) {
    return rowTag(office.get("/office/kandidaten?q=" + c.familyName()).text(), c.id()).contains("overdue");
  }

  @Test
  void beingMarkedAanwezigAtAGroupContactMomentIsAContactForTheMonitorAndTheCandidateList() {
    Session anna = api.login("coach1");
    Candidate c = lateFile(anna);
    GroupSession group = session(anna, today().minusDays(3), "groepscontact");
    GroupSession academy = session(anna, today().minusDays(2), "werkacademie");
    SessionAttendance invited = invitation(group, c, anna, null);
    assertApplied(api.push(anna, ApiClient.create(RecordType.GROUP_SESSION, group),
        ApiClient.create(RecordType.GROUP_SESSION, academy), ApiClient.create(RecordType.SESSION_ATTENDANCE, invited),
        ApiClient.create(RecordType.SESSION_ATTENDANCE, invitation(academy, c, anna, Presence.ATTENDED))));
    OfficeClient office = loggedIn("office1");
    Late before = late(office);
    boolean listedLateBefore = lateOnTheList(office, c);

    List<MutationResult> marked = api.push(anna, ApiClient.update(RecordType.SESSION_ATTENDANCE, invited.id(), 1,
        ApiClient.fields().put("presence", "ATTENDED")));

    assertApplied(marked);
    assertThat(before.names()).as("a training attended is no contact moment").contains(c.displayName());
    assertThat(listedLateBefore).isTrue();
    Late after = late(office);
    assertThat(after.total()).as("the figure of late candidates").isEqualTo(before.total() - 1);
    assertThat(after.names()).doesNotContain(c.displayName());
    assertThat(lateOnTheList(office, c)).isFalse();
    assertThat(office.get("/office/kandidaten/" + c.id()).text()).as("due 14 days after the group's day")
        .contains(today().minusDays(3).plusDays(14).format(DAY), "(contactmoment in groepsverband)");
  }

  /**
   * 002 §4.5: a no-show reaches the case manager until a contact follows; a group contact attended
   * on a later day is one, for a missed conversation and a missed workshop alike.
   */
  @Test
  void aGroupContactAttendedAfterANoShowAnswersTheSignalAsAConversationWould() {
    Session anna = api.login("coach1");
    Candidate c = lateFile(anna);
    GroupSession workshop = session(anna, today().minusDays(4), "rechten-en-plichten");
    GroupSession group = session(anna, today().minusDays(2), "groepscontact");
    SessionAttendance invited = invitation(group, c, anna, null);
    assertApplied(api.push(anna, ApiClient.create(RecordType.CONTACT,
        contact(c.id(), anna.user(), LocationType.HOME, 6, true, null)),
        ApiClient.create(RecordType.GROUP_SESSION, workshop), ApiClient.create(RecordType.GROUP_SESSION, group),
        ApiClient.create(RecordType.SESSION_ATTENDANCE, invitation(workshop, c, anna, Presence.NO_SHOW)),
        ApiClient.create(RecordType.SESSION_ATTENDANCE, invited)));
    OfficeClient office = loggedIn("office1");
    List<String> before = signals(office, c);

    assertApplied(api.push(anna, ApiClient.update(RecordType.SESSION_ATTENDANCE, invited.id(), 1,
        ApiClient.fields().put("presence", "ATTENDED"))));

    assertThat(before).as("invited to the group contact is not yet a contact").hasSize(2)
        .anySatisfy(s -> assertThat(s).contains("niet verschenen " + today().minusDays(6)))
        .anySatisfy(s -> assertThat(s).contains("niet verschenen bij " + workshop.title()));
    assertThat(signals(office, c)).isEmpty();
    assertThat(office.get("/office/kandidaten/" + c.id()).text()).doesNotContain("Niet verschenen op ");
  }

  /** The candidate's lines under Niet verschenen on the candidate list. */
  private static List<String> signals(OfficeClient office, Candidate c) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("<li data-id=\"" + c.id() + "\">(.*?)</li>",
        java.util.regex.Pattern.DOTALL).matcher(office.get("/office/kandidaten").text());
    List<String> found = new java.util.ArrayList<>();
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  /**
   * 002 §3.3.8: "Tijdens deze bijeenkomsten ondertekenen de deelnemers een document". The server
   * refuses a signature where the kind has none signed and for who did not come, as the app does, and
   * writes nothing of it; the session's page has a column for it and the candidate's page says it.
   */
  @Test
  void whoSignedTheParticipatieverklaringIsRecordedForWhoCameAndShownOnBothPages() {
    Session anna = api.login("coach1");
    Candidate signed = fileOf(anna);
    Candidate notSigned = fileOf(anna);
    Candidate away = fileOf(anna);
    GroupSession meeting = session(anna, today().minusDays(1), "informatiebijeenkomst-asielgerechtigden");
    GroupSession academy = session(anna, today().minusDays(1), "werkacademie");
    assertApplied(api.push(anna, ApiClient.create(RecordType.GROUP_SESSION, meeting),
        ApiClient.create(RecordType.GROUP_SESSION, academy)));
    String cursor = api.pullAll(anna).cursor();

    List<String> atTheAcademy = refused(anna, invitation(academy, signed, anna, Presence.ATTENDED)
        .withDeclarationSigned(true));
    List<String> notThere = refused(anna, invitation(meeting, away, anna, Presence.NO_SHOW).withDeclarationSigned(false));
    assertThat(api.pullAll(anna, cursor).changes()).as("nothing of a refusal is written").isEmpty();
    assertApplied(api.push(anna,
        ApiClient.create(RecordType.SESSION_ATTENDANCE, invitation(meeting, signed, anna, Presence.ATTENDED)
            .withDeclarationSigned(true)),
        ApiClient.create(RecordType.SESSION_ATTENDANCE, invitation(meeting, notSigned, anna, Presence.ATTENDED)
            .withDeclarationSigned(false)),
        ApiClient.create(RecordType.SESSION_ATTENDANCE, invitation(meeting, away, anna, Presence.NO_SHOW)),
        ApiClient.create(RecordType.SESSION_ATTENDANCE, invitation(academy, signed, anna, Presence.ATTENDED))));
    OfficeClient office = loggedIn("office1");
    Page page = office.get("/office/bijeenkomsten/" + meeting.id());

    assertThat(atTheAcademy).containsExactly("declarationSigned:no-declaration");
    assertThat(notThere).containsExactly("declarationSigned:requires-attended");
    assertThat(page.text()).contains("<th id=\"col-declaration\">Participatieverklaring ondertekend</th>")
        .doesNotContain("Noteer bij wie aanwezig was");
    assertThat(declarationCell(page, signed)).isEqualTo("Ja");
    assertThat(declarationCell(page, notSigned)).isEqualTo("Nee");
    assertThat(declarationCell(page, away)).as("not recorded").isEmpty();
    assertThat(office.get("/office/bijeenkomsten/" + academy.id()).text()).doesNotContain("col-declaration");
    assertThat(office.get("/office/kandidaten/" + signed.id()).text())
        .contains("Participatieverklaring ondertekend: Ja");
    assertThat(office.get("/office/kandidaten/" + notSigned.id()).text())
        .contains("Participatieverklaring ondertekend: Nee");
  }

  /** The text of the declaration's cell in the candidate's row of the session's page. */
  private static String declarationCell(Page page, Candidate c) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("<tr[^>]*data-id=\"" + c.id()
        + "\"[^>]*>.*?<td class=\"declaration\">([^<]*)</td>", java.util.regex.Pattern.DOTALL).matcher(page.text());
    assertThat(m.find()).as("a declaration cell for " + c.id()).isTrue();
    return m.group(1).strip();
  }
}
