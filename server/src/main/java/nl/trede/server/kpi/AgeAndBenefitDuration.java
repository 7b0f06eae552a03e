package nl.trede.server.kpi;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.trede.domain.candidate.BenefitKind;
import nl.trede.domain.candidate.Candidate;

/**
 * The open files on a reference date by age and by how long they have been on benefit, as a cross
 * table (004 §3c: "Binnen de groep 50-plussers zien we dat het aandeel dat langdurig afhankelijk is van
 * een uitkering weer toeneemt. In 2016 is, evenals in 2010, 60% van de 50-plussers drie jaar of langer
 * aangewezen op een bijstandsuitkering."). Definitions and a worked example in docs/kpis.md.
 *
 * <ul>
 *   <li>Population: the files open on the reference date ({@link OpenFiles}).</li>
 *   <li>Age and months on benefit on the reference date, as the caseload groups' populations count
 *       them ({@code Candidate.ageOn}, {@code Candidate.monthsOnBenefitOn}); without benefit then
 *       (none, or one starting later) is a column of its own, not zero months.</li>
 *   <li>Age bands: under 27 (000 §1.1, {@link Candidate#YOUTH_AGE_LIMIT}), 27 to 49 (ours: what lies
 *       between), 50 and over (004 §3c "50-plussers").</li>
 *   <li>Benefit bands: under one year and one to three years (ours), three years or longer (004 §3c
 *       "drie jaar of langer": 36 months).</li>
 *   <li>The seed's question: of the 50-plussers on benefit, the share three years or longer — the
 *       seed's "60% van de 50-plussers" counts benefit recipients ("uitkeringsgerechtigden").</li>
 *   <li>The same files on benefit by age band and kind of benefit, as Lansingerland counts them: "Inwoners
 *       met een bijstandsuitkering, IOAW en IOAZ naar leeftijd" (002 §2.3); a file without a recorded kind
 *       counts as bijstand ({@code Candidate.benefitKindOn}, decision 0067).</li>
 * </ul>
 */
public final class AgeAndBenefitDuration {
  /** Lower bounds of the age bands: under 27, 27–49, 50 and over. */
  public static final int[] AGE_BANDS = {0, Candidate.YOUTH_AGE_LIMIT, 50};
  /** Lower bounds, in months, of the benefit bands: under 1 year, 1 to 3 years, 3 years or longer. */
  public static final int[] MONTH_BANDS = {0, 12, 36};
  /** The column of the files without benefit on the reference date, after the benefit bands. */
  public static final int WITHOUT_BENEFIT = MONTH_BANDS.length;
  private static final int FIFTY_PLUS = 2;
  private static final int LONG = 2;

  private AgeAndBenefitDuration() {}

  /**
   * @param cells per age band, the files per benefit band and, at {@link #WITHOUT_BENEFIT}, those without
   * @param unknownAge open files without a date of birth: in no age band (the intake requires one)
   * @param kinds per age band, the files on benefit per kind of benefit (by {@link BenefitKind#ordinal})
   */
  public record Result(LocalDate reference, int population, int[][] cells, int unknownAge, int[][] kinds) {
    /** Files on benefit in this age band. */
    public int withBenefit(int ageBand) {
      int sum = 0;
      for (int d = 0; d < MONTH_BANDS.length; d++) {
        sum += cells[ageBand][d];
      }
      return sum;
    }

    public int withBenefit() {
      int sum = 0;
      for (int a = 0; a < AGE_BANDS.length; a++) {
        sum += withBenefit(a);
      }
      return sum;
    }

    /** Files in this column (a benefit band, or {@link #WITHOUT_BENEFIT}) over every age band. */
    public int column(int column) {
      int sum = 0;
      for (int[] row : cells) {
        sum += row[column];
      }
      return sum;
    }

    /** The share of an age band's files on benefit that fall in this benefit band; null for none. */
    public Double share(int ageBand, int monthBand) {
      int whole = withBenefit(ageBand);
      return whole == 0 ? null : (double) cells[ageBand][monthBand] / whole;
    }

    public int fiftyPlusOnBenefit() {
      return withBenefit(FIFTY_PLUS);
    }

    public int fiftyPlusThreeYearsOrLonger() {
      return cells[FIFTY_PLUS][LONG];
    }

    /** 004 §3c's figure: of the 50-plussers on benefit, the share three years or longer. */
    public Double fiftyPlusLongShare() {
      return share(FIFTY_PLUS, LONG);
    }

    /** Files on benefit of this kind in this age band. */
    public int ofKind(int ageBand, BenefitKind kind) {
      return kinds[ageBand][kind.ordinal()];
    }

    /** Files on benefit of this kind over every age band. */
    public int ofKind(BenefitKind kind) {
      int sum = 0;
      for (int a = 0; a < AGE_BANDS.length; a++) {
        sum += ofKind(a, kind);
      }
      return sum;
    }

    /** 004 §3c: "De groep 50-plussers als geheel is in 2016 ruim 40% van de totale groep uitkeringsgerechtigden." */
    public Double fiftyPlusShareOfOnBenefit() {
      int whole = withBenefit();
      return whole == 0 ? null : (double) fiftyPlusOnBenefit() / whole;
    }
  }

  public static Result compute(List<Synced<Candidate>> candidates, LocalDate reference) {
    int[][] cells = new int[AGE_BANDS.length][MONTH_BANDS.length + 1];
    int[][] kinds = new int[AGE_BANDS.length][BenefitKind.values().length];
    int population = 0;
    int unknownAge = 0;
    for (Synced<Candidate> s : candidates) {
      if (!OpenFiles.on(reference, s.syncedOn(), s.record())) {
        continue;
      }
      population++;
      Candidate c = s.record();
      if (c.dateOfBirth() == null) {
        unknownAge++;
        continue;
      }
      Optional<Integer> months = c.monthsOnBenefitOn(reference);
      int column = months.isEmpty() ? WITHOUT_BENEFIT : BenefitAndParticipation.band(MONTH_BANDS, months.get());
      int age = BenefitAndParticipation.band(AGE_BANDS, c.ageOn(reference));
      cells[age][column]++;
      c.benefitKindOn(reference).ifPresent(kind -> kinds[age][kind.ordinal()]++);
    }
    return new Result(reference, population, cells, unknownAge, kinds);
  }
}
