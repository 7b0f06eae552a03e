package nl.trede.server.office.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import nl.trede.domain.candidate.BenefitKind;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.CandidateFlag;
import nl.trede.domain.candidate.Inflow;
import nl.trede.domain.candidate.InflowReason;
import nl.trede.domain.candidate.Plan;

/** One row of the file on its way to a {@code Candidate}: what the columns read, users still by name. */
final class Draft {
  String number;
  String givenName;
  String familyName;
  LocalDate dateOfBirth;
  String phone;
  String address;
  String caseManager;
  List<String> coaches = List.of();
  LocalDate benefitStart;
  BenefitKind benefitKind;
  LocalDate inflowDate;
  InflowReason inflowReason;
  final Map<String, String> classification = new TreeMap<>();
  final Set<CandidateFlag> flags = EnumSet.noneOf(CandidateFlag.class);
  Integer wageValue;
  String languageLevel;
  BigDecimal availableHours;
  Integer contactFrequency;

  /** The candidate, with the users the names were found to be (null where a name was not found). */
  Candidate toCandidate(UUID id, UUID caseManagerId, List<UUID> coachIds) {
    Inflow inflow = inflowDate == null && inflowReason == null ? null : new Inflow(inflowDate, inflowReason);
    Plan plan = contactFrequency == null ? null : new Plan(null, null, null, contactFrequency, null);
    return new Candidate(id, givenName, familyName, dateOfBirth, phone, address, caseManagerId, coachIds, benefitStart,
        flags, classification, wageValue, List.of(), List.of(), plan, inflow, null, Set.of(), languageLevel,
        availableHours, benefitKind);
  }
}
