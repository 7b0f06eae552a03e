package nl.trede.client.ui.kit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.trede.domain.candidate.BenefitKind;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.CandidateFlag;
import nl.trede.domain.candidate.Exemption;
import nl.trede.domain.candidate.Exit;
import nl.trede.domain.candidate.Inflow;
import nl.trede.domain.candidate.ParticipationHours;
import nl.trede.domain.candidate.Plan;
import nl.trede.domain.employer.Requirement;

/**
 * A candidate record as a form changes it: starts from the record as the form opened it (or
 * empty, for an intake), each form sets the fields it owns, and {@link #build()} gives the record
 * to validate and save. The store then sends only the fields that differ from what the form
 * showed, so a form never needs to know the fields it does not show.
 */
public final class CandidateDraft {
  private UUID id;
  private String givenName;
  private String familyName;
  private LocalDate dateOfBirth;
  private String phone;
  private String address;
  private UUID caseManagerId;
  private List<UUID> coachIds = List.of();
  private LocalDate benefitStartDate;
  private BenefitKind benefitKind;
  private Set<CandidateFlag> flags = Set.of();
  private Map<String, String> classification = Map.of();
  private Integer wageValuePercent;
  private List<Exemption> exemptions = List.of();
  private List<ParticipationHours> participation = List.of();
  private Plan plan;
  private Inflow inflow;
  private Exit exit;
  private Set<Requirement> certificates = Set.of();
  private String languageLevel;
  private BigDecimal availableHoursPerWeek;

  private CandidateDraft() {}

  /** A new file with this id. */
  public static CandidateDraft newFile(UUID id) {
    CandidateDraft draft = new CandidateDraft();
    draft.id = id;
    return draft;
  }

  public static CandidateDraft of(Candidate c) {
    CandidateDraft d = newFile(c.id());
    d.givenName = c.givenName();
    d.familyName = c.familyName();
    d.dateOfBirth = c.dateOfBirth();
    d.phone = c.phone();
    d.address = c.address();
    d.caseManagerId = c.caseManagerId();
    d.coachIds = c.coachIds();
    d.benefitStartDate = c.benefitStartDate();
    d.flags = c.flags();
    d.classification = c.classification();
    d.wageValuePercent = c.wageValuePercent();
    d.exemptions = c.exemptions();
    d.participation = c.participation();
    d.plan = c.plan();
    d.inflow = c.inflow();
    d.exit = c.exit();
    d.certificates = c.certificates();
    d.languageLevel = c.languageLevel();
    d.availableHoursPerWeek = c.availableHoursPerWeek();
    d.benefitKind = c.benefitKind();
    return d;
  }

  public Candidate build() {
    return new Candidate(id, givenName, familyName, dateOfBirth, phone, address, caseManagerId, coachIds,
        benefitStartDate, flags, classification, wageValuePercent, exemptions, participation, plan, inflow, exit,
        certificates, languageLevel, availableHoursPerWeek, benefitKind);
  }

  /** Name, birth date, phone and address: who the candidate is and where a visit goes. */
  public CandidateDraft person(String given, String family, LocalDate born, String phoneNumber, String street) {
    givenName = given;
    familyName = family;
    dateOfBirth = born;
    phone = phoneNumber;
    address = street;
    return this;
  }

  /** Who carries the file: its case manager and its coaches. */
  public CandidateDraft carriedBy(UUID caseManager, List<UUID> coaches) {
    caseManagerId = caseManager;
    coachIds = coaches;
    return this;
  }

  /** When the benefit started; null for a candidate without benefit (work to work). */
  public CandidateDraft benefitStartDate(LocalDate date) {
    benefitStartDate = date;
    return this;
  }

  /** Bijstand, IOAW or IOAZ (decision 0067); null without benefit, or for a file on benefit that never recorded it. */
  public CandidateDraft benefitKind(BenefitKind kind) {
    benefitKind = kind;
    return this;
  }

  public CandidateDraft flags(Set<CandidateFlag> value, Integer wageValue) {
    flags = value;
    wageValuePercent = wageValue;
    return this;
  }

  public CandidateDraft classification(Map<String, String> value) {
    classification = value;
    return this;
  }

  public CandidateDraft exemptions(List<Exemption> value) {
    exemptions = value;
    return this;
  }

  public CandidateDraft participation(List<ParticipationHours> value) {
    participation = value;
    return this;
  }

  public CandidateDraft plan(Plan value) {
    plan = value;
    return this;
  }

  public CandidateDraft inflow(Inflow value) {
    inflow = value;
    return this;
  }

  /** Closes the file (uitstroom); null reopens it. */
  public CandidateDraft exit(Exit value) {
    exit = value;
    return this;
  }

  /** What a match looks at: certificates, language level, available hours. */
  public CandidateDraft work(Set<Requirement> held, String level, BigDecimal hours) {
    certificates = held;
    languageLevel = level;
    availableHoursPerWeek = hours;
    return this;
  }
}
