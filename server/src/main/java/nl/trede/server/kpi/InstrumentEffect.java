package nl.trede.server.kpi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import nl.trede.config.BudgetLine;
import nl.trede.config.Dimension;
import nl.trede.config.Instrument;
import nl.trede.domain.candidate.CandidateFile;
import nl.trede.domain.placement.EvaluationOutcome;
import nl.trede.domain.placement.InstrumentUse;
import nl.trede.domain.placement.Placement;
import nl.trede.domain.placement.PlacementEvaluation;

/**
 * The effect of instruments as evaluated when placements end: 003 §1B asks for "consequente
 * terugkoppeling en evaluatie op het gebruik van instrumenten en de ervaren effecten bij zowel cliënt
 * als consulent/loopbaanbegeleider", 003 §1D for it down to "instrumenten, categorieen, doelgroepen en
 * zelfs consulentenniveau", 001 §5.1 registers "zodat achteraf resultaten en effectiviteit gemeten kan
 * worden". The counterpart of {@link InstrumentSpending}: what was spent there, how it worked here.
 * Definitions and a worked example in docs/kpis.md.
 *
 * <ul>
 *   <li>An ended placement: a placement (not deleted) whose end date lies in the period. Its
 *       evaluation, if any, is counted with it; its instruments are the grants it carries.</li>
 *   <li>Per catalogue entry: ended placements carrying it (a placement with two instruments counts
 *       for both; twice the same code counts once), then those without any instrument.</li>
 *   <li>Per budget line: the same through the instruments' lines; per classification value and per
 *       case manager: as the candidate was on the end date.</li>
 *   <li>Averages of the experiences (1-5) over the evaluations rated by both sides; fewer than
 *       {@link #MEANINGFUL} such evaluations make an average say more about one person than about an
 *       instrument, so the dashboard shows the count instead (decision 0058).</li>
 * </ul>
 */
public final class InstrumentEffect {
  /** Trede's choice, not a seed's: below five rated evaluations an average is not shown. */
  public static final int MEANINGFUL = 5;

  private InstrumentEffect() {}

  /** The ended placements of one group (an instrument, a line, a value, a case manager). */
  public record Group(String key, int ended, int evaluated, Map<EvaluationOutcome, Integer> outcomes, int rated,
      Double clientAverage, Double professionalAverage) {
    public Double evaluatedShare() {
      return ended == 0 ? null : (double) evaluated / ended;
    }

    /** Enough rated evaluations for the averages to mean something about the group. */
    public boolean meaningful() {
      return rated >= MEANINGFUL;
    }
  }

  /** One catalogue entry's group; {@code instrument} null for a code the catalogue does not hold. */
  public record PerInstrument(String code, Instrument instrument, Group group) {}

  /** One budget line's group; {@code line} null for placements whose instruments have no line. */
  public record PerLine(BudgetLine line, Group group) {}

  public record Result(LocalDate from, LocalDate to, Group total, List<PerInstrument> perInstrument,
      List<PerLine> perLine, String dimension, List<Group> perValue, List<Group> perCaseManager) {}

  private record Ended(CandidateFile file, Placement placement) {
    Set<String> codes() {
      Set<String> codes = new LinkedHashSet<>();
      placement.instruments().stream().map(InstrumentUse::code).forEach(codes::add);
      return codes;
    }
  }

  public static Result compute(List<Instrument> catalogue, List<BudgetLine> budgetLines,
      Collection<CandidateFile> files, Dimension dimension, LocalDate from, LocalDate to) {
    List<Ended> ended = new ArrayList<>();
    for (CandidateFile file : files) {
      for (Placement p : file.placements()) {
        if (p.endDate() != null && !p.endDate().isBefore(from) && !p.endDate().isAfter(to)) {
          ended.add(new Ended(file, p));
        }
      }
    }
    Map<String, Instrument> byCode = new LinkedHashMap<>();
    catalogue.forEach(i -> byCode.put(i.code(), i));
    Map<String, BudgetLine> lines = new LinkedHashMap<>();
    budgetLines.forEach(b -> lines.put(b.key(), b));

    Map<String, List<Ended>> perCode = grouped(ended, byCode.keySet(), e -> List.copyOf(e.codes()));
    List<PerInstrument> perInstrument = new ArrayList<>();
    perCode.forEach((code, group) -> {
      if (!group.isEmpty() || code == null) {
        perInstrument.add(new PerInstrument(code, code == null ? null : byCode.get(code), group(code, group)));
      }
    });
    Map<String, List<Ended>> perLineKey = grouped(ended, lines.keySet(), e -> e.codes().stream()
        .map(byCode::get).filter(i -> i != null && i.budgetLine() != null && lines.containsKey(i.budgetLine()))
        .map(Instrument::budgetLine).distinct().toList());
    List<PerLine> perLine = new ArrayList<>();
    perLineKey.forEach((key, group) -> perLine.add(new PerLine(key == null ? null : lines.get(key), group(key, group))));

    List<Group> perValue = new ArrayList<>();
    if (dimension != null) {
      List<String> values = dimension.values().stream().map(v -> v.key()).toList();
      grouped(ended, values, e -> listOf(e.file().candidateOn(e.placement().endDate()).classification()
          .get(dimension.key()))).forEach((key, group) -> perValue.add(group(key, group)));
    }
    List<Group> perCaseManager = new ArrayList<>();
    grouped(ended, List.of(), e -> {
      UUID cm = e.file().candidateOn(e.placement().endDate()).caseManagerId();
      return listOf(cm == null ? null : cm.toString());
    }).forEach((key, group) -> {
      if (!group.isEmpty()) {
        perCaseManager.add(group(key, group));
      }
    });
    perCaseManager.sort(java.util.Comparator.comparing(Group::ended).reversed()
        .thenComparing(g -> g.key() == null ? "" : g.key()));
    return new Result(from, to, group(null, ended), perInstrument, perLine,
        dimension == null ? null : dimension.key(), perValue, perCaseManager);
  }

  private static List<String> listOf(String key) {
    return key == null ? List.of() : List.of(key);
  }

  /**
   * Ended placements by the keys {@code keysOf} gives each, in the order of {@code known}, then keys
   * met on the way; a placement with no key goes to the group {@code null}, always listed last.
   */
  private static Map<String, List<Ended>> grouped(List<Ended> ended, Collection<String> known,
      Function<Ended, List<String>> keysOf) {
    Map<String, List<Ended>> groups = new LinkedHashMap<>();
    known.forEach(k -> groups.put(k, new ArrayList<>()));
    List<Ended> none = new ArrayList<>();
    for (Ended e : ended) {
      List<String> keys = keysOf.apply(e);
      if (keys.isEmpty()) {
        none.add(e);
      }
      keys.forEach(k -> groups.computeIfAbsent(k, x -> new ArrayList<>()).add(e));
    }
    groups.put(null, none);
    return groups;
  }

  private static Group group(String key, List<Ended> ended) {
    Map<EvaluationOutcome, Integer> outcomes = new EnumMap<>(EvaluationOutcome.class);
    for (EvaluationOutcome o : EvaluationOutcome.values()) {
      outcomes.put(o, 0);
    }
    int evaluated = 0;
    int rated = 0;
    int client = 0;
    int professional = 0;
    for (Ended e : ended) {
      PlacementEvaluation ev = e.placement().evaluation();
      if (ev == null || ev.outcome() == null) {
        continue;
      }
      evaluated++;
      outcomes.merge(ev.outcome(), 1, Integer::sum);
      if (ev.rated()) {
        rated++;
        client += ev.clientExperience();
        professional += ev.professionalExperience();
      }
    }
    return new Group(key, ended.size(), evaluated, outcomes, rated,
        rated == 0 ? null : (double) client / rated, rated == 0 ? null : (double) professional / rated);
  }
}
