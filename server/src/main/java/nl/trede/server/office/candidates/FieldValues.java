package nl.trede.server.office.candidates;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.trede.config.Dimension;
import nl.trede.config.MunicipalityConfig;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.Exemption;
import nl.trede.domain.candidate.Plan;
import nl.trede.server.office.DisplayNames;
import nl.trede.server.office.candidates.FileHistory.FieldChange;
import nl.trede.server.office.view.DisplayFormat;
import nl.trede.server.office.view.OfficeText;

/**
 * A candidate record's fields as a person reads them: labels from the console's bundle and the
 * municipality's configuration (a classification value by its dimension's and value's labels),
 * people by name, enums by their Dutch names, dates the Dutch way; never a code or an id. Used for
 * the differences between two versions on the timeline, where a composite field (plan,
 * classification) is compared part by part, and for the values of a conflict.
 */
public final class FieldValues {
  private static final DisplayFormat FMT = DisplayFormat.INSTANCE;
  private static final String[] PLAN_PARTS = {"goals", "support", "duration", "frequency", "justification"};

  private final OfficeText text;
  private final MunicipalityConfig config;
  private final Map<String, DisplayNames.Person> people;
  /** Field name to its value (for comparing) and how it reads, in the order the file page shows them. */
  private final Map<String, Field> fields = new LinkedHashMap<>();

  private record Field(Function<Candidate, Object> value, Function<Candidate, String> shown) {}

  public FieldValues(OfficeText text, MunicipalityConfig config, Map<String, DisplayNames.Person> people) {
    this.text = text;
    this.config = config;
    this.people = people;
    add("givenName", Candidate::givenName, Candidate::givenName);
    add("familyName", Candidate::familyName, Candidate::familyName);
    add("dateOfBirth", Candidate::dateOfBirth, c -> FMT.date(c.dateOfBirth()));
    add("phone", Candidate::phone, Candidate::phone);
    add("address", Candidate::address, Candidate::address);
    add("caseManagerId", Candidate::caseManagerId,
        c -> c.caseManagerId() == null ? "" : person(c.caseManagerId().toString()));
    add("coachIds", Candidate::coachIds, c -> c.coachIds().stream().map(id -> person(id.toString())).sorted()
        .collect(Collectors.joining(", ")));
    add("benefitStartDate", Candidate::benefitStartDate, c -> c.benefitStartDate() == null
        ? text.get("candidates.no-benefit") : FMT.date(c.benefitStartDate()));
    add("benefitKind", Candidate::benefitKind, c -> text.label("benefit.kind", c.benefitKind()));
    add("inflow", Candidate::inflow, c -> c.inflow() == null ? ""
        : join(FMT.date(c.inflow().date()), text.label("inflow.reason", c.inflow().reason())));
    add("exit", Candidate::exit, c -> c.exit() == null ? ""
        : join(FMT.date(c.exit().date()), text.label("exit.reason", c.exit().reason())));
    add("classification", Candidate::classification, c -> new TreeSet<>(c.classification().keySet()).stream()
        .map(key -> dimensionLabel(key) + ": " + classified(key, c.classification().get(key)))
        .collect(Collectors.joining("; ")));
    add("flags", Candidate::flags, c -> labels("flag", c.flags()));
    add("wageValuePercent", Candidate::wageValuePercent, c -> c.wageValuePercent() == null ? ""
        : c.wageValuePercent() + " %");
    add("exemptions", Candidate::exemptions, c -> c.exemptions().stream().map(this::exemption)
        .collect(Collectors.joining("; ")));
    add("participation", Candidate::participation, c -> c.participation().stream()
        .map(p -> text.label("activity", p.activity()) + " " + hours(p.hoursPerWeek())).collect(Collectors.joining(", ")));
    add("plan", Candidate::plan, c -> {
      List<String> parts = new ArrayList<>();
      for (String part : PLAN_PARTS) {
        String value = planPart(c.plan(), part);
        if (value != null) {
          parts.add(text.get("candidate.plan." + part) + ": " + value);
        }
      }
      return String.join("\n", parts);
    });
    add("certificates", Candidate::certificates, c -> labels("requirement", c.certificates()));
    add("languageLevel", Candidate::languageLevel, Candidate::languageLevel);
    add("availableHoursPerWeek", Candidate::availableHoursPerWeek,
        c -> c.availableHoursPerWeek() == null ? "" : hours(c.availableHoursPerWeek()));
  }

  private void add(String name, Function<Candidate, Object> value, Function<Candidate, String> shown) {
    fields.put(name, new Field(value, c -> {
      String s = shown.apply(c);
      return s == null ? "" : s;
    }));
  }

  /** One field of the record as a person reads it ("" for nothing); the raw value for an unknown field. */
  public String show(String field, Candidate candidate) {
    Field f = fields.get(field);
    return f == null || candidate == null ? "" : f.shown().apply(candidate);
  }

  /** The field's label, as the file page names it. */
  public String label(String field) {
    return text.get("field.candidate." + field);
  }

  String person(String id) {
    if (id == null) {
      return "";
    }
    DisplayNames.Person p = people.get(id);
    return p == null ? text.get("visits.unknown") : p.displayName();
  }

  String targetLabel(String key) {
    return FileHistory.targetLabel(config, key);
  }

  boolean isTeam(String label) {
    return label.equals(label("caseManagerId")) || label.equals(label("coachIds"));
  }

  /** Every field that differs between the two versions, in the order the file page shows them. */
  List<FieldChange> differences(Candidate was, Candidate now) {
    List<FieldChange> d = new ArrayList<>();
    fields.forEach((name, f) -> {
      if (Objects.equals(f.value().apply(was), f.value().apply(now))) {
        return;
      }
      switch (name) {
        case "classification" -> classification(d, was.classification(), now.classification());
        case "plan" -> {
          for (String part : PLAN_PARTS) {
            String before = planPart(was.plan(), part);
            String after = planPart(now.plan(), part);
            if (!Objects.equals(before, after)) {
              d.add(new FieldChange(label("plan") + " · " + text.get("candidate.plan." + part).toLowerCase(OfficeText.DUTCH),
                  before == null ? "" : before, after == null ? "" : after));
            }
          }
        }
        // No benefit start is itself a value ("geen uitkering"), not an empty field.
        default -> d.add(new FieldChange(label(name), shownOrEmpty(name, f, was), shownOrEmpty(name, f, now)));
      }
    });
    return d;
  }

  private static String shownOrEmpty(String name, Field f, Candidate c) {
    Object value = f.value().apply(c);
    boolean empty = value == null || value instanceof Collection<?> list && list.isEmpty();
    return empty && !name.equals("benefitStartDate") ? "" : f.shown().apply(c);
  }

  /** One row per dimension that changed, by the municipality's labels; no value is "nog niet ingedeeld". */
  private void classification(List<FieldChange> d, Map<String, String> was, Map<String, String> now) {
    TreeSet<String> keys = new TreeSet<>(was.keySet());
    keys.addAll(now.keySet());
    for (String key : keys) {
      if (!Objects.equals(was.get(key), now.get(key))) {
        d.add(new FieldChange(dimensionLabel(key), classified(key, was.get(key)), classified(key, now.get(key))));
      }
    }
  }

  private String dimensionLabel(String key) {
    return config == null ? key : config.dimension(key).map(Dimension::label).orElse(key);
  }

  private String classified(String key, String value) {
    if (value == null) {
      return text.get("classification.none");
    }
    Dimension dimension = config == null ? null : config.dimension(key).orElse(null);
    return dimension == null || dimension.value(value).isEmpty() ? text.get("classification.review", value)
        : dimension.labelOf(value);
  }

  /** A part of the plan: goals, support, duration, contact frequency, justification (001 §2.1.3). */
  private String planPart(Plan plan, String part) {
    if (plan == null) {
      return null;
    }
    return switch (part) {
      case "goals" -> plan.goals();
      case "support" -> plan.support();
      case "duration" -> plan.expectedDurationMonths() == null ? null
          : text.get("candidate.months", plan.expectedDurationMonths());
      case "frequency" -> plan.contactFrequencyDays() == null ? null
          : text.get("candidate.every-days", plan.contactFrequencyDays());
      default -> plan.justification();
    };
  }

  private String exemption(Exemption e) {
    List<String> period = new ArrayList<>();
    if (e.from() != null) {
      period.add(text.get("history.from", FMT.date(e.from())));
    }
    if (e.until() != null) {
      period.add(text.get("history.until", FMT.date(e.until())));
    }
    return text.label("exemption", e.kind()) + ": " + e.reason() + (period.isEmpty() ? "" : " (" + String.join(" ", period) + ")");
  }

  private String hours(BigDecimal hours) {
    return text.get("history.hours", FMT.number(hours, 1));
  }

  private String labels(String prefix, Collection<? extends Enum<?>> values) {
    return values.stream().map(v -> text.label(prefix, v)).collect(Collectors.joining(", "));
  }

  private static String join(String first, String second) {
    return first.isEmpty() ? second : second.isEmpty() ? first : first + ", " + second;
  }
}
