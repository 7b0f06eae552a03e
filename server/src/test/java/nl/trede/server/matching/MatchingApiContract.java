package nl.trede.server.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.trede.domain.Ids;
import nl.trede.domain.Json;
import nl.trede.domain.Violations;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.employer.Requirement;
import nl.trede.domain.employer.Vacancy;
import nl.trede.domain.employer.VacancyStatus;
import nl.trede.matching.CandidateMatch;
import nl.trede.matching.VacancyMatches;
import nl.trede.server.audit.AuditEvent;
import nl.trede.server.audit.AuditEventRepository;
import nl.trede.server.support.ApiClient.Answer;
import nl.trede.server.support.ApiClient.Session;
import nl.trede.server.support.ApiClient;
import nl.trede.server.support.ApiContract;
import nl.trede.sync.MutationResult;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;

/**
 * The matching endpoint as a jobhunter's, a case manager's and a coach's device meet it, over real
 * HTTP against a real database; run once per database by its subclasses.
 */
abstract class MatchingApiContract extends ApiContract {
  @Inject
  AuditEventRepository auditEvents;

  @Inject
  nl.trede.server.accounts.UserRepository users;

  private Answer candidatesFor(Session session, UUID vacancy) {
    return api.raw(HttpRequest.GET("/api/matching/vacancies/" + vacancy + "/candidates"), session, false);
  }

  private VacancyMatches matches(Session session, UUID vacancy) throws Exception {
    Answer answer = candidatesFor(session, vacancy);
    assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(200);
    return Json.MAPPER.treeToValue(answer.body(), VacancyMatches.class);
  }

  private List<Vacancy> vacanciesOf(Session session) {
    return api.pullAll(session).changes().stream().filter(c -> c.type() == RecordType.VACANCY)
        .map(c -> (Vacancy) nl.trede.sync.MutationRules.read(RecordType.VACANCY, c.data())).toList();
  }

  private List<Candidate> candidatesOf(Session session) {
    return api.pullAll(session).changes().stream().filter(c -> c.type() == RecordType.CANDIDATE && !c.deleted())
        .map(c -> (Candidate) nl.trede.sync.MutationRules.read(RecordType.CANDIDATE, c.data())).toList();
  }

  @Test
  void aJobhunterSeesAnonymisedMatchesWithoutAnythingThatNamesTheCandidate() throws Exception {
    Session eva = api.login("jobhunter1");
    UUID vacancy = vacanciesOf(eva).get(0).id();
    List<Candidate> pool = candidatesOf(api.login("casemanager1"));

    Answer answer = candidatesFor(eva, vacancy);

    assertThat(answer.status()).isEqualTo(200);
    VacancyMatches result = Json.MAPPER.treeToValue(answer.body(), VacancyMatches.class);
    assertThat(result.matches()).isNotEmpty().hasSizeLessThanOrEqualTo(result.considered());
    assertThat(result.matches()).allSatisfy(m -> {
      assertThat(m.reference()).matches("K-[0-9A-F]{4}-[0-9A-F]{4}");
      assertThat(m.candidateId()).isNull();
      assertThat(m.rung()).isBetween(3, 6);
      assertThat(m.caseManagerName()).isEqualTo("Fatima El Amrani");
    });
    String body = answer.body().toString();
    for (Candidate c : pool) {
      assertThat(body).doesNotContain(c.familyName()).doesNotContain(c.address()).doesNotContain(c.id().toString());
      if (c.phone() != null) {
        assertThat(body).doesNotContain(c.phone());
      }
    }
    assertThat(answer.body().get("matches").get(0).fieldNames()).toIterable()
        .doesNotContain("givenName", "familyName", "address", "phone", "dateOfBirth", "classification", "flags");
  }

  @Test
  void eachMatchCarriesTheCaseManagersWorkPhoneForACallOnTheSpotAndNoneWhenTheAccountHasNone() throws Exception {
    Session eva = api.login("jobhunter1");
    UUID vacancy = vacanciesOf(eva).get(0).id();

    assertThat(matches(eva, vacancy).matches()).isNotEmpty()
        .allSatisfy(m -> assertThat(m.caseManagerPhone()).as("the demo's number for Fatima").isEqualTo("06-10000006"));

    nl.trede.server.accounts.User fatima = users.findByUsername("casemanager1").orElseThrow();
    users.update(fatima.withWorkPhone(null));
    try {
      Answer answer = candidatesFor(eva, vacancy);
      assertThat(Json.MAPPER.treeToValue(answer.body(), VacancyMatches.class).matches()).allSatisfy(m -> {
        assertThat(m.caseManagerName()).isEqualTo("Fatima El Amrani");
        assertThat(m.caseManagerPhone()).isNull();
      });
      assertThat(answer.body().get("matches").get(0).has("caseManagerPhone")).as("written out as null").isTrue();
    } finally {
      users.update(fatima);
    }
  }

  @Test
  void matchesWeighTheVacancysRequirementsAgainstTheFileAndTheBestFitComesFirst() throws Exception {
    Session eva = api.login("jobhunter1");
    Session fatima = api.login("casemanager1");
    UUID employer = api.pullAll(eva).changes().stream().filter(c -> c.type() == RecordType.EMPLOYER)
        .findFirst().orElseThrow().id();
    LocalDate today = LocalDate.now(Violations.ZONE);
    Vacancy warehouse = new Vacancy(Ids.newId(), employer, "Magazijnmedewerker", List.of("Dozen inpakken"),
        new BigDecimal("20"), EnumSet.of(Requirement.VCA), null, true, VacancyStatus.OPEN, today, eva.user());
    assertThat(api.push(eva, ApiClient.create(RecordType.VACANCY, warehouse)))
        .singleElement().isInstanceOf(MutationResult.Applied.class);

    // The case manager holds every demo file, so the answer names them: check each against the file.
    VacancyMatches result = matches(fatima, warehouse.id());
    var files = candidatesOf(fatima).stream().collect(Collectors.toMap(Candidate::id, c -> c));
    assertThat(result.matches()).isNotEmpty().allSatisfy(m -> {
      Candidate c = files.get(m.candidateId());
      assertThat(c).as("a revealed id is in the case manager's own caseload").isNotNull();
      assertThat(m.requirementsMet().contains(Requirement.VCA)).isEqualTo(c.certificates().contains(Requirement.VCA));
      assertThat(m.hoursFit()).isEqualTo(c.availableHoursPerWeek() != null
          && c.availableHoursPerWeek().compareTo(new BigDecimal("20")) >= 0);
      assertThat(m.targetGroupRegister()).isEqualTo(
          c.flags().contains(nl.trede.domain.candidate.CandidateFlag.TARGET_GROUP_REGISTER));
      assertThat(c.exit()).as("closed files are never proposed").isNull();
    });
    List<Integer> missing = result.matches().stream().map(m -> m.requirementsMissing().size()).toList();
    assertThat(missing).isSorted();
    assertThat(result.matches().get(0).requirementsMet()).contains(Requirement.VCA);
  }

  @Test
  void theReferenceIsStableForAVacancyAndDiffersForAnother() throws Exception {
    Session eva = api.login("jobhunter1");
    List<Vacancy> vacancies = vacanciesOf(eva);

    Set<String> first = matches(eva, vacancies.get(0).id()).matches().stream()
        .map(CandidateMatch::reference).collect(Collectors.toSet());
    Set<String> again = matches(eva, vacancies.get(0).id()).matches().stream()
        .map(CandidateMatch::reference).collect(Collectors.toSet());
    Set<String> other = matches(eva, vacancies.get(1).id()).matches().stream()
        .map(CandidateMatch::reference).collect(Collectors.toSet());

    assertThat(again).isEqualTo(first);
    assertThat(other).doesNotContainAnyElementsOf(first);
  }

  @Test
  void coachesAndJobcoachesAreRefusedAndTheRefusalIsAudited() {
    Session eva = api.login("jobhunter1");
    UUID vacancy = vacanciesOf(eva).get(0).id();
    Session anna = api.login("coach1");
    Session dirk = api.login("jobcoach1");

    Answer coach = candidatesFor(anna, vacancy);
    Answer jobcoach = candidatesFor(dirk, vacancy);

    assertThat(coach.status()).isEqualTo(403);
    assertThat(coach.contentType()).startsWith("application/problem+json");
    assertThat(jobcoach.status()).isEqualTo(403);
    assertThat(audited(anna.userId(), vacancy)).extracting(AuditEvent::outcome).containsExactly("refused");
  }

  @Test
  void everyAnswerIsAuditedWithWhoAndWhichVacancy() throws Exception {
    Session eva = api.login("jobhunter1");
    UUID vacancy = vacanciesOf(eva).get(2).id();

    int shown = matches(eva, vacancy).matches().size();

    assertThat(audited(eva.userId(), vacancy)).singleElement().satisfies(e -> {
      assertThat(e.action()).isEqualTo("matching.candidates");
      assertThat(e.recordType()).isEqualTo("vacancy");
      assertThat(e.outcome()).isEqualTo("ok:" + shown);
      assertThat(e.remoteAddress()).isNotBlank();
    });
  }

  @Test
  void aVacancyOfAnotherMunicipalityIsAnsweredAsIfItDidNotExist() {
    UUID overbetuwe = vacanciesOf(api.login("jobhunter1")).get(0).id();
    Session dalfsen = api.login("casemanager-dalfsen");

    Answer answer = candidatesFor(dalfsen, overbetuwe);
    Answer unknown = candidatesFor(dalfsen, Ids.newId());

    assertThat(answer.status()).isEqualTo(404);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(answer.body().get("type")).isEqualTo(unknown.body().get("type"));
  }

  @Test
  void withoutALoginOrWithABrokenIdNothingIsAnswered() {
    Session eva = api.login("jobhunter1");

    Answer anonymous = api.raw(HttpRequest.GET("/api/matching/vacancies/" + Ids.newId() + "/candidates"), null, false);
    Answer broken = api.raw(HttpRequest.GET("/api/matching/vacancies/not-a-uuid/candidates"), eva, false);

    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(broken.status()).isEqualTo(400);
  }

  private List<AuditEvent> audited(String userId, UUID vacancy) {
    return auditEvents.findByTenantIdOrderByAt("overbetuwe").stream()
        .filter(e -> MatchingService.ACTION.equals(e.action()) && userId.equals(e.userId())
            && vacancy.toString().equals(e.recordId()))
        .toList();
  }
}
