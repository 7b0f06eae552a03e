package nl.trede.domain.candidate;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.trede.domain.Collections;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.Filing;
import nl.trede.domain.Violation;
import nl.trede.domain.Violations;
import nl.trede.domain.employer.Requirement;

/**
 * A resident the municipality supports towards work or participation: a person, not a benefit case
 * (000 §2.3). Holds only what a field worker needs; the BSN never enters Trede's devices (DOMAIN §7).
 * The ladder rung is not stored here: it is derived from the latest {@code LadderStep}.
 *
 * @param coachIds the participation coaches and jobcoaches whose caseload holds this candidate;
 *     they decide which devices receive the file
 * @param benefitStartDate {@code null} for candidates without benefit (work to work, 000 §5.1)
 * @param classification the municipality's own scheme, dimension to value (DOMAIN §4); empty is
 *     "nog niet ingedeeld"
 * @param wageValuePercent loonwaarde, as measured or estimated; recorded before and without a wage-cost subsidy too
 * @param inflow when and why the file was opened ({@code null} for files from before Trede)
 * @param exit when and why the file was closed (uitstroom); {@code null} while it is open
 * @param certificates what the candidate holds that vacancies ask for, for matching by jobhunters
 * @param languageLevel the CEFR level the taalmeter measured (000 §5.2)
 * @param availableHoursPerWeek the hours the candidate can work, for matching
 * @param benefitKind the law the benefit is paid under (decision 0067); only with a {@code
 *     benefitStartDate}. Absent on the wire from older devices and in records from before it, so
 *     optional: a file on benefit without one reads as {@link BenefitKind#BIJSTAND} ({@link
 *     #benefitKindOn})
 */
public record Candidate(
    @Filing UUID id,
    String givenName,
    String familyName,
    LocalDate dateOfBirth,
    String phone,
    String address,
    UUID caseManagerId,
    List<UUID> coachIds,
    LocalDate benefitStartDate,
    Set<CandidateFlag> flags,
    Map<String, String> classification,
    Integer wageValuePercent,
    List<Exemption> exemptions,
    List<ParticipationHours> participation,
    Plan plan,
    Inflow inflow,
    Exit exit,
    Set<Requirement> certificates,
    String languageLevel,
    BigDecimal availableHoursPerWeek,
    // Left out when not recorded, so a file without a kind still reaches a server from before the
    // field, which refuses a field it does not know (unknown-field).
    @JsonInclude(JsonInclude.Include.NON_NULL) BenefitKind benefitKind)
    implements DomainRecord {

  /** Youth target group: under 27 (000 §1.1). */
  public static final int YOUTH_AGE_LIMIT = 27;

  @JsonCreator
  public Candidate {
    coachIds = coachIds == null ? List.of() : List.copyOf(coachIds);
    flags = Collections.ordered(CandidateFlag.class, flags);
    classification = Collections.ordered(classification);
    exemptions = exemptions == null ? List.of() : List.copyOf(exemptions);
    participation = participation == null ? List.of() : List.copyOf(participation);
    certificates = Collections.ordered(Requirement.class, certificates);
  }

  /** A candidate without a recorded kind of benefit: on benefit, that reads as bijstand. */
  public Candidate(UUID id, String givenName, String familyName, LocalDate dateOfBirth, String phone, String address,
      UUID caseManagerId, List<UUID> coachIds, LocalDate benefitStartDate, Set<CandidateFlag> flags,
      Map<String, String> classification, Integer wageValuePercent, List<Exemption> exemptions,
      List<ParticipationHours> participation, Plan plan, Inflow inflow, Exit exit, Set<Requirement> certificates,
      String languageLevel, BigDecimal availableHoursPerWeek) {
    this(id, givenName, familyName, dateOfBirth, phone, address, caseManagerId, coachIds, benefitStartDate, flags,
        classification, wageValuePercent, exemptions, participation, plan, inflow, exit, certificates, languageLevel,
        availableHoursPerWeek, null);
  }

  @Override
  public UUID fileCandidateId() {
    return id;
  }

  public String displayName() {
    return givenName + " " + familyName;
  }

  /** Whether the file is open on this day: opened (or from before Trede) and not yet closed. */
  public boolean isOpenOn(LocalDate day) {
    return (inflow == null || inflow.date() == null || !inflow.date().isAfter(day))
        && (exit == null || exit.date() == null || exit.date().isAfter(day));
  }

  public int ageOn(LocalDate day) {
    return Period.between(dateOfBirth, day).getYears();
  }

  /** Whole months on benefit on this day; empty for candidates without benefit (yet). */
  public Optional<Integer> monthsOnBenefitOn(LocalDate day) {
    if (benefitStartDate == null || benefitStartDate.isAfter(day)) {
      return Optional.empty();
    }
    return Optional.of((int) Period.between(benefitStartDate, day).toTotalMonths());
  }

  /**
   * The kind of the benefit the file records; null without a benefit. A file on benefit without a
   * recorded kind (from before the field, or from an older device) reads as bijstand: by far the most
   * files are (002 §2.3 counts "bijstandsuitkering, IOAW en IOAZ"), and it was all Trede could mean
   * by "uitkering" before it recorded the kind (decision 0067).
   */
  public BenefitKind benefitKindAsRead() {
    if (benefitStartDate == null) {
      return null;
    }
    return benefitKind == null ? BenefitKind.BIJSTAND : benefitKind;
  }

  /** The kind of benefit on this day ({@link #benefitKindAsRead}); empty for candidates without benefit (yet). */
  public Optional<BenefitKind> benefitKindOn(LocalDate day) {
    return monthsOnBenefitOn(day).isEmpty() ? Optional.empty() : Optional.of(benefitKindAsRead());
  }

  public boolean isYouth(LocalDate today) {
    return dateOfBirth != null && Period.between(dateOfBirth, today).getYears() < YOUTH_AGE_LIMIT;
  }

  /** Each exemption typed, with its reason and a plausible period; hours of taking part 0 to 60 a week. */
  private void checkExemptionsAndParticipation(Violations v) {
    for (int i = 0; i < exemptions.size(); i++) {
      Exemption e = exemptions.get(i);
      v.required("exemptions[" + i + "].kind", e.kind());
      v.required("exemptions[" + i + "].reason", e.reason());
      v.withinYears("exemptions[" + i + "].from", e.from(), 30, 10);
      v.withinYears("exemptions[" + i + "].until", e.until(), 10, 10);
      if (e.from() != null && e.until() != null && e.until().isBefore(e.from())) {
        v.add("exemptions[" + i + "].until", "after-start", "an exemption cannot end before it starts");
      }
    }
    for (int i = 0; i < participation.size(); i++) {
      ParticipationHours p = participation.get(i);
      v.required("participation[" + i + "].activity", p.activity());
      if (v.required("participation[" + i + "].hoursPerWeek", p.hoursPerWeek())
          && (p.hoursPerWeek().signum() < 0 || p.hoursPerWeek().compareTo(BigDecimal.valueOf(60)) > 0)) {
        v.add("participation[" + i + "].hoursPerWeek", "range",
            "hoursPerWeek must be between 0 and 60");
      }
    }
  }

  @Override
  public List<Violation> validate(Clock clock) {
    Violations v = new Violations(clock);
    v.required("id", id);
    if (v.required("givenName", givenName)) {
      v.maxLength("givenName", givenName, 100);
    }
    if (v.required("familyName", familyName)) {
      v.maxLength("familyName", familyName, 100);
    }
    if (v.required("dateOfBirth", dateOfBirth)) {
      // The Participatiewet applies from 18 to the state pension age; 15 leaves room for
      // school leavers prepared for work early, 100 catches typos.
      int age = Period.between(dateOfBirth, v.today()).getYears();
      if (age < 15 || age > 100) {
        v.add("dateOfBirth", "plausible-age", "dateOfBirth gives an age of " + age
            + "; expected 15 to 100");
      }
    }
    v.phone("phone", phone);
    v.maxLength("address", address, 200);
    v.pastDate("benefitStartDate", benefitStartDate, 60);
    if (benefitKind != null && benefitStartDate == null) {
      // The kind is of a benefit: without one ("geen uitkering", work to work, 000 §5.1) it says nothing.
      v.add("benefitKind", "requires-benefit-start-date",
          "benefitKind is set only for a file on benefit, with a benefitStartDate");
    }
    v.range("wageValuePercent", wageValuePercent, 0, 100);
    // No tie to the wage-cost subsidy flag: the loonwaarde categories complement every profile, 100 %
    // included ("De eerder genoemde drie profielen kunnen, waar relevant, worden aangevuld met de
    // volgende drie loonwaarde categorieën", 001 §2.1.2), and the measurement comes before the subsidy
    // ("De proefplaatsing wordt ook gebruikt in de periode dat loonwaarde moet worden bepaald in het
    // geval dat loonkostensubsidie wordt aangevraagd", 001 §3.3).
    checkExemptionsAndParticipation(v);
    classification.forEach((dimension, value) -> {
      if (dimension.isBlank() || value == null || value.isBlank()) {
        v.add("classification." + dimension, "required", "classification values cannot be empty");
      }
    });
    if (inflow != null) {
      if (v.required("inflow.date", inflow.date())) {
        v.pastDate("inflow.date", inflow.date(), 60);
      }
      v.required("inflow.reason", inflow.reason());
    }
    if (exit != null) {
      if (v.required("exit.date", exit.date())) {
        v.pastDate("exit.date", exit.date(), 60);
        if (inflow != null && inflow.date() != null && exit.date().isBefore(inflow.date())) {
          v.add("exit.date", "after-inflow", "exit.date cannot be before inflow.date");
        }
      }
      v.required("exit.reason", exit.reason());
    }
    v.cefrLevel("languageLevel", languageLevel);
    if (availableHoursPerWeek != null && (availableHoursPerWeek.signum() < 0
        || availableHoursPerWeek.compareTo(BigDecimal.valueOf(48)) > 0)) {
      // 48 h is the legal weekly average maximum (Arbeidstijdenwet), as for vacancies.
      v.add("availableHoursPerWeek", "range", "availableHoursPerWeek must be between 0 and 48");
    }
    if (plan != null) {
      v.range("plan.expectedDurationMonths", plan.expectedDurationMonths(), 1, 120);
      // From weekly to the "meedoen" minimum of once a year (000 §5.3).
      v.range("plan.contactFrequencyDays", plan.contactFrequencyDays(), 1, 365);
      v.maxLength("plan.goals", plan.goals(), 4000);
      v.maxLength("plan.support", plan.support(), 4000);
      v.maxLength("plan.justification", plan.justification(), 4000);
    }
    return v.toList();
  }

}
