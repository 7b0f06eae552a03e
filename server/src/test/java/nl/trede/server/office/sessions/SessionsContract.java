package nl.trede.server.office.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import nl.trede.domain.Ids;
import nl.trede.domain.Violation;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.session.GroupSession;
import nl.trede.domain.session.SessionAttendance;
import nl.trede.domain.session.SessionAttendance.Presence;
import nl.trede.server.support.ApiClient;
import nl.trede.server.support.ApiClient.Session;
import nl.trede.server.support.ConsoleContract;
import nl.trede.server.support.OfficeClient;
import nl.trede.server.support.OfficeClient.Page;
import nl.trede.sync.Mutation;
import nl.trede.sync.MutationResult;
import nl.trede.sync.RecordChange;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;

/**
 * Group sessions through sync and in the console (issue 18): a coach plans a training of one of
 * Overbetuwe's kinds and invites two of her candidates; every device of the municipality receives the
 * session, only those reaching a file its invitation; the rules are the server's as much as the
 * device's; the console counts who came and lists the invited on the session's and the candidate's
 * page. Run once per database by the subclasses.
 */
abstract class SessionsContract extends ConsoleContract {
  private GroupSession training(Session by, LocalDate day, String kind) {
    return new GroupSession(Ids.newId(), kind, "Aan het werk " + suffix(), day, LocalTime.of(9, 30),
        "Gemeentehuis, zaal 2", null, by.user(), null, null, null, false);
  }

  private static SessionAttendance invitation(GroupSession session, Candidate c, Session by, Presence presence,
      boolean followUp) {
    return new SessionAttendance(SessionAttendance.idFor(session.id(), c.id()), session.id(), c.id(), by.user(),
        session.date().minusDays(7), presence, followUp, followUp ? "Wil verder met een sollicitatiebrief" : null);
  }

  private Candidate fileOf(Session coach) {
    Candidate c = candidate("Groep", "Deelnemer" + suffix(), user("casemanager1"), List.of(coach.user()));
    assertApplied(api.push(api.login("office1"), ApiClient.create(RecordType.CANDIDATE, c)));
    return c;
  }

  private List<Violation> refused(Session by, Mutation m) {
    MutationResult result = api.push(by, m).get(0);
    assertThat(result).isInstanceOf(MutationResult.Rejected.class);
    return ((MutationResult.Rejected) result).violations();
  }

  @Test
  void theSessionReachesEveryDeviceOfTheMunicipalityAndEachInvitationOnlyThoseReachingTheFile() {
    Session anna = api.login("coach1");
    Session carla = api.login("coach2");
    Session ilse = api.login("coach-dalfsen");
    String dalfsenCursor = api.pullAll(ilse).cursor();
    Candidate annasFile = fileOf(anna);
    GroupSession held = training(anna, today().minusDays(2), "aan-het-werk");
    SessionAttendance came = invitation(held, annasFile, anna, Presence.ATTENDED, true);

    assertApplied(api.push(anna, ApiClient.create(RecordType.GROUP_SESSION, held)));
    assertApplied(api.push(anna, ApiClient.create(RecordType.SESSION_ATTENDANCE, came)));

    List<RecordChange> carlas = api.pullAll(carla).changes();
    assertThat(carlas).extracting(RecordChange::id).as("the session names nobody: every device has it")
        .contains(held.id()).doesNotContain(came.id());
    assertThat(api.pullAll(anna).changes()).extracting(RecordChange::id).contains(held.id(), came.id());
    assertThat(api.pullAll(ilse, dalfsenCursor).changes()).extracting(RecordChange::id)
        .doesNotContain(held.id(), came.id());
  }

  @Test
  void theServerRefusesWhatTheRulesRefuseNamingTheFieldAndWritesNothingOfIt() {
    Session anna = api.login("coach1");
    Session carla = api.login("coach2");
    Session ilse = api.login("coach-dalfsen");
    Candidate annasFile = fileOf(anna);
    GroupSession held = training(anna, today().minusDays(1), "aan-het-werk");
    GroupSession nextWeek = training(anna, today().plusDays(7), "actieplan-naar-werk");
    GroupSession inDalfsen = training(ilse, today().minusDays(1), "workshop-werkfit");
    assertApplied(api.push(anna, ApiClient.create(RecordType.GROUP_SESSION, held),
        ApiClient.create(RecordType.GROUP_SESSION, nextWeek)));
    assertApplied(api.push(ilse, ApiClient.create(RecordType.GROUP_SESSION, inDalfsen)));
    String cursor = api.pullAll(anna).cursor();

    List<Violation> unknownKind = refused(anna, ApiClient.create(RecordType.GROUP_SESSION,
        training(anna, today(), "vrijwilligersmarkt")));
    List<Violation> beforeTheDay = refused(anna, ApiClient.create(RecordType.SESSION_ATTENDANCE,
        invitation(nextWeek, annasFile, anna, Presence.ATTENDED, false)));
    List<Violation> otherMunicipality = refused(anna, ApiClient.create(RecordType.SESSION_ATTENDANCE,
        invitation(inDalfsen, annasFile, anna, null, false)));
    List<Violation> notHerFile = refused(carla, ApiClient.create(RecordType.SESSION_ATTENDANCE,
        invitation(held, annasFile, carla, null, false)));
    SessionAttendance randomId = invitation(held, annasFile, anna, null, false);
    List<Violation> twice = refused(anna, ApiClient.create(RecordType.SESSION_ATTENDANCE,
        new SessionAttendance(UUID.randomUUID(), held.id(), annasFile.id(), anna.user(), null, null, false, null)));

    assertThat(unknownKind).extracting(Violation::field, Violation::rule)
        .containsExactly(tuple("kind", "unknown-session-kind"));
    assertThat(unknownKind.get(0).message()).contains("aan-het-werk", "overbetuwe-beweegt");
    assertThat(beforeTheDay).extracting(Violation::field, Violation::rule)
        .containsExactly(tuple("presence", "not-yet-held"));
    assertThat(otherMunicipality).extracting(Violation::field, Violation::rule)
        .containsExactly(tuple("sessionId", "unknown-reference"));
    assertThat(notHerFile).extracting(Violation::field, Violation::rule)
        .containsExactly(tuple("candidateId", "unknown-reference"));
    assertThat(twice).extracting(Violation::field, Violation::rule).containsExactly(tuple("id", "attendance-id"));
    assertThat(api.pullAll(anna, cursor).changes()).as("nothing of a refusal is written").isEmpty();

    // Two devices inviting the same candidate make the same record: the second is a duplicate, not a copy.
    assertApplied(api.push(anna, ApiClient.create(RecordType.SESSION_ATTENDANCE, randomId)));
    Session annasTablet = api.login("coach1b");
    assertThat(refused(annasTablet, ApiClient.create(RecordType.SESSION_ATTENDANCE,
        invitation(held, annasFile, annasTablet, null, true)))).isNotEmpty();
    assertThat(api.pullAll(anna, cursor).changes()).extracting(RecordChange::id).containsOnlyOnce(randomId.id());
  }

  @Test
  void theConsoleCountsWhoCameAndListsTheInvitedOnTheSessionsAndTheCandidatesPage() {
    Session anna = api.login("coach1");
    Candidate came = fileOf(anna);
    Candidate stayedAway = fileOf(anna);
    GroupSession held = training(anna, today().minusDays(3), "aan-het-werk");
    assertApplied(api.push(anna, ApiClient.create(RecordType.GROUP_SESSION, held)));
    assertApplied(api.push(anna, ApiClient.create(RecordType.SESSION_ATTENDANCE,
        invitation(held, came, anna, Presence.ATTENDED, true)), ApiClient.create(RecordType.SESSION_ATTENDANCE,
        invitation(held, stayedAway, anna, Presence.NO_SHOW, false))));
    OfficeClient office = loggedIn("office1");

    Page dashboard = office.get("/office/monitoring/groepsbijeenkomsten");
    List<String[]> sessions = panelCsv(office, dashboard, "bijeenkomsten");
    Page page = office.get("/office/bijeenkomsten/" + held.id());
    Page file = office.get("/office/kandidaten/" + stayedAway.id());

    assertThat(dashboard.status()).isEqualTo(200);
    assertThat(dashboard.text()).contains("Groepsbijeenkomsten", "Training Aan het werk", "Op naam", "Gekomen",
        "href=\"/office/bijeenkomsten/" + held.id() + "\"").doesNotContain("BY_NAME");
    assertThat(sessions.get(0)).containsExactly("Datum", "Bijeenkomst", "Soort", "Plaats", "Stand", "Uitgenodigd",
        "Aanwezig", "Niet verschenen", "Afgemeld", "Wil vervolg", "Bezoekers", "Belangstellend");
    assertThat(sessions).anySatisfy(r -> assertThat(r).containsExactly(
        today().minusDays(3).format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")), held.title(),
        "Training Aan het werk", "Gemeentehuis, zaal 2", "", "2", "1", "1", "0", "1", "0", "0"));
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text()).contains(held.title(), "Uitgenodigd (2)", "Aanwezig", "Niet verschenen",
        "Wil verder met een sollicitatiebrief", "Anna de Vries", "href=\"/office/kandidaten/" + came.id() + "\"")
        .doesNotContain("NO_SHOW");
    assertThat(file.text()).contains("Bijeenkomsten", held.title(), "Niet verschenen")
        .as("002 §4.5: a no-show nothing has followed reaches the case manager")
        .contains("Niet verschenen op " + today().minusDays(3));
    String list = office.get("/office/kandidaten").text();
    assertThat(list).contains("niet verschenen bij " + held.title() + " op " + today().minusDays(3));
    assertApplied(api.push(anna, ApiClient.create(RecordType.CONTACT, contact(stayedAway.id(), anna.user(),
        nl.trede.domain.contact.LocationType.PHONE, 1, false, null))));
    assertThat(office.get("/office/kandidaten").text()).as("a contact since answers the signal")
        .doesNotContain("niet verschenen bij " + held.title());
    assertThat(office.get("/office/bijeenkomsten/" + Ids.newId()).status()).isEqualTo(404);
    assertThat(office.get("/office/bijeenkomsten/geen-id").status()).isEqualTo(404);
  }

  @Test
  void theOfficePlansASessionAndInvitesACaseloadGroupOnceAndAFormSaysWhatDoesNotFit() {
    OfficeClient office = loggedIn("office1");
    String title = "Rechten en plichten " + suffix();

    Page badTime = office.post("/office/bijeenkomsten/nieuw", office.withCsrf(java.util.Map.of("kind", "aan-het-werk",
        "title", title, "date", today().plusDays(14).toString(), "startTime", "9 uur")));
    Page refused = office.post("/office/bijeenkomsten/nieuw", office.withCsrf(java.util.Map.of("kind",
        "vrijwilligersmarkt", "title", title, "date", today().plusDays(14).toString())));
    Page planned = office.post("/office/bijeenkomsten/nieuw", office.withCsrf(java.util.Map.of("kind", "aan-het-werk", "title", title,
        "date", today().plusDays(14).toString(), "startTime", "09:30", "place", "Gemeentehuis")));
    String location = planned.location();
    String sessionId = location.substring("/office/bijeenkomsten/".length(), location.indexOf('?'));
    Page firstInvite = office.post("/office/bijeenkomsten/" + sessionId + "/uitnodigen", office.withCsrf(java.util.Map.of("group", "*")));
    Page again = office.post("/office/bijeenkomsten/" + sessionId + "/uitnodigen", office.withCsrf(java.util.Map.of("group", "*")));
    Page page = office.get(again.location());

    assertThat(badTime.status()).isEqualTo(422);
    assertThat(badTime.text()).contains("Vul een tijd in, bijvoorbeeld 09:30.");
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.text()).contains("Kies een soort bijeenkomst uit de lijst.");
    assertThat(planned.status()).isEqualTo(303);
    assertThat(firstInvite.location()).contains("result=invited").doesNotContain("n=0&");
    assertThat(page.text()).contains(title, "0 uitgenodigd;", "Alle open dossiers").doesNotContain("Uitgenodigd (0)");
    List<RecordChange> coachSees = api.pullAll(api.login("coach2")).changes();
    assertThat(coachSees).extracting(RecordChange::id).contains(UUID.fromString(sessionId));
    assertThat(coachSees).filteredOn(c -> c.type() == RecordType.SESSION_ATTENDANCE)
        .filteredOn(c -> c.data().get("sessionId").asText().equals(sessionId)).as("her files are invited")
        .isNotEmpty();
    assertThat(office.post("/office/bijeenkomsten/" + sessionId + "/uitnodigen", office.withCsrf(java.util.Map.of("group", "geen")))
        .status()).isEqualTo(404);
  }
}
