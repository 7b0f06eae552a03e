package nl.trede.server.office.files;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.trede.config.Dimension;
import nl.trede.config.DimensionValue;
import nl.trede.config.MunicipalityConfig;
import nl.trede.config.RungFit;
import nl.trede.config.ReferralTarget;
import nl.trede.domain.Role;
import nl.trede.domain.candidate.BenefitKind;
import nl.trede.domain.candidate.CandidateFlag;
import nl.trede.domain.candidate.ExemptionKind;
import nl.trede.domain.candidate.ExitReason;
import nl.trede.domain.candidate.InflowReason;
import nl.trede.domain.candidate.ParticipationActivity;
import nl.trede.domain.employer.Requirement;
import nl.trede.server.accounts.User;
import nl.trede.server.accounts.UserRepository;
import nl.trede.server.config.InstalledConfiguration;
import nl.trede.server.office.view.OfficeText;

/**
 * The choices the file's forms offer, in Dutch: the fixed lists of the domain, the municipality's
 * own classification and referral targets from its configuration, and its people who can carry a
 * file (active users with a caseload role).
 */
@Singleton
public class FormOptions {
  public static final List<String> LANGUAGE_LEVELS = List.of("A1", "A2", "B1", "B2", "C1", "C2");

  private final InstalledConfiguration configurations;
  private final UserRepository users;
  private final OfficeText text;

  public FormOptions(InstalledConfiguration configurations, UserRepository users, OfficeText text) {
    this.configurations = configurations;
    this.users = users;
    this.text = text;
  }

  /** One choice: what the form sends, what the user reads. */
  public record Option(String value, String label) {}

  /** A dimension of the municipality's scheme; "nog niet ingedeeld" is the empty choice. */
  public record DimensionChoice(String key, String label, String group, String description, List<Option> values) {
    /** The value a file holds that the scheme no longer knows ("te herzien"), offered so it is not lost. */
    public boolean knows(String value) {
      return value == null || values.stream().anyMatch(o -> o.value().equals(value));
    }

    /** The value's label; a value the scheme no longer knows as itself. */
    public String labelOf(String value) {
      return values.stream().filter(o -> o.value().equals(value)).map(Option::label).findFirst().orElse(value);
    }
  }

  /** Everything a file's forms choose from, for one municipality. */
  public record Choices(List<Option> flags, List<Option> inflowReasons, List<Option> exitReasons,
      List<Option> exemptionKinds, List<Option> activities, List<Option> certificates, List<String> languageLevels,
      List<DimensionChoice> dimensions, List<Option> caseManagers, List<Option> coaches,
      List<ReferralTarget> referralTargets, List<Option> benefitKinds) {}

  public Choices of(String tenantId) {
    MunicipalityConfig config = configurations.of(tenantId).orElse(null);
    List<User> people = users.findByTenantIdOrderByDisplayName(tenantId).stream()
        .filter(u -> u.active() && u.role().hasCaseload()).toList();
    return new Choices(labelled("flag", CandidateFlag.values()), labelled("inflow.reason", InflowReason.values()),
        labelled("exit.reason", ExitReason.values()), labelled("exemption", ExemptionKind.values()),
        labelled("activity", ParticipationActivity.values()), labelled("requirement", Requirement.values()),
        LANGUAGE_LEVELS, dimensions(config),
        people.stream().filter(u -> u.role() == Role.CASE_MANAGER).map(u -> new Option(u.id(), u.displayName())).toList(),
        people.stream().map(u -> new Option(u.id(), u.displayName() + " (" + text.label("role", u.role()) + ")")).toList(),
        config == null ? List.of() : config.referralTargets(), labelled("benefit.kind", BenefitKind.values()));
  }

  private List<Option> labelled(String prefix, Enum<?>[] values) {
    return Arrays.stream(values).map(v -> new Option(v.name(), text.label(prefix, v))).toList();
  }

  private static List<DimensionChoice> dimensions(MunicipalityConfig config) {
    List<DimensionChoice> choices = new ArrayList<>();
    if (config == null) {
      return choices;
    }
    for (Dimension d : config.dimensions()) {
      choices.add(new DimensionChoice(d.key(), d.label(), d.group(), d.description(),
          d.values().stream().map(v -> new Option(v.key(), v.label())).toList()));
    }
    return choices;
  }

  /**
   * Per dimension, what to say where a file's value is tied to rungs its current rung is not among
   * (000 §4, {@link RungFit}): "past niet bij trede 3: hoort bij Focus op groei".
   */
  public Map<String, String> offRung(String tenantId, Map<String, String> classification, Integer rung) {
    Map<String, String> notes = new java.util.LinkedHashMap<>();
    configurations.of(tenantId).ifPresent(config ->
        RungFit.of(config, classification, java.util.Optional.ofNullable(rung)).forEach(m -> {
          String belongs = RungFit.fitting(m.dimension(), m.rung()).stream().map(DimensionValue::label)
              .collect(java.util.stream.Collectors.joining(" / "));
          notes.put(m.dimension().key(), belongs.isEmpty() ? text.get("classification.off-rung", m.rung())
              : text.get("classification.off-rung-belongs", m.rung(), belongs));
        }));
    return notes;
  }

  /** The labels of a municipality's dimensions and their values, for showing a classification. */
  public Map<String, DimensionChoice> dimensionsByKey(String tenantId) {
    Map<String, DimensionChoice> byKey = new java.util.LinkedHashMap<>();
    dimensions(configurations.of(tenantId).orElse(null)).forEach(d -> byKey.put(d.key(), d));
    return byKey;
  }
}
