package nl.trede.server.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.CandidateFile;
import nl.trede.domain.candidate.Exemption;
import nl.trede.domain.candidate.ExemptionKind;
import nl.trede.domain.candidate.Exit;
import nl.trede.domain.candidate.ExitReason;
import nl.trede.domain.obligation.ObligationKind;
import nl.trede.domain.obligation.ObligationMeasure;
import nl.trede.server.kpi.Exemptions.Line;
import nl.trede.server.kpi.Exemptions.PerPerson;
import nl.trede.server.kpi.Exemptions.Status;
import org.junit.jupiter.api.Test;

/**
 * Exemptions under review (003 §2C, doelstelling 2) against the hand computation in docs/kpis.md,
 * "Ontheffingen: worked example". Reference date 31-03-2026; the review window runs to 26-05-2026.
 */
class ExemptionsTest {
  private static final LocalDate REFERENCE = LocalDate.of(2026, 3, 31);
  static final UUID KM_1 = UUID.fromString("0190a1b2-0000-7000-8000-00000000c001");
  static final UUID KM_2 = UUID.fromString("0190a1b2-0000-7000-8000-00000000c002");
  private static final ExemptionKind ONTHEFFING = ExemptionKind.WORK_AND_REINTEGRATION_DUTY;
  private static final ExemptionKind VRIJSTELLING = ExemptionKind.JOB_APPLICATION_DUTY;

  private final List<Synced<CandidateFile>> files = new ArrayList<>();
  private final List<Synced<ObligationMeasure>> measures = new ArrayList<>();
  private long made;

  private final Candidate pieter = file("Pieter", "Bakker", KM_1, null,
      exemption(ONTHEFFING, "2026-01-01", "2026-12-31"));
  private final Candidate quinta = file("Quinta", "de Vries", KM_1, null,
      exemption(ONTHEFFING, "2025-10-01", "2026-05-26"));
  private final Candidate rob = file("Rob", "Jansen", KM_2, null, exemption(VRIJSTELLING, "2025-06-01", "2026-05-27"));
  private final Candidate sara = file("Sara", "Mulder", KM_2, null, exemption(ONTHEFFING, "2025-01-01", "2026-02-28"),
      exemption(VRIJSTELLING, "2026-03-01", null));
  private final Candidate tom = file("Tom", "Smit", null, null, exemption(ONTHEFFING, "2025-01-01", "2025-12-31"),
      exemption(ONTHEFFING, "2026-01-01", null));
  private final Candidate ursula = file("Ursula", "Visser", KM_1, new Exit(LocalDate.of(2026, 3, 15), ExitReason.WORK),
      exemption(ONTHEFFING, "2025-01-01", "2026-03-01"));
  private final Candidate vera = file("Vera", "Bos", KM_2, null, exemption(VRIJSTELLING, "2026-04-15", "2026-10-15"));
  private final Candidate wim = file("Wim", "Dekker", KM_1, null);
  private final Candidate xander = file("Xander", "Meijer", KM_2, null, exemption(ONTHEFFING, "2025-04-01", "2026-03-31"));

  ExemptionsTest() {
    tegenprestatie(pieter, "2026-01-20", "2026-02-01", null, null);
    measures.add(synced(new ObligationMeasure(id(), quinta.id(), ObligationKind.BENEFIT_REDUCTION, KM_1,
        LocalDate.of(2026, 1, 10), "Afspraken niet nagekomen", 20, 2, null, null, null, LocalDate.of(2026, 2, 1),
        null, null)));
    // Tom's tegenprestatie from 01-02-2026 was corrected: it ran only in 2025, before his current ontheffing.
    UUID wrong = tegenprestatie(tom, "2026-01-15", "2026-02-01", null, null);
    tegenprestatie(tom, "2026-01-15", "2025-06-01", "2025-12-31", wrong);
    // Decided after the reference date: not in the picture of 31-03.
    tegenprestatie(tom, "2026-04-01", "2026-04-01", null, null);
    tegenprestatie(xander, "2025-12-20", "2026-01-01", "2026-01-31", null);
  }

  private Exemptions.Result compute(LocalDate reference) {
    return Exemptions.compute(files, measures, reference);
  }

  @Test
  void theFiguresOfTheWorkedExampleMatchTheHandComputation() {
    Exemptions.Result r = compute(REFERENCE);

    // Ursula's file closed on 15-03: 8 open files. In force: Pieter, Quinta, Tom, Xander (ontheffing),
    // Rob, Sara (vrijstelling); Vera's starts on 15-04, Wim has none.
    assertThat(r.openFiles()).isEqualTo(8);
    assertThat(r.withExemption()).isEqualTo(6);
    assertThat(r.byKind()).isEqualTo(Map.of(ONTHEFFING, 4, VRIJSTELLING, 2));
    assertThat(r.windowEnd()).isEqualTo(LocalDate.of(2026, 5, 26));
    // Ending by 26-05: Quinta (26-05) and Xander (31-03, its last day); expired: Sara's ontheffing.
    assertThat(r.endingSoon()).isEqualTo(2);
    assertThat(r.toReview()).isEqualTo(1);
    // Without a tegenprestatie: Quinta (a maatregel is none) and Tom (his was corrected to 2025; the
    // one decided on 01-04 comes after the reference date).
    assertThat(r.withOntheffing()).isEqualTo(4);
    assertThat(r.withoutTegenprestatie()).isEqualTo(2);
    // Files needing attention: Sara, Xander (case manager 2), Quinta (1), Tom (nobody).
    assertThat(r.needingAttention()).isEqualTo(4);
    assertThat(r.perPerson()).containsExactly(
        new PerPerson(KM_2, 4, 3, 2, 1, 1, 0),
        new PerPerson(KM_1, 3, 2, 1, 1, 0, 1),
        new PerPerson(null, 1, 1, 1, 0, 0, 1));
  }

  @Test
  void eachExemptionHasItsStatusAndThoseNeedingAttentionComeFirst() {
    Exemptions.Result r = compute(REFERENCE);

    assertThat(r.lines()).extracting(Line::name, Line::status, Line::tegenprestatie).containsExactly(
        tuple("Mulder, Sara", Status.EXPIRED_TO_REVIEW, null),
        tuple("Meijer, Xander", Status.ENDING_SOON, true),
        tuple("Vries, de, Quinta", Status.ENDING_SOON, false),
        tuple("Smit, Tom", Status.UNTIL_FURTHER_NOTICE, false),
        tuple("Jansen, Rob", Status.RUNNING, null),
        tuple("Bakker, Pieter", Status.RUNNING, true),
        tuple("Mulder, Sara", Status.UNTIL_FURTHER_NOTICE, null),
        tuple("Smit, Tom", Status.SUCCEEDED, null));
    assertThat(r.attentionLines()).hasSize(4);
  }

  @Test
  void theReviewWindowIncludesItsLastDay() {
    // Quinta's ontheffing ends on 26-05 = 31-03 + 56 days: ending soon; Rob's on 27-05: running.
    assertThat(statusOf(compute(REFERENCE), rob)).isEqualTo(Status.RUNNING);
    assertThat(statusOf(compute(REFERENCE), quinta)).isEqualTo(Status.ENDING_SOON);
    // A day later Rob's vrijstelling enters the window too.
    assertThat(statusOf(compute(REFERENCE.plusDays(1)), rob)).isEqualTo(Status.ENDING_SOON);
    // After its last day Xander's ontheffing has expired and nothing followed it.
    assertThat(compute(REFERENCE.plusDays(1)).lines()).filteredOn(l -> l.candidateId().equals(xander.id()))
        .extracting(Line::status).containsExactly(Status.EXPIRED_TO_REVIEW);
  }

  @Test
  void anExpiredExemptionFollowedByOneOfTheSameKindIsNotDueForReviewButAnotherKindDoesNotAnswerForIt() {
    Exemptions.Result r = compute(REFERENCE);

    assertThat(r.lines()).filteredOn(l -> l.candidateId().equals(tom.id())).extracting(Line::status)
        .containsExactlyInAnyOrder(Status.SUCCEEDED, Status.UNTIL_FURTHER_NOTICE);
    assertThat(r.lines()).filteredOn(l -> l.candidateId().equals(sara.id())).extracting(Line::status)
        .containsExactlyInAnyOrder(Status.EXPIRED_TO_REVIEW, Status.UNTIL_FURTHER_NOTICE);
  }

  @Test
  void aTegenprestatieCorrectedAwayDoesNotCountAndItsCorrectionDoes() {
    // Without the correction Tom's tegenprestatie from 01-02-2026 would overlap his ontheffing.
    Synced<ObligationMeasure> correction = measures.stream()
        .filter(m -> m.record().correctsId() != null).findFirst().orElseThrow();
    measures.remove(correction);
    assertThat(tegenprestatieOf(compute(REFERENCE), tom)).isTrue();

    measures.add(correction);
    assertThat(tegenprestatieOf(compute(REFERENCE), tom)).isFalse();
    // On 01-04 the tegenprestatie decided that day counts.
    assertThat(tegenprestatieOf(compute(REFERENCE.plusDays(1)), tom)).isTrue();
  }

  @Test
  void aClosedFileIsOutsideThePopulation() {
    Exemptions.Result r = compute(REFERENCE);

    assertThat(r.lines()).noneMatch(l -> l.candidateId().equals(ursula.id()));
    // Before her exit on 15-03 her expired ontheffing was due for review.
    Exemptions.Result before = compute(LocalDate.of(2026, 3, 14));
    assertThat(before.openFiles()).isEqualTo(9);
    assertThat(statusOf(before, ursula)).isEqualTo(Status.EXPIRED_TO_REVIEW);
  }

  private static Status statusOf(Exemptions.Result r, Candidate candidate) {
    return r.lines().stream().filter(l -> l.candidateId().equals(candidate.id())).findFirst().orElseThrow().status();
  }

  private static Boolean tegenprestatieOf(Exemptions.Result r, Candidate candidate) {
    return r.lines().stream().filter(l -> l.candidateId().equals(candidate.id()) && l.status().inForce())
        .findFirst().orElseThrow().tegenprestatie();
  }

  private static org.assertj.core.groups.Tuple tuple(Object... values) {
    return org.assertj.core.groups.Tuple.tuple(values);
  }

  private static Exemption exemption(ExemptionKind kind, String from, String until) {
    return new Exemption(kind, "Reden", LocalDate.parse(from), until == null ? null : LocalDate.parse(until));
  }

  /** An open file registered on 10-01-2025, from before Trede (no inflow date), closed when {@code exit} says so. */
  private Candidate file(String given, String family, UUID caseManager, Exit exit, Exemption... exemptions) {
    UUID id = UUID.nameUUIDFromBytes(("exemptions-test:" + given).getBytes(StandardCharsets.UTF_8));
    Candidate c = new Candidate(id, given, family, LocalDate.of(1975, 3, 3), null, null, caseManager, List.of(),
        LocalDate.of(2023, 1, 1), Set.of(), Map.of(), null, Arrays.asList(exemptions), List.of(), null, null, exit,
        null, null, null);
    files.add(new Synced<>(new CandidateFile(c, List.of(), List.of(), List.of()), files.size() + 1,
        LocalDate.of(2025, 1, 10).atStartOfDay().toInstant(ZoneOffset.UTC)));
    return c;
  }

  private UUID tegenprestatie(Candidate c, String decided, String from, String until, UUID corrects) {
    UUID id = id();
    measures.add(synced(new ObligationMeasure(id, c.id(), ObligationKind.COMMUNITY_SERVICE, KM_1,
        LocalDate.parse(decided), "Zinvol en passend", null, null, "Buurthuis", new BigDecimal("8"), null,
        LocalDate.parse(from), until == null ? null : LocalDate.parse(until), corrects)));
    return id;
  }

  /** Ids that sort in the order the test makes them, as v7 ids made on devices do. */
  private UUID id() {
    return UUID.fromString(String.format("0190a1b2-0000-7000-8000-%012d", ++made));
  }

  private Synced<ObligationMeasure> synced(ObligationMeasure m) {
    return new Synced<>(m, 100 + made, LocalDate.of(2026, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC));
  }
}
