package nl.trede.config;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.trede.domain.candidate.CandidateFile;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.Violation;
import nl.trede.domain.Violations;
import nl.trede.domain.ladder.Rung;

/**
 * A municipality's own way of working, as configuration rather than code (DOMAIN §4): its
 * classification scheme, caseload groups, instruments and budgets, contact frequencies and KPIs.
 * Loaded from a versioned file at server start and distributed to devices by sync as a record of
 * its own, so the device validates and filters with the same scheme as the server.
 *
 * @param municipality the tenant id it configures
 * @param version raised with every change; the server installs a file only when it is newer
 * @param migrations how classifications of older versions carry over
 * @param socialReturn the SROI policy for the municipality's own contracts; {@code null} when none is set
 * @param jobcoaching the municipality's own conditions on choosing jobcoaching; {@code null}: none
 * @param referralTargets the teams and providers a candidate can be referred to (004 §2.2, §4.1)
 * @param obligations the municipality's own limits on maatregel and tegenprestatie (004 §4.3c); {@code null}: none
 */
public record MunicipalityConfig(
    UUID id,
    String municipality,
    String name,
    int version,
    String source,
    List<Dimension> dimensions,
    List<CaseloadGroup> caseloadGroups,
    List<BudgetLine> budgetLines,
    List<Instrument> instruments,
    ContactPolicy contactPolicy,
    List<KpiDefinition> kpis,
    List<ClassificationMigration> migrations,
    SocialReturn socialReturn,
    JobcoachingPolicy jobcoaching,
    List<ReferralTarget> referralTargets,
    ObligationPolicy obligations)
    implements DomainRecord {

  private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9.-]{0,62}");

  public MunicipalityConfig {
    dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
    caseloadGroups = caseloadGroups == null ? List.of() : List.copyOf(caseloadGroups);
    budgetLines = budgetLines == null ? List.of() : List.copyOf(budgetLines);
    instruments = instruments == null ? List.of() : List.copyOf(instruments);
    kpis = kpis == null ? List.of() : List.copyOf(kpis);
    migrations = migrations == null ? List.of() : List.copyOf(migrations);
    referralTargets = referralTargets == null ? List.of() : List.copyOf(referralTargets);
  }

  public MunicipalityConfig(UUID id, String municipality, String name, int version, String source,
      List<Dimension> dimensions, List<CaseloadGroup> caseloadGroups, List<BudgetLine> budgetLines,
      List<Instrument> instruments, ContactPolicy contactPolicy, List<KpiDefinition> kpis,
      List<ClassificationMigration> migrations, SocialReturn socialReturn, JobcoachingPolicy jobcoaching,
      List<ReferralTarget> referralTargets) {
    this(id, municipality, name, version, source, dimensions, caseloadGroups, budgetLines, instruments,
        contactPolicy, kpis, migrations, socialReturn, jobcoaching, referralTargets, null);
  }

  public MunicipalityConfig(UUID id, String municipality, String name, int version, String source,
      List<Dimension> dimensions, List<CaseloadGroup> caseloadGroups, List<BudgetLine> budgetLines,
      List<Instrument> instruments, ContactPolicy contactPolicy, List<KpiDefinition> kpis,
      List<ClassificationMigration> migrations, SocialReturn socialReturn, JobcoachingPolicy jobcoaching) {
    this(id, municipality, name, version, source, dimensions, caseloadGroups, budgetLines, instruments,
        contactPolicy, kpis, migrations, socialReturn, jobcoaching, null);
  }

  public MunicipalityConfig(UUID id, String municipality, String name, int version, String source,
      List<Dimension> dimensions, List<CaseloadGroup> caseloadGroups, List<BudgetLine> budgetLines,
      List<Instrument> instruments, ContactPolicy contactPolicy, List<KpiDefinition> kpis,
      List<ClassificationMigration> migrations) {
    this(id, municipality, name, version, source, dimensions, caseloadGroups, budgetLines, instruments,
        contactPolicy, kpis, migrations, null, null, null);
  }

  public MunicipalityConfig(UUID id, String municipality, String name, int version, String source,
      List<Dimension> dimensions, List<CaseloadGroup> caseloadGroups, List<BudgetLine> budgetLines,
      List<Instrument> instruments, ContactPolicy contactPolicy, List<KpiDefinition> kpis,
      List<ClassificationMigration> migrations, SocialReturn socialReturn) {
    this(id, municipality, name, version, source, dimensions, caseloadGroups, budgetLines, instruments,
        contactPolicy, kpis, migrations, socialReturn, null, null);
  }

  /** The record id of a municipality's configuration: one per tenant, the same on every server. */
  public static UUID idFor(String municipality) {
    return UUID.nameUUIDFromBytes(("trede-config:" + municipality).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public UUID fileCandidateId() {
    return null;
  }

  public Optional<Dimension> dimension(String key) {
    return dimensions.stream().filter(d -> d.key().equals(key)).findFirst();
  }

  public Optional<Instrument> instrument(String code) {
    return instruments.stream().filter(i -> i.code().equals(code)).findFirst();
  }

  public Optional<BudgetLine> budgetLine(String key) {
    return budgetLines.stream().filter(b -> b.key().equals(key)).findFirst();
  }

  public Optional<ReferralTarget> referralTarget(String key) {
    return referralTargets.stream().filter(t -> t.key().equals(key)).findFirst();
  }

  // ---------------------------------------------------------------- candidates against the scheme

  /**
   * Checks the classification values that change against the scheme. Values that do not change
   * are left alone even when the scheme no longer knows them: such a file is "te herzien" (see
   * {@link #staleValues}), and blocking every other edit of it would help nobody.
   *
   * @param before the classification as stored; empty for a new candidate
   * @param fieldWorker a coach in the field, who may change only field-editable dimensions
   */
  public List<Violation> checkClassification(Map<String, String> before, Map<String, String> after,
      boolean fieldWorker) {
    List<Violation> v = new java.util.ArrayList<>();
    Set<String> keys = new HashSet<>(before.keySet());
    keys.addAll(after.keySet());
    for (String key : keys.stream().sorted().toList()) {
      String old = before.get(key);
      String now = after.get(key);
      if (java.util.Objects.equals(old, now)) {
        continue;
      }
      String field = "classification." + key;
      Optional<Dimension> dimension = dimension(key);
      if (dimension.isEmpty()) {
        v.add(new Violation(field, "unknown-dimension",
            "'" + key + "' is not a dimension of " + name + "'s classification"));
        continue;
      }
      if (now != null && dimension.get().value(now).isEmpty()) {
        v.add(new Violation(field, "unknown-value", "'" + now + "' is not a value of " + dimension.get().label()
            + "; allowed: " + dimension.get().values().stream().map(DimensionValue::key).toList()));
      }
      if (fieldWorker && !dimension.get().fieldEditable()) {
        v.add(new Violation(field, "not-field-editable",
            dimension.get().label() + " is set by the case manager, not in the field"));
      }
    }
    return v;
  }

  /** Classification values of a file that the scheme no longer knows: shown as "te herzien". */
  public Map<String, String> staleValues(Map<String, String> classification) {
    Map<String, String> stale = new java.util.TreeMap<>();
    classification.forEach((key, value) -> {
      if (dimension(key).flatMap(d -> d.value(value)).isEmpty()) {
        stale.put(key, value);
      }
    });
    return stale;
  }

  /** The classification carried over from {@code fromVersion} to this version by the migrations. */
  public Map<String, String> migrate(Map<String, String> classification, int fromVersion) {
    Map<String, String> result = new java.util.TreeMap<>(classification);
    migrations.stream()
        .filter(m -> m.fromVersion() >= fromVersion && m.fromVersion() < version)
        .sorted(java.util.Comparator.comparingInt(ClassificationMigration::fromVersion))
        .forEach(m -> {
          String value = result.get(m.dimension());
          if (value != null && m.renames().containsKey(value)) {
            result.put(m.dimension(), m.renames().get(value));
          }
        });
    return result;
  }

  // ---------------------------------------------------------------- contact frequency

  /**
   * When the next contact is due (002 §4.4, 000 §5.3), by this municipality's contact policy: see
   * {@link ContactPolicy#due}. A file's start, when nobody has spoken to the candidate yet, is its
   * inflow date or the first version Trede knows of it, whichever is later. Empty for a file that
   * is not open on {@code today}, or without conversation and without a known start.
   */
  public Optional<LocalDate> nextContactDue(CandidateFile file, LocalDate today) {
    return contactDue(file, today).map(ContactPolicy.Due::date);
  }

  /** As {@link #nextContactDue}, with what the date follows from. */
  public Optional<ContactPolicy.Due> contactDue(CandidateFile file, LocalDate today) {
    LocalDate knownSince = file.history().isEmpty() ? null : file.history().get(0).from();
    return policy().due(file, today, knownSince);
  }

  /** The contact policy, or {@link ContactPolicy#DEFAULT} when the file sets none. */
  public ContactPolicy policy() {
    return contactPolicy == null ? ContactPolicy.DEFAULT : contactPolicy;
  }

  // ---------------------------------------------------------------- validation of the scheme itself

  @Override
  public List<Violation> validate(Clock clock) {
    Violations v = new Violations(clock);
    v.required("id", id);
    if (v.required("municipality", municipality)) {
      v.pattern("municipality", municipality, KEY, "key-format",
          "municipality must be lower-case letters, digits and dashes");
      if (id != null && !id.equals(idFor(municipality))) {
        v.add("id", "config-id", "a configuration's id is derived from its municipality");
      }
    }
    v.required("name", name);
    if (version < 1) {
      v.add("version", "range", "version must be 1 or higher");
    }
    checkDimensions(v);
    checkGroupsAndBudgets(v);
    uniqueKeys(v, "instruments", instruments.stream().map(Instrument::code).toList(), "code");
    for (int i = 0; i < instruments.size(); i++) {
      checkInstrument(v, "instruments[" + i + "]", instruments.get(i));
    }
    if (v.required("contactPolicy", contactPolicy)) {
      v.range("contactPolicy.defaultFrequencyDays", contactPolicy.defaultFrequencyDays(), 1, 365);
      for (int i = 0; i < contactPolicy.rules().size(); i++) {
        ContactRule rule = contactPolicy.rules().get(i);
        String at = "contactPolicy.rules[" + i + "]";
        if (v.required(at + ".population", rule.population())) {
          checkPopulation(v, at + ".population", rule.population());
        }
        v.range(at + ".maxDaysBetweenContacts", rule.maxDaysBetweenContacts(), 1, 730);
      }
      Aftercare.check(v, contactPolicy.aftercare());
    }
    uniqueKeys(v, "kpis", kpis.stream().map(KpiDefinition::key).toList());
    for (int i = 0; i < kpis.size(); i++) {
      checkKpi(v, "kpis[" + i + "]", kpis.get(i));
    }
    checkSocialReturn(v);
    checkMigrations(v);
    checkReferralTargets(v);
    if (obligations != null) {
      obligations.check(v, this);
    }
    return v.toList();
  }

  private void checkReferralTargets(Violations v) {
    uniqueKeys(v, "referralTargets", referralTargets.stream().map(ReferralTarget::key).toList());
    for (int i = 0; i < referralTargets.size(); i++) {
      referralTargets.get(i).check(v, "referralTargets[" + i + "]");
    }
  }

  /** Each dimension once, each with values, each value once. */
  private void checkDimensions(Violations v) {
    Set<String> dimensionKeys = new HashSet<>();
    for (int i = 0; i < dimensions.size(); i++) {
      Dimension d = dimensions.get(i);
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
      }
    }
  }

  /** Caseload groups and budget lines: unique keys, labels, populations and amounts. */
  private void checkGroupsAndBudgets(Violations v) {
    uniqueKeys(v, "caseloadGroups", caseloadGroups.stream().map(CaseloadGroup::key).toList());
    for (int i = 0; i < caseloadGroups.size(); i++) {
      CaseloadGroup g = caseloadGroups.get(i);
      v.required("caseloadGroups[" + i + "].label", g.label());
      if (v.required("caseloadGroups[" + i + "].population", g.population())) {
        checkPopulation(v, "caseloadGroups[" + i + "].population", g.population());
      }
    }
    uniqueKeys(v, "budgetLines", budgetLines.stream().map(BudgetLine::key).toList());
    for (int i = 0; i < budgetLines.size(); i++) {
      BudgetLine b = budgetLines.get(i);
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
  private void checkSocialReturn(Violations v) {
    if (socialReturn != null) {
      BigDecimal percent = socialReturn.percentOfContractValue();
      if (percent != null && (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0)) {
        v.add("socialReturn.percentOfContractValue", "range", "percentOfContractValue must be between 0 and 100");
      }
      nonNegative(v, "socialReturn.minContractValue", socialReturn.minContractValue());
    }
  }

  /** Migrations start from an earlier version and rename to values the scheme has. */
  private void checkMigrations(Violations v) {
    for (int i = 0; i < migrations.size(); i++) {
      ClassificationMigration m = migrations.get(i);
      String at = "migrations[" + i + "]";
      if (m.fromVersion() < 1 || m.fromVersion() >= version) {
        v.add(at + ".fromVersion", "range", "a migration starts from an earlier version (1 to " + (version - 1) + ")");
      }
      Optional<Dimension> d = v.required(at + ".dimension", m.dimension()) ? dimension(m.dimension()) : Optional.empty();
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

  private void checkInstrument(Violations v, String at, Instrument instrument) {
    v.required(at + ".name", instrument.name());
    v.required(at + ".kind", instrument.kind());
    nonNegative(v, at + ".cost", instrument.cost());
    if (instrument.budgetLine() != null && budgetLine(instrument.budgetLine()).isEmpty()) {
      v.add(at + ".budgetLine", "unknown-budget-line", "'" + instrument.budgetLine() + "' is not a budget line");
    }
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

  private void checkKpi(Violations v, String at, KpiDefinition kpi) {
    v.required(at + ".title", kpi.title());
    if (v.required(at + ".population", kpi.population())) {
      checkPopulation(v, at + ".population", kpi.population());
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
        checkCondition(v, at + ".success", kpi.success());
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
  private void checkCondition(Violations v, String at, Condition condition) {
    if (condition instanceof Condition.AnyOf any) {
      if (v.required(at + ".conditions", any.conditions())) {
        for (int i = 0; i < any.conditions().size(); i++) {
          String inner = at + ".conditions[" + i + "]";
          if (v.required(inner, any.conditions().get(i))) {
            checkCondition(v, inner, any.conditions().get(i));
          }
        }
      }
    } else if (condition instanceof Condition.RungAtLeast r) {
      v.range(at + ".rung", r.rung(), Rung.LOWEST, Rung.HIGHEST);
    } else if (condition instanceof Condition.MovedTo moved) {
      Optional<Dimension> d = v.required(at + ".dimension", moved.dimension())
          ? dimension(moved.dimension()) : Optional.empty();
      if (moved.dimension() != null && d.isEmpty()) {
        v.add(at + ".dimension", "unknown-dimension", "'" + moved.dimension() + "' is not a dimension");
      }
      if (v.required(at + ".values", moved.values())) {
        d.ifPresent(dim -> moved.values().stream().filter(value -> dim.value(value).isEmpty()).forEach(value ->
            v.add(at + ".values", "unknown-value", "'" + value + "' is not a value of '" + dim.key() + "'")));
      }
    } else if (condition instanceof Condition.Classified classified) {
      if (v.required(at + ".dimensions", classified.dimensions())) {
        classified.dimensions().stream().filter(key -> key == null || dimension(key).isEmpty()).forEach(key ->
            v.add(at + ".dimensions", "unknown-dimension", "'" + key + "' is not a dimension"));
      }
    }
    // steppedUp, inPlacement, exited and contacted refer to nothing the configuration defines.
  }

  private void checkPopulation(Violations v, String at, Population p) {
    p.classification().forEach((key, values) -> {
      Optional<Dimension> d = dimension(key);
      if (d.isEmpty()) {
        v.add(at + ".classification." + key, "unknown-dimension", "'" + key + "' is not a dimension");
        return;
      }
      for (String value : values) {
        if (d.get().value(value).isEmpty()) {
          v.add(at + ".classification." + key, "unknown-value",
              "'" + value + "' is not a value of '" + key + "'");
        }
      }
    });
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

  private static void uniqueKeys(Violations v, String list, List<String> keys) {
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

  private static void nonNegative(Violations v, String field, BigDecimal amount) {
    if (amount != null && amount.signum() < 0) {
      v.add(field, "range", field + " cannot be negative");
    }
  }
}
