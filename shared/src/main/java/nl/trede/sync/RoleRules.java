package nl.trede.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import nl.trede.domain.Role;
import nl.trede.domain.Violation;

/**
 * What a role may do to a record it can reach: the role column of the role table in
 * docs/architecture.md ("Roles"). Which records a user reaches at all (their caseload, their
 * municipality) is the server's scope; this is what a role may do within it. One place, so the
 * server's refusals and the table cannot drift apart.
 *
 * <p>Within their caseload every caseload role records and edits; only a role that
 * {@linkplain Role#ownsFiles owns files} registers, deletes, closes or reassigns a candidate file,
 * refers a candidate to another team or provider, and decides a maatregel or tegenprestatie. The receiving team answers a referral (takes
 * it on or declines it, and signs it off) and changes nothing else of it. Contacts with employers
 * are recorded by every role that {@linkplain Role#recordsEmployerContacts works with employers}. A
 * brede uitvraag is held by those who carry the file: its case manager and coaches.
 */
public final class RoleRules {
  /**
   * The candidate's fields that decide who carries the file and whether it is open: its case
   * manager, its coaches (the caseloads that hold it) and its exit (uitstroom).
   */
  public static final List<String> FILE_OWNER_FIELDS = List.of("caseManagerId", "coachIds", "exit");

  /**
   * The fields of a referral its receiving side fills in: the answer (accepted or declined, by
   * whom, when, what it said) and the sign-off with its reason ("met welke reden", 004 §2.2).
   */
  public static final List<String> REFERRAL_ANSWER_FIELDS = List.of("status", "receiverId", "answeredOn", "answer",
      "signedOffOn", "signOffReason");

  /** How a user reaches a referral: through the candidate's file, or only as one of its receiving team. */
  public enum ReferralReach { FILE, ADDRESSED }

  private RoleRules() {}

  /**
   * Every rule of the table this mutation breaks for this role; empty when the role may do it.
   *
   * @param current the record as stored; null when there is none
   */
  public static List<Violation> check(Role role, Mutation m, StoredState current) {
    if (m.type() == RecordType.REFERRAL) {
      return checkReferral(role, ReferralReach.FILE, m, current, null);
    }
    if (m.type() == RecordType.OBLIGATION_MEASURE && !role.ownsFiles() && m.kind() != null) {
      // 002 §4.5: "dan kunnen onze uitvoeringsprofessionals de uitkering ... tijdelijk verlagen"; the
      // decision about the benefit is the klantmanager's, who justifies it (001 §2.1.3). Coaches read it.
      return List.of(new Violation("recordId", "role",
          "only a case manager or the office decides a maatregel or tegenprestatie"));
    }
    if (m.type() == RecordType.BROAD_INTAKE && !role.hasCaseload() && m.kind() != null) {
      // 002 §3.3.1, §3.1.7: the uitvoeringsprofessional who works the file holds the conversation; the
      // office reads the uitvraag, and a jobhunter holds no file (decision 0065).
      return List.of(new Violation("recordId", "role",
          "a brede uitvraag is held and recorded by the file's case manager or coaches"));
    }
    if (m.type() == RecordType.EMPLOYER_CONTACT && !role.recordsEmployerContacts() && m.kind() != null) {
      return List.of(new Violation("recordId", "role",
          "contacts with employers are recorded by jobhunters, coaches, jobcoaches and the office"));
    }
    if (role.ownsFiles() || m.type() != RecordType.CANDIDATE || m.kind() == null) {
      return List.of();
    }
    List<Violation> v = new ArrayList<>();
    switch (m.kind()) {
      case CREATE -> v.add(new Violation("recordId", "role", "only a case manager or the office registers a candidate"));
      case DELETE -> v.add(new Violation("recordId", "role", "only a case manager or the office deletes a candidate file"));
      case UPDATE -> {
        if (m.fields() == null || current == null || current.type() != m.type()) {
          return v; // the mutation rules refuse such a mutation, naming its shape
        }
        for (String field : FILE_OWNER_FIELDS) {
          JsonNode wanted = m.fields().get(field);
          if (wanted != null && !wanted.equals(current.data().get(field))) {
            v.add(new Violation(field, "role",
                "only a case manager or the office closes, reassigns or hands over a candidate file"));
          }
        }
      }
    }
    return v;
  }

  /**
   * What a user may do to a referral: a file owner who reaches the file makes, changes and deletes
   * it; anyone of the receiving team (reach {@code ADDRESSED}) only answers it, and a field worker
   * of the team takes it on only for themselves.
   *
   * @param caller the user pushing; needed only for {@code ADDRESSED}
   */
  public static List<Violation> checkReferral(Role role, ReferralReach reach, Mutation m, StoredState current,
      UUID caller) {
    if (m.kind() == null || reach == ReferralReach.FILE && role.ownsFiles()) {
      return List.of();
    }
    List<Violation> v = new ArrayList<>();
    if (m.kind() != MutationKind.UPDATE || reach == ReferralReach.FILE) {
      v.add(new Violation("recordId", "role", "only a case manager or the office refers a candidate; the receiving"
          + " team answers the referral"));
      return v;
    }
    if (m.fields() == null || current == null || current.type() != m.type()) {
      return v;
    }
    Iterator<String> names = m.fields().fieldNames();
    while (names.hasNext()) {
      String field = names.next();
      JsonNode wanted = m.fields().get(field);
      if (wanted.equals(current.data().get(field))) {
        continue;
      }
      if (!REFERRAL_ANSWER_FIELDS.contains(field)) {
        v.add(new Violation(field, "role", "the receiving team answers a referral and signs it off; what it asks"
            + " is the referrer's"));
      } else if (field.equals("receiverId") && !role.ownsFiles() && (!wanted.asText().equals(String.valueOf(caller))
          || current.data().hasNonNull(field))) {
        v.add(new Violation(field, "role", "a coach takes a referral on for themselves, once; a case manager or the"
            + " office hands it to a colleague"));
      }
    }
    return v;
  }
}
