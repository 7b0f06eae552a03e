package nl.trede.server.office.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.trede.domain.Json;
import nl.trede.domain.candidate.Candidate;
import nl.trede.server.support.ApiClient;
import nl.trede.server.support.ApiClient.Session;
import nl.trede.server.support.OfficeClient;
import nl.trede.server.support.OfficeClient.Page;
import nl.trede.sync.RecordChange;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;

/**
 * Lansingerland's caseload group of the IOAW and IOAZ (002 §2.3: "Een deel van de 50+'ers heeft een IOAW
 * of IOAZ uitkering ... vraagt voor deze doelgroep een specifieke aanpak"; §5.3 thema 6) is a population
 * on the kind of benefit the file records (decision 0067): the office that invites the group to a
 * session reaches exactly the files on such a benefit, not one on bijstand (recorded or not), nor one
 * without benefit. Over real HTTP against a real database; run once per database by the subclasses.
 */
abstract class BenefitKindsContract extends LansingerlandConsoleContract {
  /** A file in coach1's caseload of this kind of benefit (null: none recorded), or without benefit. */
  private Candidate file(String family, String kind, boolean onBenefit) throws Exception {
    Session anna = api.login("coach1");
    ObjectNode json = Json.MAPPER.valueToTree(candidate("Kees", family + suffix(), user("casemanager1"),
        List.of(anna.user())));
    json.put("benefitKind", kind);
    if (!onBenefit) {
      json.putNull("benefitStartDate");
    }
    Candidate c = Json.MAPPER.treeToValue(json, Candidate.class);
    assertApplied(api.push(api.login("office1"), ApiClient.create(RecordType.CANDIDATE, c)));
    return c;
  }

  @Test
  void invitingTheIoawIoazGroupReachesTheFilesOnSuchABenefitAndNoOther() throws Exception {
    Candidate ioaw = file("Ioaw", "IOAW", true);
    Candidate ioaz = file("Ioaz", "IOAZ", true);
    Candidate bijstand = file("Bijstand", "BIJSTAND", true);
    Candidate unrecorded = file("Onbekend", null, true);
    Candidate none = file("Geen", null, false);
    OfficeClient office = loggedIn("office1");
    String title = "Motivatie IOAW/IOAZ " + suffix();

    Page sessions = office.get("/office/bijeenkomsten/nieuw");
    Page planned = office.post("/office/bijeenkomsten/nieuw", office.withCsrf(Map.of("kind", "werkacademie",
        "title", title, "date", today().plusDays(14).toString(), "startTime", "10:00", "place", "Raadhuis")));
    String location = planned.location();
    String sessionId = location.substring("/office/bijeenkomsten/".length(), location.indexOf('?'));
    assertThat(office.get(location).text()).as("the group is offered").contains("IOAW en IOAZ (aanpak motivatie)");
    Page invited = office.post("/office/bijeenkomsten/" + sessionId + "/uitnodigen",
        office.withCsrf(Map.of("group", "ioaw-ioaz")));

    assertThat(sessions.status()).isEqualTo(200);
    assertThat(invited.location()).contains("result=invited");
    Set<UUID> inFiles = api.pullAll(api.login("coach1")).changes().stream()
        .filter(c -> c.type() == RecordType.SESSION_ATTENDANCE)
        .filter(c -> c.data().get("sessionId").asText().equals(sessionId))
        .map(c -> UUID.fromString(c.data().get("candidateId").asText())).collect(Collectors.toSet());
    assertThat(inFiles).contains(ioaw.id(), ioaz.id())
        .doesNotContain(bijstand.id(), unrecorded.id(), none.id());
    // The demo's files in the group are on an IOAW or IOAZ as well: every invitation is of one.
    Map<UUID, String> kinds = api.pullAll(api.login("office1")).changes().stream()
        .filter(c -> c.type() == RecordType.CANDIDATE && !c.deleted())
        .collect(Collectors.toMap(RecordChange::id, c -> c.data().path("benefitKind").asText(""), (a, b) -> b));
    assertThat(inFiles).allSatisfy(id -> assertThat(kinds.get(id)).isIn("IOAW", "IOAZ"));
  }

  @Test
  void theMonitorCountsTheFilesOnBenefitByKindAndAge() throws Exception {
    OfficeClient office = loggedIn("office1");
    List<String[]> before = panelCsv(office, office.get("/office/monitoring/leeftijd-en-uitkeringsduur"),
        "soort-uitkering");
    file("Ioaz", "IOAZ", true);
    file("Onbekend", null, true);
    file("Geen", null, false);

    Page page = office.get("/office/monitoring/leeftijd-en-uitkeringsduur");
    List<String[]> after = panelCsv(office, page, "soort-uitkering");

    assertThat(after.get(0)).containsExactly("Leeftijd", "Bijstand (Participatiewet)", "IOAW", "IOAZ",
        "Met uitkering");
    assertThat(page.text()).contains("Soort uitkering naar leeftijd").contains("IOAW en IOAZ");
    // The three files are 36 years old: 27 to 50. One more IOAZ, one more bijstand (unrecorded reads so).
    int[] was = numbers(before.get(2));
    int[] now = numbers(after.get(2));
    assertThat(after.get(2)[0]).isEqualTo("27 tot 50");
    assertThat(new int[] {now[0] - was[0], now[1] - was[1], now[2] - was[2], now[3] - was[3]})
        .containsExactly(1, 0, 1, 2);
  }

  private static int[] numbers(String[] row) {
    int[] n = new int[row.length - 1];
    for (int i = 1; i < row.length; i++) {
      n[i - 1] = Integer.parseInt(row[i]);
    }
    return n;
  }
}
