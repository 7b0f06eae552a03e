package nl.trede.client.ui.placement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import nl.trede.config.Instrument;
import nl.trede.domain.placement.InstrumentUse;

/** An instrument granted with the placement, as edited; {@code original} the grant as opened, if any. */
public record InstrumentRow(Instrument instrument, InstrumentUse original, StringProperty amount,
    ObjectProperty<LocalDate> grantedOn) {

  /**
   * The grant to save at this amount (as read from {@link #amount}): an unchanged grant stays the very
   * same value, so policy rules judge only what changed.
   */
  InstrumentUse use(BigDecimal value) {
    boolean same = original != null && Objects.equals(original.grantedOn(), grantedOn.get())
        && (original.amount() == null ? value == null : value != null && original.amount().compareTo(value) == 0);
    return same ? original : new InstrumentUse(instrument.code(), value, grantedOn.get(),
        original == null ? null : original.note());
  }
}
