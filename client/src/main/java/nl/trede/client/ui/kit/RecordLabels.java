package nl.trede.client.ui.kit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.trede.client.store.LocalStore;
import nl.trede.domain.Colleague;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.Json;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.coaching.CoachingHours;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.employer.Employer;
import nl.trede.domain.employer.EmployerContact;
import nl.trede.domain.employer.Vacancy;
import nl.trede.domain.ladder.LadderStep;
import nl.trede.domain.placement.Placement;
import nl.trede.domain.referral.Referral;
import nl.trede.sync.MutationRules;
import nl.trede.sync.RecordType;

/**
 * How a record and its fields are named to a person: "Werkgever Supermarkt Het Plein",
 * "Contactmoment 3 nov. 2026 – Anna Jansen", field "Contactpersoon", value "ja". For the sync page
 * and the conflict screen, which deal with records of every type; colleagues by name, not by id.
 */
public final class RecordLabels {
  private final Messages messages;
  private final LocalStore store;

  public RecordLabels(Messages messages, LocalStore store) {
    this.messages = messages;
    this.store = store;
  }

  public String record(RecordType type, ObjectNode data) {
    String typeName = messages.get("recordType." + type.name());
    if (data == null) {
      return typeName;
    }
    DomainRecord record;
    try {
      record = MutationRules.read(type, data);
    } catch (RuntimeException e) {
      return typeName;
    }
    String what = switch (type) {
      case CANDIDATE -> ((Candidate) record).displayName();
      case EMPLOYER -> ((Employer) record).name();
      case VACANCY -> ((Vacancy) record).title();
      case CONTACT -> messages.dateTime(((Contact) record).occurredAt()) + candidate(record.fileCandidateId());
      case LADDER_STEP -> messages.date(((LadderStep) record).date()) + candidate(record.fileCandidateId());
      case COACHING_HOURS -> messages.date(((CoachingHours) record).date()) + candidate(record.fileCandidateId());
      case PLACEMENT -> messages.label(((Placement) record).kind()) + candidate(record.fileCandidateId());
      case REFERRAL -> messages.date(((Referral) record).sentOn()) + candidate(record.fileCandidateId());
      case OBLIGATION_MEASURE -> messages.date(((nl.trede.domain.obligation.ObligationMeasure) record).decidedOn())
          + candidate(record.fileCandidateId());
      case EMPLOYER_CONTACT -> messages.date(((EmployerContact) record).date())
          + employer(((EmployerContact) record).employerId());
      case GROUP_SESSION -> messages.date(((nl.trede.domain.session.GroupSession) record).date()) + " "
          + ((nl.trede.domain.session.GroupSession) record).title();
      case SESSION_ATTENDANCE -> candidate(record.fileCandidateId()).replaceFirst("^ – ", "");
      case ASSESSMENT -> messages.date(((nl.trede.domain.assessment.Assessment) record).date())
          + candidate(record.fileCandidateId());
      case BROAD_INTAKE -> messages.date(((nl.trede.domain.broadintake.BroadIntake) record).date())
          + candidate(record.fileCandidateId());
      case CONFIGURATION -> "";
    };
    return what.isEmpty() ? typeName : typeName + " " + what;
  }

  private String employer(UUID id) {
    return store.employers().stream().filter(e -> e.id().equals(id)).findFirst().map(e -> " – " + e.name()).orElse("");
  }

  /** Where an entry stands with the server, in a sentence; a refusal with its reasons. */
  public static String syncState(Messages messages, nl.trede.client.store.StoredRecord row) {
    return row.syncState() == nl.trede.client.store.SyncState.REJECTED
        ? messages.get("timeline.state.REJECTED", row.violations().stream().map(messages::violation)
            .distinct().collect(java.util.stream.Collectors.joining(" ")))
        : messages.get("timeline.state." + row.syncState().name());
  }

  private String candidate(UUID id) {
    return id == null ? "" : store.candidate(id).map(c -> " – " + c.displayName()).orElse("");
  }

  /** A field's Dutch name: {@code field.<type>.<name>}, else the generic one, else the name itself. */
  public String field(RecordType type, String field) {
    String specific = "field." + type.wireName() + "." + field;
    if (messages.has(specific)) {
      return messages.get(specific);
    }
    return messages.has("field." + field) ? messages.get("field." + field) : field;
  }

  /**
   * A field's stored value as a person reads it: a classification with the municipality's labels
   * ("Spoor: Werk"), a list or a group of values one by one, never as JSON.
   */
  public String value(RecordType type, String field, JsonNode value) {
    if (type == RecordType.CANDIDATE && (field.equals("coachIds") || field.equals("caseManagerId"))
        && value != null && !value.isNull()) {
      return people(value);
    }
    if (value != null && value.isObject()) {
      var config = type == RecordType.CANDIDATE && field.equals("classification") ? store.configuration() : null;
      List<String> parts = new ArrayList<>();
      value.fields().forEachRemaining(e -> parts.add(config != null && config.isPresent()
          ? config.get().dimension(e.getKey()).map(d -> d.label() + ": " + d.labelOf(e.getValue().asText()))
              .orElse(e.getKey() + ": " + value(e.getValue()))
          : e.getKey() + ": " + value(e.getValue())));
      return parts.isEmpty() ? messages.get("conflict.empty") : String.join(", ", parts);
    }
    if (value != null && value.isArray()) {
      List<String> parts = new ArrayList<>();
      value.forEach(v -> parts.add(value(v)));
      return parts.isEmpty() ? messages.get("conflict.empty") : String.join(", ", parts);
    }
    return value(value);
  }

  /** Colleagues on a file by name, as the device's list of colleagues knows them. */
  private String people(JsonNode ids) {
    Colleagues colleagues = new Colleagues(store.colleagues(), store.session()
        .map(u -> new Colleague(u.userId(), u.displayName(), u.role())).orElse(new Colleague(null, "", null)),
        messages);
    List<String> names = new ArrayList<>();
    (ids.isArray() ? ids : Json.MAPPER.createArrayNode().add(ids)).forEach(id -> names.add(
        colleagues.name(UUID.fromString(id.asText()))));
    return names.isEmpty() ? messages.get("conflict.empty") : String.join(", ", names);
  }

  /** A stored value as a person reads it. */
  public String value(JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return messages.get("conflict.empty");
    }
    if (value.isBoolean()) {
      return messages.get(value.asBoolean() ? "common.yes" : "common.no");
    }
    if (value.isTextual()) {
      return value.asText().isBlank() ? messages.get("conflict.empty") : value.asText();
    }
    if (value.isNumber()) {
      return messages.decimal(value.decimalValue());
    }
    return value.toString();
  }
}
