package nl.trede.server.office.visits;

import nl.trede.domain.ladder.LadderStep;
import nl.trede.sync.RecordType;

/** A step on the participation ladder (the first one is the intake). */
public record LadderStepEntry(Common common, LadderStep step) implements VisitEntry {
  @Override
  public RecordType type() {
    return RecordType.LADDER_STEP;
  }

  @Override
  public Integer fromRung() {
    return step.fromRung();
  }

  @Override
  public Integer toRung() {
    return step.toRung();
  }
}
