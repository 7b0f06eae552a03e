package nl.trede.domain.employer;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.trede.domain.Collections;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.Violation;
import nl.trede.domain.Violations;

/**
 * A vacancy registered on site. Jobcarving: the tasks lead, not the job title (000 §5.1), so at
 * least one task is required.
 *
 * @param languageLevel the CEFR level asked, with {@link Requirement#DUTCH_LANGUAGE_LEVEL}
 */
public record Vacancy(
    UUID id,
    UUID employerId,
    String title,
    List<String> tasks,
    BigDecimal hoursPerWeek,
    Set<Requirement> requirements,
    String languageLevel,
    boolean suitsTargetGroupRegister,
    VacancyStatus status,
    LocalDate registeredOn,
    UUID registeredBy)
    implements DomainRecord {

  public Vacancy {
    tasks = tasks == null ? List.of() : List.copyOf(tasks);
    requirements = Collections.ordered(Requirement.class, requirements);
  }

  @Override
  public UUID author() {
    return registeredBy;
  }

  @Override
  public UUID fileCandidateId() {
    return null;
  }

  @Override
  public List<Violation> validate(Clock clock) {
    Violations v = new Violations(clock);
    v.required("id", id);
    v.required("employerId", employerId);
    if (v.required("title", title)) {
      v.maxLength("title", title, 200);
    }
    if (v.required("tasks", tasks)) {
      for (int i = 0; i < tasks.size(); i++) {
        v.required("tasks[" + i + "]", tasks.get(i));
        v.maxLength("tasks[" + i + "]", tasks.get(i), 500);
      }
    }
    if (v.required("hoursPerWeek", hoursPerWeek)
        && (hoursPerWeek.compareTo(BigDecimal.ONE) < 0
            || hoursPerWeek.compareTo(BigDecimal.valueOf(48)) > 0)) {
      // 48 h is the legal weekly average maximum (Arbeidstijdenwet).
      v.add("hoursPerWeek", "range", "hoursPerWeek must be between 1 and 48");
    }
    if (requirements.contains(Requirement.DUTCH_LANGUAGE_LEVEL)) {
      if (v.required("languageLevel", languageLevel)) {
        v.cefrLevel("languageLevel", languageLevel);
      }
    } else if (languageLevel != null) {
      v.add("languageLevel", "requires-language-requirement",
          "languageLevel goes with the DUTCH_LANGUAGE_LEVEL requirement");
    }
    v.required("status", status);
    if (v.required("registeredOn", registeredOn)) {
      v.pastDate("registeredOn", registeredOn, 10);
    }
    v.required("registeredBy", registeredBy);
    return v.toList();
  }
}
