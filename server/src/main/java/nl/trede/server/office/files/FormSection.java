package nl.trede.server.office.files;

import java.util.List;

/**
 * The parts of a candidate's file the console's forms edit, each with the record fields it holds:
 * a form sends only the fields of its sections, and of those only what the user changed.
 */
public enum FormSection {
  /** Name, date of birth, phone, address: never a BSN (DOMAIN §7). */
  PERSON("givenName", "familyName", "dateOfBirth", "phone", "address"),
  /**
   * Benefit start and kind (bijstand, IOAW, IOAZ: decision 0067) or "geen uitkering" (work to work,
   * 000 §5.1), and the inflow date and reason.
   */
  BENEFIT("benefitStartDate", "benefitKind", "inflow"),
  /** The municipality's own scheme; no value is "nog niet ingedeeld" (DOMAIN §4). */
  CLASSIFICATION("classification"),
  FLAGS("flags", "wageValuePercent"),
  EXEMPTIONS("exemptions"),
  PARTICIPATION("participation"),
  /** Goals, support, expected duration, contact frequency, the justification (001 §2.1.3). */
  PLAN("plan"),
  /** What matching reads: certificates, language level, available hours. */
  SKILLS("certificates", "languageLevel", "availableHoursPerWeek"),
  /** Who carries the file: the case manager and the coaches (the caseload follows). */
  TEAM("caseManagerId", "coachIds"),
  /** Uitstroom: the exit date and reason; none is an open file. */
  EXIT("exit");

  /** What the intake asks (issue 13): person, benefit and inflow, classification, case manager and coaches. */
  public static final List<FormSection> INTAKE = List.of(PERSON, BENEFIT, CLASSIFICATION, TEAM);
  /** What the edit page holds: everything of the record but who carries it and whether it is closed. */
  public static final List<FormSection> EDIT = List.of(PERSON, BENEFIT, CLASSIFICATION, FLAGS, EXEMPTIONS,
      PARTICIPATION, PLAN, SKILLS);

  private final List<String> fields;

  FormSection(String... fields) {
    this.fields = List.of(fields);
  }

  public List<String> fields() {
    return fields;
  }

  /** Whether a field as the rules name it ({@code plan.goals}, {@code exemptions[0].until}) is on this part's form. */
  public boolean shows(String field) {
    return switch (this) {
      case PERSON, FLAGS, SKILLS, TEAM -> fields.contains(field);
      case BENEFIT -> field.equals("benefitStartDate") || field.equals("benefitKind") || field.startsWith("inflow.");
      case CLASSIFICATION -> field.startsWith("classification.");
      case EXEMPTIONS -> field.startsWith("exemptions[");
      case PARTICIPATION -> field.startsWith("participation.");
      case PLAN -> field.startsWith("plan.");
      case EXIT -> field.startsWith("exit.");
    };
  }
}
