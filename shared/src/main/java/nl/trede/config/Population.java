package nl.trede.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.trede.domain.candidate.BenefitKind;
import nl.trede.domain.candidate.CandidateFile;
import nl.trede.domain.candidate.CandidateFlag;
import nl.trede.domain.candidate.InflowReason;

/**
 * Who a KPI, a caseload group or a contact rule is about: a filter on the municipality's
 * classification and the candidate's flags, rung, age, time and kind of benefit. Every criterion that is
 * set must hold; an empty population is every candidate with an open file.
 *
 * @param classification dimension key to the values that qualify (any of them)
 * @param flags flags the candidate must all have
 * @param minRung rung at least this on the reference day (a candidate without intake does not qualify)
 * @param ageBelow younger than this (Overbetuwe's youth: under 27, 000 §1.1)
 * @param ageFrom at least this old (Lansingerland's 50+, 002 §4.2)
 * @param monthsOnBenefitBelow on benefit for less than this many months ("nieuw < 1 jaar", 002 §4.2)
 * @param benefitKinds on benefit on the day, of one of these kinds ("doelgroep met IOAW/IOAZ", 002 §5.3
 *     thema 6); a file on benefit without a recorded kind counts as bijstand (decision 0067)
 */
public record Population(
    Map<String, List<String>> classification,
    List<CandidateFlag> flags,
    Integer minRung,
    Integer maxRung,
    Integer ageFrom,
    Integer ageBelow,
    Integer monthsOnBenefitFrom,
    Integer monthsOnBenefitBelow,
    List<InflowReason> inflowReasons,
    List<BenefitKind> benefitKinds) {

  @JsonCreator
  public Population {
    classification = classification == null ? Map.of() : Map.copyOf(classification);
    flags = flags == null ? List.of() : List.copyOf(flags);
    inflowReasons = inflowReasons == null ? List.of() : List.copyOf(inflowReasons);
    benefitKinds = benefitKinds == null ? List.of() : List.copyOf(benefitKinds);
  }

  /** A population that does not ask for a kind of benefit. */
  public Population(Map<String, List<String>> classification, List<CandidateFlag> flags, Integer minRung,
      Integer maxRung, Integer ageFrom, Integer ageBelow, Integer monthsOnBenefitFrom, Integer monthsOnBenefitBelow,
      List<InflowReason> inflowReasons) {
    this(classification, flags, minRung, maxRung, ageFrom, ageBelow, monthsOnBenefitFrom, monthsOnBenefitBelow,
        inflowReasons, null);
  }

  public static Population everyone() {
    return new Population(null, null, null, null, null, null, null, null, null, null);
  }

  /**
   * Whether a file so classified has, for every dimension the criteria name, one of its values: a
   * population's classification, an instrument's route ({@link Instrument#isMeantFor}).
   */
  public static boolean classifiedAs(Map<String, List<String>> criteria, Map<String, String> classification) {
    for (Map.Entry<String, List<String>> criterion : criteria.entrySet()) {
      String value = classification.get(criterion.getKey());
      if (value == null || !criterion.getValue().contains(value)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the candidate belongs to it on this day: classification and flags as they were at the
   * end of that day (where the file's history tells), rung, age and months on benefit on that day.
   */
  public boolean matches(CandidateFile file, LocalDate day) {
    var c = file.candidateOn(day);
    if (!classifiedAs(classification, c.classification())) {
      return false;
    }
    if (!c.flags().containsAll(flags)) {
      return false;
    }
    if (minRung != null || maxRung != null) {
      Optional<Integer> rung = file.rungOn(day);
      if (rung.isEmpty() || (minRung != null && rung.get() < minRung) || (maxRung != null && rung.get() > maxRung)) {
        return false;
      }
    }
    if (ageFrom != null || ageBelow != null) {
      int age = file.ageOn(day);
      if ((ageFrom != null && age < ageFrom) || (ageBelow != null && age >= ageBelow)) {
        return false;
      }
    }
    if (monthsOnBenefitFrom != null || monthsOnBenefitBelow != null) {
      Optional<Integer> months = file.monthsOnBenefit(day);
      if (months.isEmpty() || (monthsOnBenefitFrom != null && months.get() < monthsOnBenefitFrom)
          || (monthsOnBenefitBelow != null && months.get() >= monthsOnBenefitBelow)) {
        return false;
      }
    }
    if (!benefitKinds.isEmpty()) {
      Optional<BenefitKind> kind = file.benefitKindOn(day);
      if (kind.isEmpty() || !benefitKinds.contains(kind.get())) {
        return false;
      }
    }
    return inflowReasons.isEmpty()
        || (c.inflow() != null && inflowReasons.contains(c.inflow().reason()));
  }
}
