package nl.trede.config;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import java.util.List;
import nl.trede.domain.candidate.CandidateFile;
import nl.trede.domain.candidate.ExitReason;
import nl.trede.domain.ladder.LadderStep;
import nl.trede.domain.placement.Placement;
import nl.trede.domain.placement.PlacementKind;

/**
 * What counts as success for a KPI, for one candidate over a period [from, to]. A closed set:
 * a municipality combines these in its configuration; a new kind of success is a code change with
 * its own tests, so a policy officer can rely on what each one means (docs/kpis.md).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Condition.SteppedUp.class, name = "steppedUp"),
    @JsonSubTypes.Type(value = Condition.InPlacement.class, name = "inPlacement"),
    @JsonSubTypes.Type(value = Condition.RungAtLeast.class, name = "rungAtLeast"),
    @JsonSubTypes.Type(value = Condition.Exited.class, name = "exited"),
    @JsonSubTypes.Type(value = Condition.Contacted.class, name = "contacted"),
    @JsonSubTypes.Type(value = Condition.AnyOf.class, name = "anyOf"),
    @JsonSubTypes.Type(value = Condition.MovedTo.class, name = "movedTo"),
    @JsonSubTypes.Type(value = Condition.Classified.class, name = "classified")
})
public sealed interface Condition {

  boolean holds(CandidateFile file, LocalDate from, LocalDate to);

  /**
   * A step up the Participatieladder on a day in the period (000 §5.3, §6.1: "maakt een stap op de
   * participatieladder"). A day is judged by where it ends: the rung at the end of that day is higher
   * than at the end of the day before. So a step up and back down on one day (3 to 4, then 4 to 3) is
   * no step, whatever order the two reached the server in; a later step down on another day does not
   * undo a step made. An intake, with no rung before it, is not a step.
   */
  record SteppedUp() implements Condition {
    @Override
    public boolean holds(CandidateFile file, LocalDate from, LocalDate to) {
      LocalDate judged = null;
      for (LadderStep step : file.steps()) {
        LocalDate day = step.date();
        if (day.isBefore(from) || day.isAfter(to) || day.equals(judged)) {
          continue;
        }
        judged = day;
        // The rung the day began on: the end of the day before, or the first step of the day's own
        // from-rung when nothing was recorded before it (null for an intake).
        Integer began = file.rungOn(day.minusDays(1)).orElse(step.fromRung());
        if (began != null && file.rungOn(day).orElseThrow() > began) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * A placement or trajectory of one of these kinds running on some day of the period (000 §6.1:
   * "meedoet aan een traject"); any kind when none are listed. Only paid ones with {@code paidOnly}.
   */
  record InPlacement(List<PlacementKind> kinds, Boolean paidOnly) implements Condition {
    public InPlacement {
      kinds = kinds == null ? List.of() : List.copyOf(kinds);
      paidOnly = Boolean.TRUE.equals(paidOnly);
    }

    @Override
    public boolean holds(CandidateFile file, LocalDate from, LocalDate to) {
      for (Placement p : file.placements()) {
        if (p.kind() != null && p.overlaps(from, to) && (kinds.isEmpty() || kinds.contains(p.kind()))
            && (!paidOnly || p.kind().paid())) {
          return true;
        }
      }
      return false;
    }
  }

  /** On at least this rung at the end of the period (rung 5-6 is paid work). */
  record RungAtLeast(int rung) implements Condition {
    @Override
    public boolean holds(CandidateFile file, LocalDate from, LocalDate to) {
      return file.rungOn(to).map(r -> r >= rung).orElse(false);
    }
  }

  /** Left the file in the period, for one of these reasons (any when none are listed). */
  record Exited(List<ExitReason> reasons) implements Condition {
    public Exited {
      reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    @Override
    public boolean holds(CandidateFile file, LocalDate from, LocalDate to) {
      var exit = file.candidate().exit();
      return exit != null && exit.date() != null && !exit.date().isBefore(from) && !exit.date().isAfter(to)
          && (reasons.isEmpty() || reasons.contains(exit.reason()));
    }
  }

  /** Spoken to (a contact that took place, not a no-show) in the period (000 §5.3). */
  record Contacted() implements Condition {
    @Override
    public boolean holds(CandidateFile file, LocalDate from, LocalDate to) {
      return file.contactedBetween(from, to);
    }
  }

  /**
   * Moved, in the period, from another value of a classification dimension to one of these: Dalfsen's
   * "doorstroom" between Zorg, Meedoen and Werkfit (003 §1B, §1C). Needs the file's history; a first
   * classification is not a movement.
   */
  record MovedTo(String dimension, List<String> values) implements Condition {
    public MovedTo {
      values = values == null ? List.of() : List.copyOf(values);
    }

    @Override
    public boolean holds(CandidateFile file, LocalDate from, LocalDate to) {
      return file.movedBetween(dimension, values, from, to);
    }
  }

  /**
   * Has a value for each of these dimensions at the end of the period: registration completeness
   * (003 §1, actions 2 and 3: the whole file registered, then "sturing op registratiediscipline").
   */
  record Classified(List<String> dimensions) implements Condition {
    public Classified {
      dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
    }

    @Override
    public boolean holds(CandidateFile file, LocalDate from, LocalDate to) {
      var classification = file.candidateOn(to).classification();
      return dimensions.stream().allMatch(classification::containsKey);
    }
  }

  /** Any one of these holds. */
  record AnyOf(List<Condition> conditions) implements Condition {
    public AnyOf {
      conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }

    @Override
    public boolean holds(CandidateFile file, LocalDate from, LocalDate to) {
      return conditions.stream().anyMatch(c -> c.holds(file, from, to));
    }
  }
}
