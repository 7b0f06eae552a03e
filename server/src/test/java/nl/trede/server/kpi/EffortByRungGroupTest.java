package nl.trede.server.kpi;

import static nl.trede.server.kpi.TestFile.candidate;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import nl.trede.domain.candidate.CandidateFile;
import nl.trede.domain.candidate.ExitReason;
import nl.trede.domain.placement.PlacementKind;
import nl.trede.server.kpi.EffortByRungGroup.Effort;
import nl.trede.server.kpi.EffortByRungGroup.RungGroup;
import org.junit.jupiter.api.Test;

/**
 * Effort on participatie (rungs 1–3) against re-integratie (rungs 4–6), 002 §6.2 and footnotes 17–18,
 * against the hand computation in docs/kpis.md, "Inzet per tredegroep: worked example". Period: the
 * first quarter of 2026. Grants of the test files are € 1.000 each.
 */
class EffortByRungGroupTest {
  private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
  private static final LocalDate TO = LocalDate.of(2026, 3, 31);

  static List<CandidateFile> files() {
    return Stream.of(
        candidate("A").step(null, 2, "2025-06-01").contact("2026-01-10").contact("2026-02-10").noShow("2026-03-01")
            .placement(PlacementKind.TRAINING, "2026-02-01", null).evaluated(List.of("scholing"), null, null, null),
        // From rung 3 to 4 on 15 February: the contact before it is participatie, the job after it re-integratie.
        candidate("B").step(null, 3, "2025-09-01").step(3, 4, "2026-02-15").contact("2026-02-01").contact("2026-03-01")
            .placement(PlacementKind.REGULAR_JOB, "2026-03-01", null)
            .evaluated(List.of("jobcoaching", "loonkostensubsidie"), null, null, null),
        // The jobcoaching was granted in December, before the period.
        candidate("C").step(null, 5, "2025-01-01").contact("2026-01-20").contact("2026-03-20")
            .placement(PlacementKind.WORK_EXPERIENCE, "2025-12-01", null).evaluated(List.of("jobcoaching"), null, null, null),
        candidate("D").contact("2026-02-20"),
        // Closed for work on 28 February; the aftercare contact after it is effort too.
        candidate("E").step(null, 1, "2025-03-01").exited("2026-02-28", ExitReason.WORK).contact("2026-03-15"),
        candidate("F").step(null, 6, "2025-05-01").contact("2026-04-02"))
        .map(TestFile::file).toList();
  }

  @Test
  void contactsAndGrantsCountForTheRungGroupTheCandidateWasOnThatDay() {
    EffortByRungGroup.Result r = EffortByRungGroup.compute(files(), FROM, TO);
    Effort participation = r.perGroup().get(RungGroup.PARTICIPATION);
    Effort reintegration = r.perGroup().get(RungGroup.REINTEGRATION);
    Effort noRung = r.perGroup().get(RungGroup.NO_RUNG);

    // Contacts: A twice (not the no-show), B on 1 February, E after her exit; B on 1 March, C twice; D.
    assertThat(List.of(participation.contacts(), participation.candidatesSpokenTo())).containsExactly(4, 3);
    assertThat(List.of(reintegration.contacts(), reintegration.candidatesSpokenTo())).containsExactly(3, 2);
    assertThat(List.of(noRung.contacts(), noRung.candidatesSpokenTo())).containsExactly(1, 1);
    // Grants: A's scholing on rung 2; B's two on rung 4; C's in December is outside the period.
    assertThat(List.of(participation.grants(), participation.candidatesGranted())).containsExactly(1, 1);
    assertThat(participation.amount()).isEqualByComparingTo(new BigDecimal("1000"));
    assertThat(List.of(reintegration.grants(), reintegration.candidatesGranted())).containsExactly(2, 1);
    assertThat(reintegration.amount()).isEqualByComparingTo(new BigDecimal("2000"));
    assertThat(noRung.grants()).isZero();
  }

  @Test
  void theOpenFilesOnTheLastDayAreCountedByTheirRungThenAndTheTotalCountsEachCandidateOnce() {
    EffortByRungGroup.Result r = EffortByRungGroup.compute(files(), FROM, TO);

    // A on 2; B, C, F on 4, 5, 6; D without a rung; E closed.
    assertThat(r.perGroup().get(RungGroup.PARTICIPATION).openOnEnd()).isEqualTo(1);
    assertThat(r.perGroup().get(RungGroup.REINTEGRATION).openOnEnd()).isEqualTo(3);
    assertThat(r.perGroup().get(RungGroup.NO_RUNG).openOnEnd()).isEqualTo(1);
    // B was spoken to on both sides of his step: once in each group, once in the total.
    assertThat(List.of(r.total().openOnEnd(), r.total().contacts(), r.total().candidatesSpokenTo(), r.total().grants(),
        r.total().candidatesGranted())).containsExactly(5, 8, 5, 3, 2);
    assertThat(r.total().amount()).isEqualByComparingTo(new BigDecimal("3000"));
  }
}
