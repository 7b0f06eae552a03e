package nl.trede.domain.ladder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.trede.domain.Filing;
import nl.trede.domain.HistoryEntry;
import nl.trede.domain.Violation;
import nl.trede.domain.Violations;

/**
 * A dated move on the Participatieladder. Never overwritten: the history feeds the KPI "40 % make a
 * step" (000 §6.1). The first registration (intake) has no {@code fromRung}.
 */
public record LadderStep(
    UUID id,
    @Filing UUID candidateId,
    Integer fromRung,
    Integer toRung,
    @Filing LocalDate date,
    String reason,
    UUID authorId,
    UUID correctsId)
    implements HistoryEntry.ByDay {

  public boolean isIntake() {
    return fromRung == null;
  }

  public boolean isStepUp() {
    return fromRung != null && toRung != null && toRung > fromRung;
  }

  @Override
  public List<Violation> validate(Clock clock) {
    Violations v = new Violations(clock);
    v.required("id", id);
    v.required("candidateId", candidateId);
    v.range("fromRung", fromRung, Rung.LOWEST, Rung.HIGHEST);
    if (v.required("toRung", toRung)) {
      v.range("toRung", toRung, Rung.LOWEST, Rung.HIGHEST);
    }
    if (fromRung != null && fromRung.equals(toRung) && correctsId == null) {
      v.add("toRung", "differs-from-fromRung", "a step moves to another rung");
    }
    if (v.required("date", date)) {
      v.pastDate("date", date, 30);
    }
    if (v.required("reason", reason)) {
      v.maxLength("reason", reason, 2000);
    }
    v.required("authorId", authorId);
    return v.toList();
  }
}
