package nl.trede.server.office.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.domain.Ids;
import nl.trede.domain.broadintake.BroadIntake;
import nl.trede.domain.broadintake.DomainScore;
import nl.trede.domain.broadintake.WorkExperience;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.referral.Referral;
import nl.trede.domain.referral.ReferralStatus;
import nl.trede.server.support.ApiClient;
import nl.trede.server.support.ApiClient.Session;
import nl.trede.server.support.OfficeClient;
import nl.trede.sync.MutationResult;
import nl.trede.sync.RecordChange;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;

/**
 * Lansingerland's brede uitvraag (002 §3.3.1, decision 0065), recorded in the field and on the file's
 * page in the console: the one that holds in full, earlier ones collapsed, a correction replacing what
 * it corrects, and a signalled work limitation prompting the UWV's beoordeling arbeidsvermogen until
 * the file has that referral. The configuration's domains and levels are held on push, naming field
 * and rule, and nothing of a refused uitvraag is stored. Against a server whose demo is Lansingerland
 * (the one municipality with a brede uitvraag); run once per database by the subclasses.
 */
abstract class BroadIntakesContract extends LansingerlandConsoleContract {
  /** Every life domain of lansingerland.yml, in its order. */
  static final List<String> DOMAINS = List.of("financien", "werk-opleiding", "tijdsbesteding", "huisvesting",
      "huiselijke-relaties", "geestelijke-gezondheid", "lichamelijke-gezondheid", "middelengebruik", "basale-adl",
      "instrumentele-adl", "sociaal-netwerk", "maatschappelijke-participatie", "justitie");

  /** Every domain scored 4, but money: {@code money}, with a note. */
  private static List<DomainScore> scores(int money) {
    List<DomainScore> scores = new ArrayList<>();
    for (String domain : DOMAINS) {
      scores.add(domain.equals("financien") ? new DomainScore(domain, money, "Schulden bij de zorgverzekeraar")
          : new DomainScore(domain, 4, null));
    }
    return scores;
  }

  private static BroadIntake intake(Candidate c, Session by, LocalDate day, List<DomainScore> scores,
      String education, boolean signs, UUID corrects) {
    return new BroadIntake(Ids.newId(), c.id(), day, by.user(), scores, education, "Diploma mbo 2 logistiek",
        List.of(new WorkExperience("Orderpicker", "Distributiecentrum", 3), new WorkExperience("Vakkenvuller", null, 0)),
        List.of("nauwkeurig", "doorzetter"), "Wil weer structuur en collega's", "Hulp bij het budget", signs,
        corrects);
  }

  private Candidate file(Session anna) {
    Candidate c = candidate("Uitvraag", "Proef" + suffix(), user("casemanager1"), List.of(anna.user()));
    assertApplied(api.push(api.login("office1"), ApiClient.create(RecordType.CANDIDATE, c)));
    return c;
  }

  @Test
  void theFilesPageShowsTheUitvraagThatHoldsEarlierOnesCollapsedAndPromptsTheUwvUntilReferred() {
    Session anna = api.login("coach1");
    Candidate c = file(anna);
    BroadIntake spring = intake(c, anna, today().minusDays(200), scores(3), "vmbo", false, null);
    BroadIntake autumn = intake(c, anna, today().minusDays(10), scores(1), "mbo-2", true, null);
    BroadIntake autumnFixed = intake(c, anna, today().minusDays(10), scores(2), "mbo-2", true, autumn.id());

    assertApplied(api.push(anna, ApiClient.create(RecordType.BROAD_INTAKE, spring),
        ApiClient.create(RecordType.BROAD_INTAKE, autumn)));
    assertApplied(api.push(anna, ApiClient.create(RecordType.BROAD_INTAKE, autumnFixed)));
    OfficeClient office = loggedIn("office1");
    String page = office.get("/office/kandidaten/" + c.id()).text();

    String current = between(page, "id=\"broad-intake-current\"", "</dl>");
    assertThat(current).contains("Financiën", "2 · Niet zelfredzaam", "Schulden bij de zorgverzekeraar",
        "4 · Voldoende zelfredzaam", "Basale ADL (zelfverzorging)", "Mbo 2 · Diploma mbo 2 logistiek",
        "Orderpicker · Distributiecentrum · 3 jaar", "Vakkenvuller · korter dan een jaar", "nauwkeurig, doorzetter",
        "Wil weer structuur en collega&#39;s", "Hulp bij het budget", "Signalen van een arbeidsbeperking",
        "Ja").doesNotContain("1 · Acute problematiek");
    assertThat(between(page, "id=\"broad-intake-earlier\"", "</details>")).as("collapsed, the one before")
        .contains("Eerdere brede uitvragen (1)", "3 · Beperkt zelfredzaam", "Vmbo", "Nee")
        .doesNotContain("1 · Acute problematiek");
    assertThat(page).contains("Beoordeling arbeidsvermogen aanvragen",
        "/office/kandidaten/" + c.id() + "/aanmelden?target=uwv-arbeidsvermogen");
    assertThat(office.get("/office/kandidaten/" + c.id() + "/aanmelden?target=uwv-arbeidsvermogen").text())
        .as("the referral form starts at the UWV").containsPattern("value=\"uwv-arbeidsvermogen\"[^>]*checked");

    Session caseManager = api.login("casemanager1");
    assertApplied(api.push(caseManager, ApiClient.create(RecordType.REFERRAL, new Referral(Ids.newId(), c.id(),
        caseManager.user(), "uwv-arbeidsvermogen", null, "Beoordeling arbeidsvermogen", ReferralStatus.SENT, today(),
        null, null, null, null))));
    assertThat(office.get("/office/kandidaten/" + c.id()).text()).contains("id=\"broad-intake-current\"")
        .doesNotContain("Beoordeling arbeidsvermogen aanvragen");
    assertThat(api.pullAll(api.login("coach2")).changes()).extracting(RecordChange::id)
        .as("only who reaches the file").doesNotContain(spring.id(), autumn.id(), autumnFixed.id());
  }

  @Test
  void domainsAndLevelsTheMunicipalityDoesNotNameAreRefusedAndNothingIsStored() {
    Session anna = api.login("coach1");
    Candidate c = file(anna);
    List<DomainScore> oneTooMany = new ArrayList<>(scores(3));
    oneTooMany.add(new DomainScore("verslaving", 2, null));
    List<DomainScore> oneShort = new ArrayList<>(scores(3).subList(1, DOMAINS.size()));
    Map<String, BroadIntake> refused = Map.of(
        "domains[13].domain:unknown-domain", intake(c, anna, today(), oneTooMany, "mbo-2", false, null),
        "domains:domain-missing", intake(c, anna, today(), oneShort, "mbo-2", false, null),
        "educationLevel:unknown-education-level", intake(c, anna, today(), scores(3), "mbo-5", false, null),
        "domains[0].score:range", intake(c, anna, today(), List.of(new DomainScore("financien", 7, null)), "mbo-2",
            false, null));

    refused.forEach((rule, intake) -> assertThat(api.pushMalformed(anna, ApiClient.create(RecordType.BROAD_INTAKE,
        intake))).singleElement().isInstanceOfSatisfying(MutationResult.Rejected.class, r -> assertThat(
            r.violations()).extracting(v -> v.field().replaceFirst("^fields\\.", "") + ":" + v.rule())
            .as(rule).containsExactly(rule)));
    assertThat(api.pullAll(anna).changes()).extracting(RecordChange::id).as("nothing of them is stored")
        .doesNotContainAnyElementsOf(refused.values().stream().map(BroadIntake::id).toList());
    assertThat(loggedIn("office1").get("/office/kandidaten/" + c.id()).text())
        .contains("Nog geen brede uitvraag vastgelegd.");
  }

  private static String between(String page, String from, String to) {
    int start = page.indexOf(from);
    assertThat(start).as(from).isNotNegative();
    return page.substring(start, page.indexOf(to, start));
  }
}
