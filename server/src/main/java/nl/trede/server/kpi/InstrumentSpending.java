package nl.trede.server.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.trede.config.BudgetLine;
import nl.trede.config.Dimension;
import nl.trede.config.Instrument;
import nl.trede.domain.candidate.CandidateFile;
import nl.trede.domain.placement.InstrumentUse;
import nl.trede.domain.placement.Placement;

/**
 * Instruments granted and what they cost, against the budget lines (003 §1D: "spending linked to
 * goals and budgets down to instrument, category and consultant level"; 000 §7: how far the budgets
 * are spent). Definitions in docs/kpis.md.
 *
 * <ul>
 *   <li>A grant: an instrument on a placement (not deleted), dated by its grant date, or by the
 *       placement's start when it has none. Its amount is what the grant records (none counts as 0,
 *       and is counted apart).</li>
 *   <li>Per catalogue entry and per budget line: grants dated in the period. Per budget line also the
 *       year to date — grants from 1 January of the year of the period's last day up to that day —
 *       against the line's amount for that year.</li>
 *   <li>Per classification value (of the candidate on the grant's date) and per case manager:
 *       grants in the period.</li>
 * </ul>
 */
public final class InstrumentSpending {
  private InstrumentSpending() {}

  /**
   * One catalogue entry; {@code instrument} null for a code the catalogue does not (or no longer)
   * hold.
   */
  public record PerInstrument(String code, Instrument instrument, BudgetLine line, int grants, int candidates,
      BigDecimal amount, int withoutAmount) {}

  /**
   * One budget line; {@code line} null for grants of instruments without a budget line.
   *
   * @param budget the line's amount for the year of the period's end; null when the configuration
   *     names none
   */
  public record PerLine(BudgetLine line, int year, int grants, BigDecimal amount, BigDecimal yearToDate,
      BigDecimal budget) {
    public Double shareUsed() {
      return budget == null || budget.signum() == 0 ? null : yearToDate.doubleValue() / budget.doubleValue();
    }

    public BigDecimal remaining() {
      return budget == null ? null : budget.subtract(yearToDate);
    }
  }

  /** A group of grants: a classification value (key null: not classified) or a case manager. */
  public record Group(String key, int grants, int candidates, BigDecimal amount) {}

  public record Result(LocalDate from, LocalDate to, int grants, int candidates, BigDecimal amount,
      List<PerInstrument> perInstrument, List<PerLine> perLine, String dimension, List<Group> perValue,
      List<Group> perCaseManager) {}

  private record Grant(CandidateFile file, Placement placement, InstrumentUse use, LocalDate day) {
    BigDecimal amount() {
      return use.amount() == null ? BigDecimal.ZERO : use.amount();
    }
  }

  public static Result compute(List<Instrument> catalogue, List<BudgetLine> budgetLines,
      Collection<CandidateFile> files, Dimension dimension, LocalDate from, LocalDate to) {
    LocalDate yearStart = to.withDayOfYear(1);
    List<Grant> inPeriod = new ArrayList<>();
    List<Grant> yearToDate = new ArrayList<>();
    for (CandidateFile file : files) {
      for (Placement p : file.placements()) {
        for (InstrumentUse use : p.instruments()) {
          LocalDate day = use.grantedOn() != null ? use.grantedOn() : p.startDate();
          if (day == null || day.isAfter(to)) {
            continue;
          }
          Grant g = new Grant(file, p, use, day);
          if (!day.isBefore(from)) {
            inPeriod.add(g);
          }
          if (!day.isBefore(yearStart)) {
            yearToDate.add(g);
          }
        }
      }
    }
    Map<String, Instrument> byCode = new HashMap<>();
    catalogue.forEach(i -> byCode.put(i.code(), i));
    Map<String, BudgetLine> lines = new LinkedHashMap<>();
    budgetLines.forEach(b -> lines.put(b.key(), b));
    List<PerInstrument> perInstrument = perInstrument(catalogue, byCode, lines, inPeriod);
    List<PerLine> perLine = perLine(budgetLines, byCode, lines, inPeriod, yearToDate, to.getYear());
    List<Group> perValue = dimension == null ? new ArrayList<>() : perValue(dimension, inPeriod);
    List<Group> perCaseManager = perCaseManager(inPeriod);
    return new Result(from, to, inPeriod.size(), candidates(inPeriod), sum(inPeriod), perInstrument, perLine,
        dimension == null ? null : dimension.key(), perValue, perCaseManager);
  }

  /** Per catalogue entry, in catalogue order, then codes the catalogue does not hold. */
  private static List<PerInstrument> perInstrument(List<Instrument> catalogue, Map<String, Instrument> byCode,
      Map<String, BudgetLine> lines, List<Grant> inPeriod) {
    Map<String, List<Grant>> perCode = new LinkedHashMap<>();
    catalogue.forEach(i -> perCode.put(i.code(), new ArrayList<>()));
    inPeriod.forEach(g -> perCode.computeIfAbsent(g.use().code(), k -> new ArrayList<>()).add(g));
    List<PerInstrument> perInstrument = new ArrayList<>();
    perCode.forEach((code, grants) -> {
      Instrument instrument = byCode.get(code);
      if (instrument != null && grants.isEmpty()) {
        return;
      }
      BudgetLine line = instrument == null || instrument.budgetLine() == null ? null : lines.get(instrument.budgetLine());
      perInstrument.add(new PerInstrument(code, instrument, line, grants.size(), candidates(grants), sum(grants),
          (int) grants.stream().filter(g -> g.use().amount() == null).count()));
    });
    return perInstrument;
  }

  /**
   * Per budget line, in the configuration's order, every line (also those without grants), then
   * grants without a line.
   */
  private static List<PerLine> perLine(List<BudgetLine> budgetLines, Map<String, Instrument> byCode,
      Map<String, BudgetLine> lines, List<Grant> inPeriod, List<Grant> yearToDate, int year) {
    List<PerLine> perLine = new ArrayList<>();
    for (BudgetLine line : budgetLines) {
      List<Grant> period = inPeriod.stream().filter(g -> line.key().equals(lineOf(byCode, g))).toList();
      List<Grant> ytd = yearToDate.stream().filter(g -> line.key().equals(lineOf(byCode, g))).toList();
      perLine.add(new PerLine(line, year, period.size(), sum(period), sum(ytd), line.amountFor(year)));
    }
    List<Grant> noLine = inPeriod.stream().filter(g -> lineOf(byCode, g) == null || !lines.containsKey(lineOf(byCode, g))).toList();
    List<Grant> noLineYtd = yearToDate.stream().filter(g -> lineOf(byCode, g) == null || !lines.containsKey(lineOf(byCode, g))).toList();
    if (!noLine.isEmpty() || !noLineYtd.isEmpty()) {
      perLine.add(new PerLine(null, year, noLine.size(), sum(noLine), sum(noLineYtd), null));
    }
    return perLine;
  }

  /** Per value of the dimension, as the candidate was classified on the day of the grant. */
  private static List<Group> perValue(Dimension dimension, List<Grant> inPeriod) {
    List<Group> perValue = new ArrayList<>();
    Map<String, List<Grant>> byValue = new LinkedHashMap<>();
    dimension.values().forEach(v -> byValue.put(v.key(), new ArrayList<>()));
    List<Grant> unclassified = new ArrayList<>();
    for (Grant g : inPeriod) {
      String value = g.file().candidateOn(g.day()).classification().get(dimension.key());
      if (value == null) {
        unclassified.add(g);
      } else {
        byValue.computeIfAbsent(value, k -> new ArrayList<>()).add(g);
      }
    }
    byValue.forEach((key, grants) -> perValue.add(new Group(key, grants.size(), candidates(grants), sum(grants))));
    perValue.add(new Group(null, unclassified.size(), candidates(unclassified), sum(unclassified)));
    return perValue;
  }

  /** Per case manager on the day of the grant, the largest amount first. */
  private static List<Group> perCaseManager(List<Grant> inPeriod) {
    Map<String, List<Grant>> byCaseManager = new LinkedHashMap<>();
    for (Grant g : inPeriod) {
      UUID cm = g.file().candidateOn(g.day()).caseManagerId();
      byCaseManager.computeIfAbsent(cm == null ? null : cm.toString(), k -> new ArrayList<>()).add(g);
    }
    List<Group> perCaseManager = new ArrayList<>();
    byCaseManager.forEach((key, grants) -> perCaseManager.add(new Group(key, grants.size(), candidates(grants), sum(grants))));
    perCaseManager.sort(java.util.Comparator.comparing(Group::amount).reversed()
        .thenComparing(g -> g.key() == null ? "" : g.key()));
    return perCaseManager;
  }

  private static String lineOf(Map<String, Instrument> byCode, Grant g) {
    return Optional.ofNullable(byCode.get(g.use().code())).map(Instrument::budgetLine).orElse(null);
  }

  private static int candidates(List<Grant> grants) {
    Set<UUID> ids = new HashSet<>();
    grants.forEach(g -> ids.add(g.file().candidate().id()));
    return ids.size();
  }

  private static BigDecimal sum(List<Grant> grants) {
    return grants.stream().map(Grant::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
