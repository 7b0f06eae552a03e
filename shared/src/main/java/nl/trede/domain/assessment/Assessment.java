package nl.trede.domain.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.trede.domain.Filing;
import nl.trede.domain.HistoryEntry;
import nl.trede.domain.Violation;
import nl.trede.domain.Violations;

/**
 * A measurement in the candidate's file: a taalmeter (language, numeracy and digital skills, each
 * sufficient or not) or a loonwaarde measured at the workplace (a percentage). History: never edited,
 * corrected by a new entry naming it, so a loonwaarde can be followed over time ("het monitoren van de
 * loonwaarde van arbeidsbeperkte inwoners voor wie wij loonkostensubsidie betalen", 002 §4.4) where the
 * candidate's own {@code wageValuePercent} keeps only today's.
 *
 * @param authorId who recorded it: set once by the pushing user
 * @param date the day it was measured; not in the future
 * @param assessor who measured, when not the author: "UWV", an external organisation (001 §2.1.2)
 * @param placementId for a loonwaarde, the placement at whose workplace it was measured ("na plaatsing,
 *     op de werkplek", 001 §2.1.2); optional, a placement of the same file
 * @param language with {@code numeracy} and {@code digital}: the taalmeter's three verdicts, required
 *     for a taalmeter and absent for a loonwaarde
 * @param languageLevel the CEFR level, where the taalmeter or a fuller test gave one (optional)
 * @param wageValuePercent the loonwaarde measured, 0–100; required for a loonwaarde only
 */
public record Assessment(
    UUID id,
    @Filing UUID candidateId,
    AssessmentKind kind,
    @Filing LocalDate date,
    UUID authorId,
    String assessor,
    UUID placementId,
    SkillResult language,
    SkillResult numeracy,
    SkillResult digital,
    String languageLevel,
    Integer wageValuePercent,
    String note,
    UUID correctsId)
    implements HistoryEntry.ByDay {

  public static final int MAX_NOTE = 2000;

  /** A taalmeter with an insufficient skill: a reason for a follow-up trajectory (000 §5.2). */
  public boolean asksForFollowUp() {
    return kind == AssessmentKind.TAALMETER && !insufficient().isEmpty();
  }

  /** The taalmeter's skills judged insufficient, by field name, in the order language, numeracy, digital. */
  public List<String> insufficient() {
    List<String> skills = new ArrayList<>();
    if (language == SkillResult.INSUFFICIENT) {
      skills.add("language");
    }
    if (numeracy == SkillResult.INSUFFICIENT) {
      skills.add("numeracy");
    }
    if (digital == SkillResult.INSUFFICIENT) {
      skills.add("digital");
    }
    return skills;
  }

  @Override
  public List<Violation> validate(Clock clock) {
    Violations v = new Violations(clock);
    v.required("id", id);
    v.required("candidateId", candidateId);
    v.required("authorId", authorId);
    if (v.required("date", date)) {
      v.pastDate("date", date, 30);
    }
    v.maxLength("assessor", assessor, 200);
    v.maxLength("note", note, MAX_NOTE);
    v.cefrLevel("languageLevel", languageLevel);
    if (correctsId != null && correctsId.equals(id)) {
      v.add("correctsId", "not-self", "a measurement cannot correct itself");
    }
    if (!v.required("kind", kind)) {
      return v.toList();
    }
    boolean taalmeter = kind == AssessmentKind.TAALMETER;
    for (String skill : List.of("language", "numeracy", "digital")) {
      SkillResult result = skill.equals("language") ? language : skill.equals("numeracy") ? numeracy : digital;
      if (taalmeter) {
        v.required(skill, result);
      } else if (result != null) {
        v.add(skill, "taalmeter-only", skill + " is a result of the taalmeter, not of a loonwaarde measurement");
      }
    }
    if (taalmeter && wageValuePercent != null) {
      v.add("wageValuePercent", "loonwaarde-only", "a taalmeter measures no loonwaarde");
    } else if (taalmeter && placementId != null) {
      v.add("placementId", "loonwaarde-only", "a taalmeter is not measured at a workplace");
    } else if (!taalmeter && v.required("wageValuePercent", wageValuePercent)) {
      v.range("wageValuePercent", wageValuePercent, 0, 100);
    }
    if (!taalmeter && languageLevel != null) {
      v.add("languageLevel", "taalmeter-only", "a language level is a result of the taalmeter");
    }
    return v.toList();
  }
}
