package nl.trede.server.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.trede.config.CaseloadGroup;
import nl.trede.domain.Violations;
import nl.trede.domain.candidate.BenefitKind;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.CandidateFile;
import nl.trede.domain.candidate.Exit;
import nl.trede.domain.candidate.ExitReason;
import org.junit.jupiter.api.Test;

/**
 * 50-plussers and long on benefit (004 §3c) against the hand computation in docs/kpis.md, "Leeftijd en
 * uitkeringsduur: worked example". Reference date 31-03-2026; files registered on 10-01-2025.
 */
class AgeAndBenefitDurationTest {
  private static final LocalDate REFERENCE = LocalDate.of(2026, 3, 31);
  private static final String REGISTERED = "2025-01-10";
  private static final String NO_BENEFIT = null;

  private final List<Synced<Candidate>> files = new ArrayList<>();

  AgeAndBenefitDurationTest() {
    file("Ada", "2001-06-01", "2025-10-01", null, REGISTERED);
    // 27 on 01-04-2026: still under 27 on the reference date.
    file("Bas", "1999-04-01", "2024-03-31", null, REGISTERED);
    // 35 months: three years less a day.
    file("Carla", "1990-01-01", "2023-04-01", null, REGISTERED);
    file("Daan", "1985-05-05", "2023-03-31", null, REGISTERED);
    file("Els", "1980-01-01", NO_BENEFIT, null, REGISTERED);
    // 50 on the reference date itself.
    file("Frits", "1976-03-31", "2020-01-01", null, REGISTERED);
    file("Greet", "1970-07-01", "2022-06-01", null, REGISTERED);
    file("Henk", "1965-02-01", "2025-06-01", null, REGISTERED);
    file("Ina", "1968-09-09", "2024-01-01", null, REGISTERED);
    file("Joop", "1962-01-01", "2019-01-01", "2026-02-01", REGISTERED);
    // 50 on 01-04-2026: 49 on the reference date.
    file("Kees", "1976-04-01", "2018-01-01", null, REGISTERED);
    // Benefit from after the reference date: without benefit then.
    file("Lies", "1972-01-01", "2026-05-01", null, REGISTERED);
    file("Mart", "1960-01-01", "2015-01-01", null, "2026-04-02");
    file("Nora", "1958-03-03", "2021-01-01", null, REGISTERED);
    file("Olaf", null, "2020-01-01", null, REGISTERED);
  }

  @Test
  void theOpenFilesAreCountedByAgeBandAgainstYearsOnBenefit() {
    AgeAndBenefitDuration.Result r = AgeAndBenefitDuration.compute(files, REFERENCE);

    // Joop left on 01-02, Mart was registered after the reference date; Olaf has no date of birth.
    assertThat(r.population()).isEqualTo(13);
    assertThat(r.unknownAge()).isEqualTo(1);
    // Columns: under 1 year, 1 to 3 years, 3 years or longer, without benefit.
    assertThat(r.cells()[0]).containsExactly(1, 1, 0, 0);
    assertThat(r.cells()[1]).containsExactly(0, 1, 2, 1);
    assertThat(r.cells()[2]).containsExactly(1, 1, 3, 1);
    assertThat(List.of(r.column(0), r.column(1), r.column(2), r.column(AgeAndBenefitDuration.WITHOUT_BENEFIT)))
        .containsExactly(2, 3, 5, 2);
    assertThat(r.withBenefit()).isEqualTo(10);
    assertThat(r.share(1, 2)).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(r.share(0, 2)).isZero();
  }

  @Test
  void theSeedsQuestionIsTheShareOfTheFiftyPlussersOnBenefitThreeYearsOrLonger() {
    AgeAndBenefitDuration.Result r = AgeAndBenefitDuration.compute(files, REFERENCE);

    // Frits, Greet, Nora of Frits, Greet, Henk, Ina, Nora; Lies has no benefit yet and is not counted.
    assertThat(r.fiftyPlusThreeYearsOrLonger()).isEqualTo(3);
    assertThat(r.fiftyPlusOnBenefit()).isEqualTo(5);
    assertThat(r.fiftyPlusLongShare()).isCloseTo(0.6, within(1e-9));
    assertThat(r.fiftyPlusShareOfOnBenefit()).isCloseTo(0.5, within(1e-9));
    AgeAndBenefitDuration.Result empty = AgeAndBenefitDuration.compute(List.of(), REFERENCE);
    assertThat(empty.fiftyPlusLongShare()).isNull();
    assertThat(empty.fiftyPlusShareOfOnBenefit()).isNull();
  }

  /**
   * 002 §2.3 "Inwoners met een bijstandsuitkering, IOAW en IOAZ naar leeftijd": the files on benefit by
   * age band and kind; Henk has an IOAW, Nora an IOAZ, the others on benefit no recorded kind: bijstand.
   */
  @Test
  void theFilesOnBenefitAreCountedByAgeAndKindAndAnUnrecordedKindIsBijstand() {
    kind("Henk", BenefitKind.IOAW);
    kind("Nora", BenefitKind.IOAZ);
    AgeAndBenefitDuration.Result r = AgeAndBenefitDuration.compute(files, REFERENCE);

    // Under 27: Ada, Bas. 27 to 49: Carla, Daan, Kees (Els has no benefit). 50+: Frits, Greet, Ina; Henk; Nora.
    assertThat(r.kinds()[0]).containsExactly(2, 0, 0);
    assertThat(r.kinds()[1]).containsExactly(3, 0, 0);
    assertThat(r.kinds()[2]).containsExactly(3, 1, 1);
    assertThat(r.ofKind(BenefitKind.BIJSTAND) + r.ofKind(BenefitKind.IOAW) + r.ofKind(BenefitKind.IOAZ))
        .isEqualTo(r.withBenefit()).isEqualTo(10);
  }

  private void kind(String name, BenefitKind kind) {
    files.replaceAll(s -> !s.record().givenName().equals(name) ? s : new Synced<>(withKind(s.record(), kind),
        s.seq(), s.syncedAt()));
  }

  private static Candidate withKind(Candidate c, BenefitKind kind) {
    return new Candidate(c.id(), c.givenName(), c.familyName(), c.dateOfBirth(), c.phone(), c.address(),
        c.caseManagerId(), c.coachIds(), c.benefitStartDate(), c.flags(), c.classification(), c.wageValuePercent(),
        c.exemptions(), c.participation(), c.plan(), c.inflow(), c.exit(), c.certificates(), c.languageLevel(),
        c.availableHoursPerWeek(), kind);
  }

  @Test
  void wijchensCaseloadGroupHoldsExactlyTheFiftyPlussersThreeYearsOrLongerOnBenefit() {
    CaseloadGroup group = KpiFigures.shipped("wijchen").caseloadGroups().stream()
        .filter(g -> g.key().equals("vijftig-plus-lang")).findFirst().orElseThrow();

    List<String> members = files.stream()
        .filter(s -> OpenFiles.on(REFERENCE, s.syncedOn(), s.record()) && s.record().dateOfBirth() != null)
        .filter(s -> group.population().matches(new CandidateFile(s.record(), List.of(), List.of(), List.of()), REFERENCE))
        .map(s -> s.record().givenName()).toList();

    assertThat(members).containsExactly("Frits", "Greet", "Nora");
    assertThat(group.source()).isEqualTo("004 §3c");
  }

  private void file(String name, String born, String benefitSince, String closed, String registered) {
    UUID id = UUID.nameUUIDFromBytes(("age-benefit-test:" + name).getBytes(StandardCharsets.UTF_8));
    Candidate c = new Candidate(id, name, "Test", born == null ? null : LocalDate.parse(born), null, null, null,
        List.of(), benefitSince == null ? null : LocalDate.parse(benefitSince), Set.of(), Map.of(), null, List.of(),
        List.of(), null, null, closed == null ? null : new Exit(LocalDate.parse(closed), ExitReason.PENSION), null,
        null, null);
    files.add(new Synced<>(c, files.size() + 1,
        LocalDate.parse(registered).atTime(LocalTime.NOON).atZone(Violations.ZONE).toInstant()));
  }
}
