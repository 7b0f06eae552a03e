package nl.trede.config;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.trede.domain.Violation;
import nl.trede.domain.Violations;
import nl.trede.domain.ladder.Rung;

/**
 * The checks of a municipality's scheme itself (keys, references between its parts, ranges), kept
 * apart from the scheme so that each can grow without the record growing past what one reads at once.
 */
final class ConfigCheck {
  static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9.-]{0,62}");

  private final MunicipalityConfig config;
  private final Violations v;

  ConfigCheck(MunicipalityConfig config, Violations violations) {
    this.config = config;
    this.v = violations;
  }


  List<Violation> run() {
    v.required("id", config.id());
    if (v.required("municipality", config.municipality())) {
      v.pattern("municipality", config.municipality(), KEY, "key-format",
          "municipality must be lower-case letters, digits and dashes");
      if (config.id() != null && !config.id().equals(MunicipalityConfig.idFor(config.municipality()))) {
        v.add("id", "config-id", "a configuration's id is derived from its municipality");
      }
    }
    v.required("name", config.name());
    if (config.version() < 1) {
      v.add("version", "range", "version must be 1 or higher");
    }
    checkDimensions();
    checkGroupsAndBudgets();
    uniqueKeys(v, "instruments", config.instruments().stream().map(Instrument::code).toList(), "code");
    for (int i = 0; i < config.instruments().size(); i++) {
      checkInstrument("instruments[" + i + "]", config.instruments().get(i));
    }
    if (v.required("contactPolicy", config.contactPolicy())) {
      v.range("contactPolicy.defaultFrequencyDays", config.contactPolicy().defaultFrequencyDays(), 1, 365);
      for (int i = 0; i < config.contactPolicy().rules().size(); i++) {
        ContactRule rule = config.contactPolicy().rules().get(i);
        String at = "contactPolicy.rules[" + i + "]";
        if (v.required(at + ".population", rule.population())) {
          checkPopulation(at + ".population", rule.population());
        }
        v.range(at + ".maxDaysBetweenContacts", rule.maxDaysBetweenContacts(), 1, 730);
      }
      Aftercare.check(v, config.contactPolicy().aftercare());
      v.range("contactPolicy.firstContactDays", config.contactPolicy().firstContactDays(), 1, 365);
    }
    uniqueKeys(v, "kpis", config.kpis().stream().map(KpiDefinition::key).toList());
    for (int i = 0; i < config.kpis().size(); i++) {
      checkKpi("kpis[" + i + "]", config.kpis().get(i));
    }
    checkSocialReturn();
    checkMigrations();
    checkReferralTargets();
    uniqueKeys(v, "sessionKinds", config.sessionKinds().stream().map(SessionKind::key).toList());
    for (int i = 0; i < config.sessionKinds().size(); i++) {
      config.sessionKinds().get(i).check(v, "sessionKinds[" + i + "]", config);
    }
    if (config.obligations() != null) {
      config.obligations().check(v, config);
    }
    if (config.placements() != null) {
      config.placements().check(v, config);
    }
    if (config.broadIntake() != null) {
      config.broadIntake().check(v, config);
    }
    return v.toList();
  }

  private void checkReferralTargets() {
    uniqueKeys(v, "referralTargets", config.referralTargets().stream().map(ReferralTarget::key).toList());
    for (int i = 0; i < config.referralTargets().size(); i++) {
      config.referralTargets().get(i).check(v, "referralTargets[" + i + "]");
    }
  }

  /** Each dimension once, each with values, each value once, the rungs a value names on the ladder. */
  private void checkDimensions() {
    Set<String> dimensionKeys = new HashSet<>();
    for (int i = 0; i < config.dimensions().size(); i++) {
      Dimension d = config.dimensions().get(i);
      String at = "dimensions[" + i + "]";
      if (v.required(at + ".key", d.key())) {
        v.pattern(at + ".key", d.key(), KEY, "key-format", "a key is lower-case letters, digits, dots and dashes");
        if (!dimensionKeys.add(d.key())) {
          v.add(at + ".key", "duplicate", "dimension '" + d.key() + "' is defined twice");
        }
      }
      v.required(at + ".label", d.label());
      v.maxLength(at + ".description", d.description(), Dimension.MAX_DESCRIPTION);
      v.required(at + ".values", d.values());
      Set<String> valueKeys = new HashSet<>();
      for (int k = 0; k < d.values().size(); k++) {
        DimensionValue value = d.values().get(k);
        String vat = at + ".values[" + k + "]";
        if (v.required(vat + ".key", value.key())) {
          v.pattern(vat + ".key", value.key(), KEY, "key-format", "a key is lower-case letters, digits, dots and dashes");
          if (!valueKeys.add(value.key())) {
            v.add(vat + ".key", "duplicate", "value '" + value.key() + "' occurs twice in dimension '" + d.key() + "'");
          }
        }
        v.required(vat + ".label", value.label());
        value.rungs().stream().filter(r -> r == null || r < Rung.LOWEST || r > Rung.HIGHEST).findFirst().ifPresent(r ->
            v.add(vat + ".rungs", "rung-range", "a rung is " + Rung.LOWEST + " to " + Rung.HIGHEST + ", was " + r));
      }
    }
  }

  /** Caseload groups and budget lines: unique keys, labels, populations and amounts. */
  private void checkGroupsAndBudgets() {
    uniqueKeys(v, "caseloadGroups", config.caseloadGroups().stream().map(CaseloadGroup::key).toList());
    for (int i = 0; i < config.caseloadGroups().size(); i++) {
      CaseloadGroup g = config.caseloadGroups().get(i);
      v.required("caseloadGroups[" + i + "].label", g.label());
      if (v.required("caseloadGroups[" + i + "].population", g.population())) {
        checkPopulation("caseloadGroups[" + i + "].population", g.population());
      }
    }
    uniqueKeys(v, "budgetLines", config.budgetLines().stream().map(BudgetLine::key).toList());
    for (int i = 0; i < config.budgetLines().size(); i++) {
      BudgetLine b = config.budgetLines().get(i);
      v.required("budgetLines[" + i + "].label", b.label());
      nonNegative(v, "budgetLines[" + i + "].annualAmount", b.annualAmount());
      for (var year : b.amountsByYear().entrySet()) {
        String at = "budgetLines[" + i + "].amountsByYear." + year.getKey();
        v.range(at, year.getKey(), 2000, 2100);
        if (v.required(at, year.getValue())) {
          nonNegative(v, at, year.getValue());
        }
      }
      v.range("budgetLines[" + i + "].coachingHoursPerMonth", b.coachingHoursPerMonth(), 0, 1_000_000);
    }
  }

  /** A social-return rule, when there is one: a percentage and a non-negative floor. */
  private void checkSocialReturn() {
    if (config.socialReturn() != null) {
      BigDecimal percent = config.socialReturn().percentOfContractValue();
      if (percent != null && (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0)) {
        v.add("socialReturn.percentOfContractValue", "range", "percentOfContractValue must be between 0 and 100");
      }
      nonNegative(v, "socialReturn.minContractValue", config.socialReturn().minContractValue());
    }
  }

  /** Migrations start from an earlier version and rename to values the scheme has. */
  private void checkMigrations() {
    for (int i = 0; i < config.migrations().size(); i++) {
      ClassificationMigration m = config.migrations().get(i);
      String at = "migrations[" + i + "]";
      if (m.fromVersion() < 1 || m.fromVersion() >= config.version()) {
        v.add(at + ".fromVersion", "range", "a migration starts from an earlier version (1 to " + (config.version() - 1) + ")");
      }
      Optional<Dimension> d = v.required(at + ".dimension", m.dimension()) ? config.dimension(m.dimension()) : Optional.empty();
      if (m.dimension() != null && d.isEmpty()) {
        v.add(at + ".dimension", "unknown-dimension", "'" + m.dimension() + "' is not a dimension");
      }
      d.ifPresent(dim -> m.renames().forEach((from, to) -> {
        if (dim.value(to).isEmpty()) {
          v.add(at + ".renames." + from, "unknown-value", "'" + to + "' is not a value of '" + dim.key() + "'");
        }
      }));
    }
  }

  private void checkInstrument(String at, Instrument instrument) {
    v.required(at + ".name", instrument.name());
    v.required(at + ".kind", instrument.kind());
    nonNegative(v, at + ".cost", instrument.cost());
    if (instrument.budgetLine() != null && config.budgetLine(instrument.budgetLine()).isEmpty()) {
      v.add(at + ".budgetLine", "unknown-budget-line", "'" + instrument.budgetLine() + "' is not a budget line");
    }
    checkClassification(at + ".meantFor", instrument.meantFor());
    instrument.meantFor().forEach((key, values) -> {
      if (values.isEmpty()) {
        v.add(at + ".meantFor." + key, "required", "name at least one value of '" + key + "' the instrument is meant for");
      }
    });
    InstrumentConditions c = instrument.conditions();
    if (c == null) {
      return;
    }
    v.range(at + ".conditions.minContractMonths", c.minContractMonths(), 1, 120);
    if (c.minHoursPerWeek() != null && (c.minHoursPerWeek().signum() < 0
        || c.minHoursPerWeek().compareTo(BigDecimal.valueOf(48)) > 0)) {
      v.add(at + ".conditions.minHoursPerWeek", "range", "minHoursPerWeek must be between 0 and 48");
    }
    v.range(at + ".conditions.minMonthsOnBenefit", c.minMonthsOnBenefit(), 0, 600);
    v.range(at + ".conditions.monthsOnBenefitBelow", c.monthsOnBenefitBelow(), 1, 600);
    Integer atLeast = c.moreThanMonthsOnBenefit() != null ? c.moreThanMonthsOnBenefit() : c.minMonthsOnBenefit();
    if (atLeast != null && c.monthsOnBenefitBelow() != null && c.monthsOnBenefitBelow() <= atLeast) {
      v.add(at + ".conditions.monthsOnBenefitBelow", "min-max",
          "monthsOnBenefitBelow must be above minMonthsOnBenefit and moreThanMonthsOnBenefit, or no candidate qualifies");
    }
    v.range(at + ".conditions.minMonthsInWork", c.minMonthsInWork(), 0, 120);
    v.range(at + ".conditions.moreThanMonthsOnBenefit", c.moreThanMonthsOnBenefit(), 0, 600);
    v.range(at + ".conditions.moreThanMonthsInWork", c.moreThanMonthsInWork(), 0, 120);
    for (int k = 0; k < c.maxAmounts().size(); k++) {
      AmountTier tier = c.maxAmounts().get(k);
      if (v.required(at + ".conditions.maxAmounts[" + k + "].maxAmount", tier.maxAmount())) {
        nonNegative(v, at + ".conditions.maxAmounts[" + k + "].maxAmount", tier.maxAmount());
      }
      v.range(at + ".conditions.maxAmounts[" + k + "].fromContractMonths", tier.fromContractMonths(), 0, 120);
    }
  }

  private void checkKpi(String at, KpiDefinition kpi) {
    v.required(at + ".title", kpi.title());
    if (v.required(at + ".population", kpi.population())) {
      checkPopulation(at + ".population", kpi.population());
    }
    if (kpi.isNetChange()) {
      // A net change counts the population on two days; there is no success to meet.
      if (kpi.success() != null) {
        v.add(at + ".success", "net-change", "a KPI with a baseline counts a net change and has no success");
      }
      if (v.required(at + ".targetPercent", kpi.targetPercent())
          && kpi.targetPercent().abs().compareTo(BigDecimal.valueOf(100)) > 0) {
        v.add(at + ".targetPercent", "range", "the target change must be between -100 and 100");
      }
    } else {
      if (v.required(at + ".success", kpi.success())) {
        checkCondition(at + ".success", kpi.success());
      }
      if (v.required(at + ".targetPercent", kpi.targetPercent())
          && (kpi.targetPercent().signum() < 0 || kpi.targetPercent().compareTo(BigDecimal.valueOf(100)) > 0)) {
        v.add(at + ".targetPercent", "range", "targetPercent must be between 0 and 100");
      }
    }
    if (v.required(at + ".period", kpi.period()) && kpi.review() != null
        && kpi.review().compareTo(kpi.period()) > 0) {
      v.add(at + ".review", "range", "a KPI is reviewed at least as often as its period: " + kpi.period()
          + " cannot be reviewed per " + kpi.review());
    }
    v.maxLength(at + ".counted", kpi.counted(), 300);
  }

  /** Each kind of condition with what it refers to; {@code anyOf} with every condition inside it. */
  private void checkCondition(String at, Condition condition) {
    if (condition instanceof Condition.AnyOf any) {
      if (v.required(at + ".conditions", any.conditions())) {
        for (int i = 0; i < any.conditions().size(); i++) {
          String inner = at + ".conditions[" + i + "]";
          if (v.required(inner, any.conditions().get(i))) {
            checkCondition(inner, any.conditions().get(i));
          }
        }
      }
    } else if (condition instanceof Condition.RungAtLeast r) {
      v.range(at + ".rung", r.rung(), Rung.LOWEST, Rung.HIGHEST);
    } else if (condition instanceof Condition.MovedTo moved) {
      Optional<Dimension> d = v.required(at + ".dimension", moved.dimension())
          ? config.dimension(moved.dimension()) : Optional.empty();
      if (moved.dimension() != null && d.isEmpty()) {
        v.add(at + ".dimension", "unknown-dimension", "'" + moved.dimension() + "' is not a dimension");
      }
      if (v.required(at + ".values", moved.values())) {
        d.ifPresent(dim -> moved.values().stream().filter(value -> dim.value(value).isEmpty()).forEach(value ->
            v.add(at + ".values", "unknown-value", "'" + value + "' is not a value of '" + dim.key() + "'")));
      }
    } else if (condition instanceof Condition.Classified classified) {
      if (v.required(at + ".dimensions", classified.dimensions())) {
        classified.dimensions().stream().filter(key -> key == null || config.dimension(key).isEmpty()).forEach(key ->
            v.add(at + ".dimensions", "unknown-dimension", "'" + key + "' is not a dimension"));
      }
    }
    // steppedUp, inPlacement, exited and contacted refer to nothing the configuration defines.
  }

  private void checkPopulation(String at, Population p) {
    checkClassification(at + ".classification", p.classification());
    v.range(at + ".minRung", p.minRung(), Rung.LOWEST, Rung.HIGHEST);
    v.range(at + ".maxRung", p.maxRung(), Rung.LOWEST, Rung.HIGHEST);
    if (p.minRung() != null && p.maxRung() != null && p.minRung() > p.maxRung()) {
      v.add(at + ".maxRung", "min-max", "maxRung cannot be below minRung");
    }
    v.range(at + ".ageFrom", p.ageFrom(), 0, 120);
    v.range(at + ".ageBelow", p.ageBelow(), 1, 120);
    v.range(at + ".monthsOnBenefitFrom", p.monthsOnBenefitFrom(), 0, 600);
    v.range(at + ".monthsOnBenefitBelow", p.monthsOnBenefitBelow(), 1, 600);
  }

  /** Dimension keys to values: each a dimension of the scheme, each value one of its values. */
  private void checkClassification(String at, java.util.Map<String, List<String>> classification) {
    classification.forEach((key, values) -> {
      Optional<Dimension> d = config.dimension(key);
      if (d.isEmpty()) {
        v.add(at + "." + key, "unknown-dimension", "'" + key + "' is not a dimension");
        return;
      }
      for (String value : values) {
        if (value == null || d.get().value(value).isEmpty()) {
          v.add(at + "." + key, "unknown-value", "'" + value + "' is not a value of '" + key + "'");
        }
      }
    });
  }

  static void uniqueKeys(Violations v, String list, List<String> keys) {
    uniqueKeys(v, list, keys, "key");
  }

  private static void uniqueKeys(Violations v, String list, List<String> keys, String name) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < keys.size(); i++) {
      String at = list + "[" + i + "]." + name;
      if (v.required(at, keys.get(i))) {
        v.pattern(at, keys.get(i), KEY, "key-format", "a " + name + " is lower-case letters, digits, dots and dashes");
        if (!seen.add(keys.get(i))) {
          v.add(at, "duplicate", "'" + keys.get(i) + "' is defined twice in " + list);
        }
      }
    }
  }

  static void nonNegative(Violations v, String field, BigDecimal amount) {
    if (amount != null && amount.signum() < 0) {
      v.add(field, "range", field + " cannot be negative");
    }
  }
}
