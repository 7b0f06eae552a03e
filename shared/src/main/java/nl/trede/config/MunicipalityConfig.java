package nl.trede.config;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.trede.domain.candidate.CandidateFile;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.Violation;
import nl.trede.domain.Violations;

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
 * @param sessionKinds the group sessions and events the municipality holds (001 §2.1.3, 002 §3.3.4, 004 Bijlage 2)
 * @param placements the municipality's own limits on placements: hours, referrals while placed, a
 *     trajectory's budget, the amounts of the jobcoaching regimes (decision 0061); {@code null}: none
 * @param broadIntake the life domains and levels of education of the brede uitvraag (002 §3.3.1,
 *     decision 0065); {@code null}: the municipality offers none
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
    ObligationPolicy obligations,
    List<SessionKind> sessionKinds,
    PlacementPolicy placements,
    BroadIntakePolicy broadIntake)
    implements DomainRecord {

  public MunicipalityConfig {
    dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
    caseloadGroups = caseloadGroups == null ? List.of() : List.copyOf(caseloadGroups);
    budgetLines = budgetLines == null ? List.of() : List.copyOf(budgetLines);
    instruments = instruments == null ? List.of() : List.copyOf(instruments);
    kpis = kpis == null ? List.of() : List.copyOf(kpis);
    migrations = migrations == null ? List.of() : List.copyOf(migrations);
    referralTargets = referralTargets == null ? List.of() : List.copyOf(referralTargets);
    sessionKinds = sessionKinds == null ? List.of() : List.copyOf(sessionKinds);
  }

  public MunicipalityConfig(UUID id, String municipality, String name, int version, String source,
      List<Dimension> dimensions, List<CaseloadGroup> caseloadGroups, List<BudgetLine> budgetLines,
      List<Instrument> instruments, ContactPolicy contactPolicy, List<KpiDefinition> kpis,
      List<ClassificationMigration> migrations, SocialReturn socialReturn, JobcoachingPolicy jobcoaching,
      List<ReferralTarget> referralTargets, ObligationPolicy obligations, List<SessionKind> sessionKinds,
      PlacementPolicy placements) {
    this(id, municipality, name, version, source, dimensions, caseloadGroups, budgetLines, instruments,
        contactPolicy, kpis, migrations, socialReturn, jobcoaching, referralTargets, obligations, sessionKinds,
        placements, null);
  }

  public MunicipalityConfig(UUID id, String municipality, String name, int version, String source,
      List<Dimension> dimensions, List<CaseloadGroup> caseloadGroups, List<BudgetLine> budgetLines,
      List<Instrument> instruments, ContactPolicy contactPolicy, List<KpiDefinition> kpis,
      List<ClassificationMigration> migrations, SocialReturn socialReturn, JobcoachingPolicy jobcoaching,
      List<ReferralTarget> referralTargets, ObligationPolicy obligations) {
    this(id, municipality, name, version, source, dimensions, caseloadGroups, budgetLines, instruments,
        contactPolicy, kpis, migrations, socialReturn, jobcoaching, referralTargets, obligations, null, null);
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

  /** The same configuration with these placement limits. */
  public MunicipalityConfig withPlacements(PlacementPolicy value) {
    return new MunicipalityConfig(id, municipality, name, version, source, dimensions, caseloadGroups, budgetLines,
        instruments, contactPolicy, kpis, migrations, socialReturn, jobcoaching, referralTargets, obligations,
        sessionKinds, value, broadIntake);
  }

  /** The same configuration with this brede uitvraag. */
  public MunicipalityConfig withBroadIntake(BroadIntakePolicy value) {
    return new MunicipalityConfig(id, municipality, name, version, source, dimensions, caseloadGroups, budgetLines,
        instruments, contactPolicy, kpis, migrations, socialReturn, jobcoaching, referralTargets, obligations,
        sessionKinds, placements, value);
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

  public Optional<SessionKind> sessionKind(String key) {
    return sessionKinds.stream().filter(k -> k.key().equals(key)).findFirst();
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

  @Override
  public List<Violation> validate(Clock clock) {
    return new ConfigCheck(this, new Violations(clock)).run();
  }
}
