package nl.trede.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import nl.trede.domain.Role;
import nl.trede.domain.Violation;

/**
 * What a role may do to a record it can reach: the role column of the role table in
 * docs/architecture.md ("Roles"). Which records a user reaches at all (their caseload, their
 * municipality) is the server's scope; this is what a role may do within it. One place, so the
 * server's refusals and the table cannot drift apart.
 *
 * <p>Within their caseload every caseload role records and edits; only a role that
 * {@linkplain Role#ownsFiles owns files} registers, deletes, closes or reassigns a candidate file.
 */
public final class RoleRules {
  /**
   * The candidate's fields that decide who carries the file and whether it is open: its case
   * manager, its coaches (the caseloads that hold it) and its exit (uitstroom).
   */
  public static final List<String> FILE_OWNER_FIELDS = List.of("caseManagerId", "coachIds", "exit");

  private RoleRules() {}

  /**
   * Every rule of the table this mutation breaks for this role; empty when the role may do it.
   *
   * @param current the record as stored; null when there is none
   */
  public static List<Violation> check(Role role, Mutation m, StoredState current) {
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
}
