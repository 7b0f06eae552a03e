package nl.trede.server.office.view;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;

/**
 * Dates, times and numbers the Dutch way (24-11-2026, 14:05, 1.234,5), in the municipality's time
 * zone. Templates call it as {@code fmt}; exports use the same rules for text cells.
 */
public final class DisplayFormat {
  /** The municipalities' time zone, the one the domain validates dates in. */
  public static final ZoneId ZONE = nl.trede.domain.Violations.ZONE;
  public static final DisplayFormat INSTANCE = new DisplayFormat();
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", OfficeText.DUTCH);

  private DisplayFormat() {}

  public String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  public String dateTime(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant.atZone(ZONE));
  }

  public String dateTime(LocalDateTime dateTime) {
    return dateTime == null ? "" : DATE_TIME.format(dateTime);
  }

  public String time(Instant instant) {
    return instant == null ? "" : TIME.format(instant.atZone(ZONE));
  }

  public String month(LocalDate date) {
    return date == null ? "" : MONTH.format(date);
  }

  /** A whole number with thousands separators: 12.345. */
  public String number(long value) {
    return format(BigDecimal.valueOf(value), 0);
  }

  /** A number with at most {@code decimals} decimals, trailing zeros dropped: 1,5 or 12. */
  public String number(BigDecimal value, int decimals) {
    return value == null ? "" : format(value, decimals);
  }

  public String number(double value, int decimals) {
    return format(BigDecimal.valueOf(value), decimals);
  }

  /** A share as a percentage: 0.375 → 37,5 %. */
  public String percent(double share) {
    return Double.isNaN(share) ? "–" : format(BigDecimal.valueOf(share * 100), 1) + " %";
  }

  /** When a record was made on the device: the time inside its UUID v7 id (docs/sync-protocol.md). */
  public static Optional<Instant> madeAt(UUID id) {
    if (id == null || id.version() != 7) {
      return Optional.empty();
    }
    return Optional.of(Instant.ofEpochMilli(id.getMostSignificantBits() >>> 16));
  }

  private static String format(BigDecimal value, int decimals) {
    DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "#".repeat(decimals),
        DecimalFormatSymbols.getInstance(OfficeText.DUTCH));
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(value);
  }
}
