package nl.trede.sync;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import nl.trede.config.MunicipalityConfig;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.assessment.Assessment;
import nl.trede.domain.broadintake.BroadIntake;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.coaching.CoachingHours;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.employer.Employer;
import nl.trede.domain.employer.EmployerContact;
import nl.trede.domain.employer.Vacancy;
import nl.trede.domain.ladder.LadderStep;
import nl.trede.domain.obligation.ObligationMeasure;
import nl.trede.domain.placement.Placement;
import nl.trede.domain.referral.Referral;
import nl.trede.domain.session.GroupSession;
import nl.trede.domain.session.SessionAttendance;

/** The record types that sync, their wire names and how they may change. */
public enum RecordType {
  CANDIDATE("candidate", Candidate.class, false, null),
  CONTACT("contact", Contact.class, true, "authorId"),
  LADDER_STEP("ladder-step", LadderStep.class, true, "authorId"),
  COACHING_HOURS("coaching-hours", CoachingHours.class, true, "authorId"),
  EMPLOYER("employer", Employer.class, false, null),
  VACANCY("vacancy", Vacancy.class, false, "registeredBy"),
  PLACEMENT("placement", Placement.class, false, "createdBy"),
  /** A referral to another team or provider, in the candidate's file (004 §2.2, §4.1). */
  REFERRAL("referral", Referral.class, false, "referredBy"),
  /**
   * A maatregel or tegenprestatie in the candidate's file (002 §4.5): history, corrected by a new
   * entry; only the file's case manager and the office decide it (RoleRules).
   */
  OBLIGATION_MEASURE("obligation-measure", ObligationMeasure.class, true, "decidedBy"),
  /**
   * A visit, call, e-mail or meeting with an employer, no candidate (issue 17): history outside any
   * file, corrected by a new entry; received by every device that receives employers (RoleRules).
   */
  EMPLOYER_CONTACT("employer-contact", EmployerContact.class, true, "authorId"),
  /**
   * A group session or event (issue 18): outside any file, received by every device of the
   * municipality; it names no candidate.
   */
  GROUP_SESSION("group-session", GroupSession.class, false, "organisedBy"),
  /** One candidate's invitation to a session, whether they came and want a follow-up: in their file. */
  SESSION_ATTENDANCE("session-attendance", SessionAttendance.class, false, "recordedBy"),
  /**
   * A taalmeter or a loonwaarde measurement in the candidate's file (000 §5.2, 001 §2.1.2): history,
   * corrected by a new entry.
   */
  ASSESSMENT("assessment", Assessment.class, true, "authorId"),
  /**
   * A brede uitvraag in the candidate's file (002 §3.3.1, decision 0065): history, a later one
   * superseding the earlier, corrected by a new entry.
   */
  BROAD_INTAKE("broad-intake", BroadIntake.class, true, "authorId"),
  /** The municipality's configuration: written by the server from its file, read by every device. */
  CONFIGURATION("configuration", MunicipalityConfig.class, false, null);

  private final String wireName;
  private final Class<? extends DomainRecord> recordClass;
  private final boolean appendOnly;
  private final Set<String> fieldNames;
  private final String authorField;

  RecordType(String wireName, Class<? extends DomainRecord> recordClass, boolean appendOnly, String authorField) {
    this.wireName = wireName;
    this.recordClass = recordClass;
    this.appendOnly = appendOnly;
    this.authorField = authorField;
    this.fieldNames = Arrays.stream(recordClass.getRecordComponents())
        .map(RecordComponent::getName)
        .collect(Collectors.toUnmodifiableSet());
  }

  @JsonValue
  public String wireName() {
    return wireName;
  }

  @JsonCreator
  public static RecordType fromWire(String name) {
    return find(name).orElseThrow(() -> new IllegalArgumentException("unknown record type '" + name + "'"));
  }

  /** The type of this wire name, if it is one (an audit row may name other things, e.g. a device). */
  public static java.util.Optional<RecordType> find(String name) {
    for (RecordType type : values()) {
      if (type.wireName.equals(name)) {
        return java.util.Optional.of(type);
      }
    }
    return java.util.Optional.empty();
  }

  public Class<? extends DomainRecord> recordClass() {
    return recordClass;
  }

  /**
   * Contacts, ladder steps and coaching hours are history: they are never edited or deleted,
   * only corrected by a new entry that references the old one.
   */
  public boolean appendOnly() {
    return appendOnly;
  }

  public Set<String> fieldNames() {
    return fieldNames;
  }

  /**
   * The field naming the user who made the record ({@link DomainRecord#author()}): set to the
   * pushing user on create and never changed; null for types without one.
   */
  public String authorField() {
    return authorField;
  }
}
