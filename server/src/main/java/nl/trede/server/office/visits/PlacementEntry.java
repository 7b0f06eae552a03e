package nl.trede.server.office.visits;

import java.math.BigDecimal;
import nl.trede.domain.placement.Placement;
import nl.trede.sync.RecordType;

/** A placement, on the timeline at its start; its hours are hours per week. */
public record PlacementEntry(Common common, Placement placement) implements VisitEntry {
  @Override
  public RecordType type() {
    return RecordType.PLACEMENT;
  }

  @Override
  public BigDecimal hours() {
    return placement.hoursPerWeek();
  }
}
