package nl.trede.matching;

import static nl.trede.domain.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.trede.domain.candidate.CandidateFile;
import nl.trede.domain.Fixtures;
import nl.trede.domain.Ids;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.CandidateFlag;
import nl.trede.domain.candidate.Exit;
import nl.trede.domain.candidate.ExitReason;
import nl.trede.domain.employer.Requirement;
import nl.trede.domain.employer.Vacancy;
import nl.trede.domain.ladder.LadderStep;
import org.junit.jupiter.api.Test;

class MatchingTest {
  private final Vacancy orderpicker = Fixtures.vacancy(); // A2, forklift, 24 h, suits the register

  private static CandidateFile file(Candidate c, int rung) {
    return new CandidateFile(c, List.of(new LadderStep(Ids.newId(), c.id(), null, rung, TODAY.minusMonths(1),
        "Intake", Fixtures.COACH, null)), List.of(), List.of());
  }

  private static Candidate with(String language, Set<Requirement> certificates, String hours, Set<CandidateFlag> flags,
      Exit exit) {
    Candidate c = Fixtures.candidate();
    return new Candidate(Ids.newId(), c.givenName(), c.familyName(), c.dateOfBirth(), c.phone(), c.address(),
        c.caseManagerId(), c.coachIds(), c.benefitStartDate(), flags, c.classification(), null, List.of(),
        List.of(), c.plan(), c.inflow(), exit, certificates, language, hours == null ? null : new BigDecimal(hours));
  }

  @Test
  void requirementsAreMetByCertificatesAndTheLanguageLevelInCefrOrder() {
    Candidate b1 = with("B1", Set.of(Requirement.VCA), "32", Set.of(CandidateFlag.TARGET_GROUP_REGISTER), null);

    CandidateMatch match = Matching.match(orderpicker, file(b1, 4), TODAY,
        new Matching.CaseManager("Fatima El Amrani", "06-12345678"), false);

    assertThat(match.requirementsMet()).containsExactly(Requirement.DUTCH_LANGUAGE_LEVEL);
    assertThat(match.requirementsMissing()).containsExactly(Requirement.FORKLIFT_CERTIFICATE);
    assertThat(match.hoursFit()).isTrue();
    assertThat(match.targetGroupFit()).isTrue();
    assertThat(match.rung()).isEqualTo(4);
    assertThat(match.caseManagerName()).isEqualTo("Fatima El Amrani");
    assertThat(match.caseManagerPhone()).isEqualTo("06-12345678");
  }

  @Test
  void anAnswerReadsAcrossVersionsOfTheAppAndTheServer() throws Exception {
    // An older server sends no caseManagerPhone; a newer one may send what this app does not know
    // yet, as this server's caseManagerPhone is unknown to an older app: both read, nothing fails.
    String older = "{\"reference\":\"K-AAAA-0001\",\"rung\":4,\"hoursFit\":true,\"targetGroupRegister\":false,"
        + "\"targetGroupFit\":false,\"caseManagerName\":\"Fatima El Amrani\",\"candidateId\":null}";
    String newer = older.replace("}", ",\"caseManagerPhone\":\"06-12345678\",\"caseManagerRoom\":\"B1.12\"}");

    CandidateMatch fromOlder = nl.trede.domain.Json.MAPPER.readValue(older, CandidateMatch.class);
    CandidateMatch fromNewer = nl.trede.domain.Json.MAPPER.readValue(newer, CandidateMatch.class);

    assertThat(fromOlder.caseManagerName()).isEqualTo("Fatima El Amrani");
    assertThat(fromOlder.caseManagerPhone()).isNull();
    assertThat(fromNewer.caseManagerPhone()).isEqualTo("06-12345678");
  }

  @Test
  void theCandidateIdIsRevealedOnlyWhenAsked() {
    Candidate c = with("A1", Set.of(), "8", Set.of(), null);

    assertThat(Matching.match(orderpicker, file(c, 3), TODAY, null, false).candidateId()).isNull();
    assertThat(Matching.match(orderpicker, file(c, 3), TODAY, null, true).candidateId()).isEqualTo(c.id());
  }

  @Test
  void aLanguageLevelBelowTheRequiredOneOrUnknownDoesNotMeetIt() {
    assertThat(Matching.atLeast("A1", "A2")).isFalse();
    assertThat(Matching.atLeast(null, "A2")).isFalse();
    assertThat(Matching.atLeast("C2", "A2")).isTrue();
    assertThat(Matching.atLeast("A2", "A2")).isTrue();
  }

  @Test
  void onlyOpenFilesFromRungThreeAreWeighed() {
    Candidate open = with("B1", Set.of(), "24", Set.of(), null);
    Candidate closed = with("B1", Set.of(), "24", Set.of(), new Exit(TODAY.minusDays(3), ExitReason.WORK));

    assertThat(Matching.weighed(file(open, 3), TODAY)).isTrue();
    assertThat(Matching.weighed(file(open, 2), TODAY)).isFalse();
    assertThat(Matching.weighed(file(closed, 5), TODAY)).isFalse();
    assertThat(Matching.weighed(new CandidateFile(open, List.of(), List.of(), List.of()), TODAY)).isFalse();
  }

  @Test
  void theReferenceIsStablePerVacancyAndDiffersBetweenVacancies() {
    UUID candidate = Ids.newId();
    UUID other = Ids.newId();

    String first = Matching.reference(candidate, orderpicker.id());

    assertThat(first).matches("K-[0-9A-F]{4}-[0-9A-F]{4}");
    assertThat(Matching.reference(candidate, orderpicker.id())).isEqualTo(first);
    assertThat(Matching.reference(candidate, other)).isNotEqualTo(first);
    assertThat(first).doesNotContain(candidate.toString().substring(0, 8).toUpperCase());
  }

  @Test
  void theBestFitComesFirst() {
    List<CandidateMatch> matches = new ArrayList<>();
    Candidate missingBoth = with("A1", Set.of(), "40", Set.of(), null);
    Candidate fitsAll = with("B2", Set.of(Requirement.FORKLIFT_CERTIFICATE), "24", Set.of(), null);
    Candidate fewHours = with("B2", Set.of(Requirement.FORKLIFT_CERTIFICATE), "12", Set.of(), null);
    matches.add(Matching.match(orderpicker, file(missingBoth, 6), TODAY, null, true));
    matches.add(Matching.match(orderpicker, file(fewHours, 6), TODAY, null, true));
    matches.add(Matching.match(orderpicker, file(fitsAll, 3), TODAY, null, true));

    matches.sort(Matching.BEST_FIRST);

    assertThat(matches).extracting(CandidateMatch::candidateId)
        .containsExactly(fitsAll.id(), fewHours.id(), missingBoth.id());
  }
}
