package nl.trede.server.office.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.trede.config.Dimension;
import nl.trede.config.DimensionValue;
import nl.trede.config.MunicipalityConfig;
import nl.trede.domain.candidate.BenefitKind;
import nl.trede.domain.candidate.CandidateFlag;
import nl.trede.domain.candidate.InflowReason;
import nl.trede.server.office.view.OfficeText;

/**
 * The columns of the import template, each defined once: its Dutch header, whether it must be
 * there, what it holds (shown on the page and in the template's explanation sheet), the fields of
 * {@code Candidate} it fills (so a broken rule on a field names the column), and how its text is
 * read. The municipality's own classification adds a column per dimension (DOMAIN §4).
 */
final class ImportColumns {
  /** Where a column's text goes; a value it cannot read is reported as a rule of its own. */
  @FunctionalInterface
  interface Fill {
    /** @return the rule the text breaks ({@code date-format} …), or null when it was read */
    String apply(String text, Draft draft);
  }

  /**
   * One column.
   *
   * @param fields the {@code Candidate} fields (or their prefixes, e.g. {@code inflow.date}) it fills
   */
  record ImportColumn(String key, String header, boolean required, String format, String example,
      List<String> fields, Fill fill) {}

  static final String NUMBER = "number";

  /** The date formats accepted: Dutch first (as Excel shows them here), then ISO. */
  private static final List<DateTimeFormatter> DATES = java.util.stream.Stream.of("d-M-uuuu", "d/M/uuuu", "d.M.uuuu",
          "uuuu-M-d")
      .map(p -> DateTimeFormatter.ofPattern(p).withResolverStyle(ResolverStyle.STRICT)).toList();

  private ImportColumns() {}

  static List<ImportColumn> of(MunicipalityConfig config, OfficeText text) {
    List<ImportColumn> c = new ArrayList<>();
    c.add(column(text, NUMBER, true, "", (s, d) -> {
      d.number = s;
      return null;
    }));
    c.add(column(text, "given-name", true, "givenName", (s, d) -> {
      d.givenName = s;
      return null;
    }));
    c.add(column(text, "family-name", true, "familyName", (s, d) -> {
      d.familyName = s;
      return null;
    }));
    c.add(column(text, "date-of-birth", true, "dateOfBirth", (s, d) -> date(s, v -> d.dateOfBirth = v)));
    c.add(column(text, "phone", false, "phone", (s, d) -> {
      d.phone = s;
      return null;
    }));
    c.add(column(text, "address", false, "address", (s, d) -> {
      d.address = s;
      return null;
    }));
    c.add(column(text, "case-manager", false, "caseManagerId", (s, d) -> {
      d.caseManager = s.toLowerCase(Locale.ROOT);
      return null;
    }));
    c.add(column(text, "coaches", false, "coachIds", (s, d) -> {
      d.coaches = Arrays.stream(s.split("[,;]")).map(String::strip).filter(x -> !x.isEmpty())
          .map(x -> x.toLowerCase(Locale.ROOT)).distinct().toList();
      return null;
    }));
    c.add(column(text, "benefit-start", false, "benefitStartDate", (s, d) -> date(s, v -> d.benefitStart = v)));
    // The benefit system knows the law each benefit is paid under (decision 0067); empty reads as bijstand.
    c.add(choiceColumn(text, "benefit-kind", "benefitKind", "benefit.kind", BenefitKind.values(),
        (d, v) -> d.benefitKind = v));
    c.add(column(text, "inflow-date", false, "inflow.date", (s, d) -> date(s, v -> d.inflowDate = v)));
    c.add(choiceColumn(text, "inflow-reason", "inflow.reason", "inflow.reason", InflowReason.values(),
        (d, v) -> d.inflowReason = v));
    for (Dimension dimension : config.dimensions()) {
      String values = dimension.values().stream().map(DimensionValue::label).collect(Collectors.joining(", "));
      c.add(new ImportColumn("dimension:" + dimension.key(), dimension.label(), false,
          text.get("import.col.dimension.format", values), dimension.values().isEmpty() ? ""
              : dimension.values().get(0).label(), List.of("classification." + dimension.key()),
          (s, d) -> {
            Optional<DimensionValue> value = dimension.values().stream()
                .filter(v -> v.label().equalsIgnoreCase(s) || v.key().equalsIgnoreCase(s)).findFirst();
            value.ifPresent(v -> d.classification.put(dimension.key(), v.key()));
            return value.isPresent() ? null : "unknown-value";
          }));
    }
    for (CandidateFlag flag : CandidateFlag.values()) {
      c.add(new ImportColumn("flag:" + flag.name(), text.get("import.col.flag." + flag.name()), false,
          text.get("import.col.yes-no.format"), "nee", List.of("flags"), (s, d) -> yesNo(s, yes -> {
            if (yes) {
              d.flags.add(flag);
            }
          })));
    }
    c.add(column(text, "wage-value", false, "wageValuePercent", (s, d) -> whole(s, v -> d.wageValue = v)));
    c.add(column(text, "language-level", false, "languageLevel", (s, d) -> {
      d.languageLevel = s.toUpperCase(Locale.ROOT);
      return null;
    }));
    c.add(column(text, "available-hours", false, "availableHoursPerWeek", (s, d) -> decimal(s, v -> d.availableHours = v)));
    c.add(column(text, "contact-frequency", false, "plan.contactFrequencyDays",
        (s, d) -> whole(s, v -> d.contactFrequency = v)));
    return c;
  }

  private static ImportColumn column(OfficeText text, String key, boolean required, String field, Fill fill) {
    return new ImportColumn(key, text.get("import.col." + key), required, text.get("import.col." + key + ".format"),
        text.get("import.col." + key + ".example"), field.isEmpty() ? List.of() : List.of(field), fill);
  }

  /** A column of one of the domain's fixed choices, read by its Dutch label or its code; "een van: …" lists them. */
  private static <E extends Enum<E>> ImportColumn choiceColumn(OfficeText text, String key, String field, String labels,
      E[] values, java.util.function.BiConsumer<Draft, E> to) {
    String all = Arrays.stream(values).map(v -> text.label(labels, v)).collect(Collectors.joining(", "));
    return new ImportColumn(key, text.get("import.col." + key), false, text.get("import.col." + key + ".format", all),
        text.get("import.col." + key + ".example"), List.of(field), (s, d) -> {
          E value = choice(s, values, v -> text.label(labels, v)).orElse(null);
          to.accept(d, value);
          return value == null ? "unknown-choice" : null;
        });
  }

  /** The column a broken rule on a {@code Candidate} field belongs to (e.g. {@code coachIds[1]}: Coaches). */
  static Optional<ImportColumn> forField(List<ImportColumn> columns, String field) {
    return columns.stream().filter(c -> c.fields().stream().anyMatch(f -> field.equals(f)
        || field.startsWith(f + ".") || field.startsWith(f + "["))).findFirst();
  }

  // ---------------------------------------------------------------- reading values as people type them

  private static String date(String s, java.util.function.Consumer<LocalDate> to) {
    if (s.matches("[0-9]{4,5}")) {
      // An Excel date that lost its format: days since 30 December 1899.
      to.accept(LocalDate.of(1899, 12, 30).plusDays(Long.parseLong(s)));
      return null;
    }
    for (DateTimeFormatter format : DATES) {
      try {
        to.accept(LocalDate.parse(s, format));
        return null;
      } catch (DateTimeParseException e) {
        // the next format
      }
    }
    return "date-format";
  }

  private static String whole(String s, java.util.function.Consumer<Integer> to) {
    try {
      BigDecimal value = new BigDecimal(s.replace(',', '.'));
      if (value.stripTrailingZeros().scale() > 0 || value.abs().compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
        return "whole-number";
      }
      to.accept(value.intValueExact());
      return null;
    } catch (NumberFormatException | ArithmeticException e) {
      return "whole-number";
    }
  }

  private static String decimal(String s, java.util.function.Consumer<BigDecimal> to) {
    try {
      BigDecimal value = new BigDecimal(s.replace(',', '.'));
      if (value.abs().compareTo(BigDecimal.valueOf(1_000_000)) > 0 || value.scale() > 2) {
        return "number-format";
      }
      to.accept(value);
      return null;
    } catch (NumberFormatException e) {
      return "number-format";
    }
  }

  private static String yesNo(String s, java.util.function.Consumer<Boolean> to) {
    switch (s.toLowerCase(Locale.ROOT)) {
      case "ja", "j", "yes", "y", "x", "1", "waar", "true" -> to.accept(true);
      case "nee", "n", "no", "0", "onwaar", "false" -> to.accept(false);
      default -> {
        return "yes-no";
      }
    }
    return null;
  }

  private static <E extends Enum<E>> Optional<E> choice(String s, E[] values, java.util.function.Function<E, String> label) {
    return Arrays.stream(values).filter(v -> label.apply(v).equalsIgnoreCase(s) || v.name().equalsIgnoreCase(s))
        .findFirst();
  }
}
