package nl.trede.server.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import nl.trede.domain.Ids;
import nl.trede.domain.Json;
import nl.trede.domain.broadintake.BroadIntake;
import nl.trede.server.support.ApiClient;
import nl.trede.server.sync.HostileInputContract.Row;
import nl.trede.server.sync.HostileWorld.Actor;
import nl.trede.sync.Mutation;
import nl.trede.sync.MutationKind;
import nl.trede.sync.RecordType;

/**
 * The hostile-input contract for the brede uitvraag ({@code broad-intake}, decision 0065) in the
 * hostile world's municipalities, neither of which holds one: only the file's case manager and
 * coaches record one (the role table), reach is judged before the
 * configuration (another caseload or municipality reads as a file that does not exist, not as "not
 * offered"), then the record's own rules, its author, its correction, strict JSON in its nested texts,
 * and last that Overbetuwe offers no brede uitvraag. What Lansingerland's configuration refuses is in
 * {@code BroadIntakesContract}. Each row names the precise refusal.
 */
final class HostileBroadIntakeCases {
  private final HostileWorld w;
  private final ApiClient api;
  private final List<Row> rows = new ArrayList<>();

  HostileBroadIntakeCases(HostileWorld world) {
    this.w = world;
    this.api = world.api;
  }

  List<Row> rows() {
    reach();
    ownRules();
    strictJson();
    Actor anna = w.anna;
    push("broad-intake: in Overbetuwe, whose configuration names no life domains", anna,
        create(anna, w.annasCandidate, null), "type", "not-offered");
    return rows;
  }

  /** Only a file the caller holds; anything else is answered as a file that does not exist. */
  private void reach() {
    Map<String, UUID> files = new LinkedHashMap<>();
    files.put("in a file of another caseload", w.stray.get(RecordType.CANDIDATE));
    files.put("in a file of another municipality", w.dalfsen.get(RecordType.CANDIDATE));
    files.put("in a file that does not exist", Ids.newId());
    files.put("whose candidate is an employer", w.employer);
    files.forEach((what, id) -> push("broad-intake: " + what, w.anna, create(w.anna, id, null), "candidateId",
        "unknown-reference"));
    push("broad-intake: by the jobhunter, who holds no file", w.eva, create(w.eva, w.annasCandidate, null),
        "recordId", "role");
    push("broad-intake: by the office, who reads it but holds no conversation", w.office, create(w.office,
        w.annasCandidate, null), "recordId", "role");
    push("broad-intake: by the admin", w.admin, create(w.admin, w.annasCandidate, null), "recordId", "role");
    push("broad-intake: by a coach of Dalfsen in an Overbetuwe file", new Actor("coach of Dalfsen", w.ilse,
        nl.trede.domain.Role.PARTICIPATION_COACH, null), create(w.anna, w.annasCandidate,
        b -> b.put("authorId", w.ilse.userId())), "candidateId", "unknown-reference");
    push("broad-intake: correcting a contact of the same file", w.anna, create(w.anna, w.annasCandidate,
        b -> b.put("correctsId", w.annas.get(RecordType.CONTACT).toString())), "correctsId", "unknown-reference");
    push("broad-intake: recorded in the name of a colleague", w.anna, create(w.anna, w.annasCandidate,
        b -> b.put("authorId", w.fatima.session().userId())), "authorId", "not-caller");
  }

  /** The record's own rules come before the configuration, named by their nested field. */
  private void ownRules() {
    Actor anna = w.anna;
    push("broad-intake: a score of 9", anna, create(anna, w.annasCandidate,
        b -> ((ObjectNode) b.withArray("domains").get(0)).put("score", 9)), "domains[0].score", "range");
    push("broad-intake: a domain without a score", anna, create(anna, w.annasCandidate,
        b -> ((ObjectNode) b.withArray("domains").get(1)).putNull("score")), "domains[1].score", "required");
    push("broad-intake: no domain at all", anna, create(anna, w.annasCandidate, b -> b.putArray("domains")),
        "domains", "required");
    push("broad-intake: held next month", anna, create(anna, w.annasCandidate,
        b -> b.put("date", LocalDate.now().plusMonths(1).toString())), "date", "not-in-future");
    push("broad-intake: neither yes nor no on signs of a work limitation", anna, create(anna, w.annasCandidate,
        b -> b.putNull("workLimitationSigns")), "workLimitationSigns", "required");
    push("broad-intake: eleven talents", anna, create(anna, w.annasCandidate, b -> {
      var talents = b.putArray("talents");
      for (int i = 0; i < 11; i++) {
        talents.add("talent" + i);
      }
    }), "talents", "max-items");
    push("broad-intake: a domain note of ten thousand characters", anna, create(anna, w.annasCandidate,
        b -> ((ObjectNode) b.withArray("domains").get(0)).put("note", "x".repeat(10_000))), "domains[0].note",
        "max-length");
    push("broad-intake: work experience without a role", anna, create(anna, w.annasCandidate,
        b -> ((ObjectNode) b.withArray("experience").get(0)).putNull("role")), "experience[0].role", "required");
  }

  private void strictJson() {
    Actor anna = w.anna;
    push("broad-intake: a domain note holding a right-to-left override", anna, create(anna, w.annasCandidate,
        b -> ((ObjectNode) b.withArray("domains").get(0)).put("note", "Geen\u202Eschulden")), "domains[0].note",
        "forbidden-character");
    push("broad-intake: a talent holding NUL", anna, create(anna, w.annasCandidate,
        b -> b.putArray("talents").add("handig\u0000")), "talents[0]", "forbidden-character");
    push("broad-intake: a score as a word", anna, create(anna, w.annasCandidate,
        b -> ((ObjectNode) b.withArray("domains").get(0)).put("score", "twee")), "fields.domains[0].score", "type");
    push("broad-intake: signs of a work limitation as 'misschien'", anna, create(anna, w.annasCandidate,
        b -> b.put("workLimitationSigns", "misschien")), "fields.workLimitationSigns", "type");
  }

  // ---------------------------------------------------------------- building mutations

  private void push(String name, Actor by, Mutation m, String field, String rule) {
    rows.add(new Row(name, () -> api.push(by.session(), m).get(0), field, rule));
  }

  /** A brede uitvraag by this actor, whole by its own rules, then broken. */
  private static Mutation create(Actor by, UUID candidate, Consumer<ObjectNode> breakIt) {
    BroadIntake intake = HostileWorld.broadIntake(candidate, by.session().user());
    ObjectNode fields = Json.MAPPER.valueToTree(intake);
    if (breakIt != null) {
      breakIt.accept(fields);
    }
    return new Mutation(Ids.newId(), RecordType.BROAD_INTAKE, intake.id(), MutationKind.CREATE, 0, fields, List.of(),
        Instant.now());
  }
}
