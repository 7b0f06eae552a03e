package nl.trede.server.office.files;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.domain.Json;
import nl.trede.domain.Violation;
import nl.trede.domain.candidate.BenefitKind;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.CandidateFlag;
import nl.trede.domain.candidate.ExemptionKind;
import nl.trede.domain.candidate.ExitReason;
import nl.trede.domain.candidate.InflowReason;
import nl.trede.domain.candidate.ParticipationActivity;
import nl.trede.domain.employer.Requirement;
import nl.trede.server.office.view.FormData;

/**
 * A candidate's fields as the console's forms carry them, by the names the rules use for them
 * ({@code plan.goals}, {@code inflow.date}, {@code exemptions[0].until}), so an error lands next to
 * its field. Read from a form on top of the record the form was opened on: a form changes only the
 * fields of its sections. Input that is no date, number or known choice is named with rule
 * {@code date}, {@code number} or {@code choice}, and the form is then not saved.
 */
public final class CandidateForm {
  /** Blank exemption rows a form offers below the file's own, to add one. */
  public static final int EXTRA_EXEMPTIONS = 1;

  /**
   * The candidate as the form would make it, what could not be read (then the form is not saved;
   * the candidate is null only when nothing of it could be read), and the form's name for fields
   * the rules name otherwise (a list position).
   */
  public record Read(Candidate candidate, List<Violation> violations, Map<String, String> rename) {}

  private final FormData form;
  private final ObjectNode json;
  private final List<Violation> violations = new ArrayList<>();
  private final Map<String, String> rename = new HashMap<>();

  private CandidateForm(FormData form, Candidate base) {
    this.form = form;
    this.json = Json.MAPPER.valueToTree(base);
  }

  public static Read read(FormData form, Candidate base, Collection<FormSection> sections) {
    CandidateForm reader = new CandidateForm(form, base);
    sections.forEach(reader::section);
    return reader.finish();
  }

  private void section(FormSection section) {
    switch (section) {
      case PERSON -> {
        text("givenName");
        text("familyName");
        json.put("dateOfBirth", text(date("dateOfBirth")));
        text("phone");
        text("address");
      }
      case BENEFIT -> benefit();
      case CLASSIFICATION -> {
        ObjectNode classification = json.putObject("classification");
        form.names().stream().filter(n -> n.startsWith("classification.") && form.has(n))
            .forEach(n -> classification.put(n.substring("classification.".length()), form.get(n)));
      }
      case FLAGS -> {
        ArrayNode flags = json.putArray("flags");
        choices("flags", CandidateFlag.class).forEach(flags::add);
        json.put("wageValuePercent", integer("wageValuePercent"));
      }
      case EXEMPTIONS -> exemptions();
      case PARTICIPATION -> participation();
      case PLAN -> plan();
      case SKILLS -> {
        ArrayNode certificates = json.putArray("certificates");
        choices("certificates", Requirement.class).forEach(certificates::add);
        text("languageLevel");
        json.put("availableHoursPerWeek", decimal("availableHoursPerWeek"));
      }
      case TEAM -> {
        json.put("caseManagerId", uuid("caseManagerId"));
        ArrayNode coaches = json.putArray("coachIds");
        form.all("coachIds").stream().map(id -> uuid("coachIds", id)).filter(id -> id != null)
            .distinct().forEach(coaches::add);
      }
      case EXIT -> {
        LocalDate date = date("exit.date");
        String reason = choice("exit.reason", ExitReason.class);
        if (date == null && reason == null) {
          json.putNull("exit");
        } else {
          json.putObject("exit").put("date", text(date)).put("reason", reason);
        }
      }
    }
  }

  /**
   * "Geen uitkering" (work to work, 000 §5.1) is a choice of its own, not a forgotten date, and
   * leaves no kind of benefit. A file on benefit from before the kind was recorded shows bijstand,
   * as it reads; left so, it stays unrecorded rather than changing under the user (decision 0067).
   */
  private void benefit() {
    LocalDate start = date("benefitStartDate");
    // Not recorded: left out of the record's JSON (or null, as an older server wrote it).
    boolean kindUnrecorded = json.hasNonNull("benefitStartDate") && !json.hasNonNull("benefitKind");
    String kind = choice("benefitKind", BenefitKind.class);
    if ("none".equals(form.get("benefit"))) {
      json.putNull("benefitStartDate");
      json.putNull("benefitKind");
    } else {
      json.put("benefitStartDate", text(start));
      if (start == null && "yes".equals(form.get("benefit"))) {
        violations.add(new Violation("benefitStartDate", "required", "benefitStartDate is required"));
      }
      if (start == null) {
        json.putNull("benefitKind");
      } else if (kind != null && !(kindUnrecorded && BenefitKind.BIJSTAND.name().equals(kind))) {
        json.put("benefitKind", kind);
      }
    }
    LocalDate inflow = date("inflow.date");
    String reason = choice("inflow.reason", InflowReason.class);
    if (inflow == null && reason == null) {
      json.putNull("inflow");
    } else {
      json.putObject("inflow").put("date", text(inflow)).put("reason", reason);
    }
  }

  /** Rows without anything filled in are left out; the rules name a row by its place in the form. */
  private void exemptions() {
    ArrayNode list = json.putArray("exemptions");
    int rows = Math.min(50, Math.max(0, intOr(form.get("exemptionRows"), 0)));
    for (int row = 0; row < rows; row++) {
      String at = "exemptions[" + row + "]";
      String kind = choice(at + ".kind", ExemptionKind.class);
      String reason = form.get(at + ".reason");
      LocalDate from = date(at + ".from");
      LocalDate until = date(at + ".until");
      if (kind == null && reason == null && from == null && until == null) {
        continue;
      }
      int index = list.size();
      for (String part : List.of("kind", "reason", "from", "until")) {
        rename.put("exemptions[" + index + "]." + part, at + "." + part);
      }
      list.addObject().put("kind", kind).put("reason", reason).put("from", text(from)).put("until", text(until));
    }
  }

  private void participation() {
    ArrayNode list = json.putArray("participation");
    for (ParticipationActivity activity : ParticipationActivity.values()) {
      String name = "participation." + activity.name();
      BigDecimal hours = decimal(name);
      if (hours != null) {
        rename.put("participation[" + list.size() + "].hoursPerWeek", name);
        rename.put("participation[" + list.size() + "].activity", name);
        list.addObject().put("activity", activity.name()).put("hoursPerWeek", hours);
      }
    }
  }

  /** A plan with nothing filled in is no plan. */
  private void plan() {
    ObjectNode plan = Json.MAPPER.createObjectNode();
    for (String part : List.of("goals", "support", "justification")) {
      plan.put(part, form.get("plan." + part));
    }
    Integer months = integer("plan.expectedDurationMonths");
    Integer days = integer("plan.contactFrequencyDays");
    plan.put("expectedDurationMonths", months).put("contactFrequencyDays", days);
    boolean empty = months == null && days == null
        && List.of("goals", "support", "justification").stream().allMatch(p -> plan.get(p).isNull());
    if (empty) {
      json.putNull("plan");
    } else {
      // Key order as the record's, so an unchanged plan compares equal to the stored one.
      json.putObject("plan").put("goals", plan.get("goals").textValue()).put("support", plan.get("support").textValue())
          .put("expectedDurationMonths", months).put("contactFrequencyDays", days)
          .put("justification", plan.get("justification").textValue());
    }
  }

  /**
   * The candidate as far as the form could be read (what could not be read left empty), so the
   * record's own rules can name every other problem at once.
   */
  private Read finish() {
    try {
      return new Read(Json.MAPPER.treeToValue(json, Candidate.class), List.copyOf(violations), Map.copyOf(rename));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      // A hidden character (NUL, a bidirectional control) in what was typed: named like the API does.
      violations.add(new Violation(Json.pathOf(e), Json.ruleOf(e), Json.describe(e)));
      return new Read(null, List.copyOf(violations), Map.copyOf(rename));
    }
  }

  /**
   * What the form could not read, then what the record's rules say of the rest: one error per
   * field, the reading's first (a date that is no date is not also "required").
   */
  public static List<Violation> allProblems(Read read, List<Violation> rules) {
    List<Violation> all = new ArrayList<>(read.violations());
    java.util.Set<String> named = new java.util.HashSet<>();
    read.violations().forEach(v -> named.add(v.field()));
    rules.stream().filter(v -> !named.contains(v.field())).forEach(all::add);
    return all;
  }

  // ---------------------------------------------------------------- reading one value

  private void text(String name) {
    json.put(name, form.get(name));
  }

  private static String text(LocalDate date) {
    return date == null ? null : date.toString();
  }

  private LocalDate date(String name) {
    String value = form.get(name);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      violations.add(new Violation(name, "date", name + " must be a date"));
      return null;
    }
  }

  private BigDecimal decimal(String name) {
    String value = form.get(name);
    if (value == null) {
      return null;
    }
    try {
      // Dutch writes 12,5; a browser's number field sends 12.5.
      return new BigDecimal(value.replace(',', '.'));
    } catch (NumberFormatException e) {
      violations.add(new Violation(name, "number", name + " must be a number"));
      return null;
    }
  }

  private Integer integer(String name) {
    BigDecimal value = decimal(name);
    if (value == null) {
      return null;
    }
    try {
      return value.intValueExact();
    } catch (ArithmeticException e) {
      violations.add(new Violation(name, "whole-number", name + " must be a whole number"));
      return null;
    }
  }

  private static int intOr(String value, int otherwise) {
    try {
      return value == null ? otherwise : Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }

  private <E extends Enum<E>> String choice(String name, Class<E> type) {
    String value = form.get(name);
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value).name();
    } catch (IllegalArgumentException e) {
      violations.add(new Violation(name, "choice", name + " is not one of the choices"));
      return null;
    }
  }

  private <E extends Enum<E>> List<String> choices(String name, Class<E> type) {
    List<String> known = new ArrayList<>();
    for (String value : form.all(name)) {
      try {
        known.add(Enum.valueOf(type, value).name());
      } catch (IllegalArgumentException e) {
        violations.add(new Violation(name, "choice", name + " is not one of the choices"));
      }
    }
    return known.stream().distinct().toList();
  }

  private String uuid(String name) {
    String value = form.get(name);
    return value == null ? null : uuid(name, value);
  }

  private String uuid(String name, String value) {
    try {
      return UUID.fromString(value).toString();
    } catch (IllegalArgumentException e) {
      violations.add(new Violation(name, "choice", name + " is not one of the choices"));
      return null;
    }
  }

  // ---------------------------------------------------------------- showing a record in a form

  /** The record in a form: what each field holds, by the form's names. */
  public static FormData show(Candidate c) {
    FormData form = new FormData();
    form.add("givenName", c.givenName()).add("familyName", c.familyName())
        .add("dateOfBirth", text(c.dateOfBirth())).add("phone", c.phone()).add("address", c.address());
    form.add("benefit", c.benefitStartDate() == null ? "none" : "yes").add("benefitStartDate", text(c.benefitStartDate()))
        .add("benefitKind", c.benefitKindAsRead() == null ? null : c.benefitKindAsRead().name());
    if (c.inflow() != null) {
      form.add("inflow.date", text(c.inflow().date()))
          .add("inflow.reason", c.inflow().reason() == null ? null : c.inflow().reason().name());
    }
    c.classification().forEach((key, value) -> form.add("classification." + key, value));
    c.flags().forEach(f -> form.add("flags", f.name()));
    form.add("wageValuePercent", c.wageValuePercent() == null ? null : c.wageValuePercent().toString());
    for (int i = 0; i < c.exemptions().size(); i++) {
      var e = c.exemptions().get(i);
      form.add("exemptions[" + i + "].kind", e.kind() == null ? null : e.kind().name())
          .add("exemptions[" + i + "].reason", e.reason()).add("exemptions[" + i + "].from", text(e.from()))
          .add("exemptions[" + i + "].until", text(e.until()));
    }
    form.add("exemptionRows", String.valueOf(c.exemptions().size() + EXTRA_EXEMPTIONS));
    c.participation().forEach(p -> form.add("participation." + p.activity().name(), dutch(p.hoursPerWeek())));
    if (c.plan() != null) {
      form.add("plan.goals", c.plan().goals()).add("plan.support", c.plan().support())
          .add("plan.justification", c.plan().justification())
          .add("plan.expectedDurationMonths", text(c.plan().expectedDurationMonths()))
          .add("plan.contactFrequencyDays", text(c.plan().contactFrequencyDays()));
    }
    c.certificates().forEach(r -> form.add("certificates", r.name()));
    form.add("languageLevel", c.languageLevel()).add("availableHoursPerWeek", dutch(c.availableHoursPerWeek()));
    form.add("caseManagerId", c.caseManagerId() == null ? null : c.caseManagerId().toString());
    c.coachIds().forEach(id -> form.add("coachIds", id.toString()));
    if (c.exit() != null) {
      form.add("exit.date", text(c.exit().date())).add("exit.reason", c.exit().reason() == null ? null
          : c.exit().reason().name());
    }
    return form;
  }

  private static String text(Integer value) {
    return value == null ? null : value.toString();
  }

  private static String dutch(BigDecimal value) {
    return value == null ? null : value.stripTrailingZeros().toPlainString().replace('.', ',');
  }
}
