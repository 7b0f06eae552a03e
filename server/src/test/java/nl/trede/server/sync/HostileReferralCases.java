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
import nl.trede.server.accounts.Caller;
import nl.trede.server.support.ApiClient;
import nl.trede.server.sync.HostileInputContract.Row;
import nl.trede.server.sync.HostileWorld.Actor;
import nl.trede.sync.Mutation;
import nl.trede.sync.MutationKind;
import nl.trede.sync.RecordType;

/**
 * The hostile-input contract for the referral record (004 §2.2, §4.1; sync-protocol.md,
 * "Referrals"): its author field, its references (the file, the one who takes it on, the target),
 * the role table's referral rows (who sends, who answers, what the receiving team may not touch),
 * reach (another caseload, another municipality, a team it was not sent to), its forward-only
 * status, and strict JSON on its texts. Each row names the precise refusal.
 */
final class HostileReferralCases {
  private static final String NIL = "00000000-0000-0000-0000-000000000000";

  private final HostileWorld w;
  private final ApiClient api;
  private final List<Row> rows = new ArrayList<>();

  HostileReferralCases(HostileWorld world) {
    this.w = world;
    this.api = world.api;
  }

  List<Row> rows() {
    authors();
    references();
    roles();
    reach();
    status();
    strictJson();
    return rows;
  }

  /** Who refers is the pusher on create, and never changes. */
  private void authors() {
    Actor fatima = w.fatima;
    Map<String, String> others = new LinkedHashMap<>();
    others.put("a colleague", w.anna.session().userId());
    others.put("a user of another municipality", w.ilse.userId());
    others.put("a user that does not exist", Ids.newId().toString());
    others.put("the server itself", Caller.SYSTEM_USER);
    others.forEach((who, id) -> push("referral: sent in the name of " + who, fatima,
        create(fatima, w.annasCandidate, r -> r.put("referredBy", id)), "referredBy", "not-caller"));
    push("referral: sent in the name of the nil UUID", fatima, create(fatima, w.annasCandidate,
        r -> r.put("referredBy", NIL)), "referredBy", "nil-id");
    push("referral: an update making the editor the one who referred", w.office, update(w.teamReferral,
        fields().put("referredBy", w.office.session().userId())), "referredBy", "immutable");
    push("referral: an update taking away who referred", fatima, update(w.teamReferral,
        fields().putNull("referredBy")), "referredBy", "immutable");
  }

  /** The file, the receiver and the target must be real, reachable and of the referral's kind. */
  private void references() {
    Actor fatima = w.fatima;
    Map<String, UUID> files = new LinkedHashMap<>();
    files.put("that does not exist", Ids.newId());
    files.put("that is an employer", w.employer);
    files.put("in another caseload", w.stray.get(RecordType.CANDIDATE));
    files.put("of another municipality", w.dalfsen.get(RecordType.CANDIDATE));
    files.forEach((what, id) -> push("referral: in the file of a candidate " + what, fatima, create(fatima, id, null),
        "candidateId", "unknown-reference"));
    push("referral: for a candidate id that is the nil UUID", fatima, create(fatima, w.annasCandidate,
        r -> r.put("candidateId", NIL)), "candidateId", "nil-id");
    push("referral: moved to another file of the same case manager", fatima, update(w.teamReferral,
        fields().put("candidateId", w.annasOtherCandidate.toString())), "candidateId", "immutable");
    push("referral: to a team or provider the municipality does not name", fatima, create(fatima, w.annasCandidate,
        r -> r.put("target", "werkbedrijf")), "target", "unknown-target");
    push("referral: to another municipality's provider", fatima, create(fatima, w.annasCandidate,
        r -> r.put("target", "wmo")), "target", "unknown-target");
    push("referral: sent elsewhere afterwards", fatima, update(w.teamReferral, fields().put("target", "forte-welzijn")),
        "target", "immutable");
    Map<String, UUID> receivers = new LinkedHashMap<>();
    receivers.put("a coach of another municipality", w.ilse.user());
    receivers.put("a user that does not exist", Ids.newId());
    receivers.put("a jobcoach, not of the team", w.dirk.session().user());
    receivers.put("the jobhunter", w.eva.session().user());
    receivers.put("a candidate's id", w.annasCandidate);
    receivers.forEach((what, id) -> push("referral: taken on by " + what, fatima, update(w.teamReferral,
        accepted().put("receiverId", id.toString())), "receiverId", "unknown-reference"));
    push("referral: taken on by the nil UUID", fatima, update(w.teamReferral, accepted().put("receiverId", NIL)),
        "receiverId", "nil-id");
  }

  /** The role table's referral rows: only a file owner sends; the team only answers. */
  private void roles() {
    Actor anna = w.anna;
    push("referral: a participation coach sends one from a file she holds", anna, create(anna, w.annasCandidate, null),
        "recordId", "role");
    push("referral: a jobcoach sends one from a file he holds", w.dirk, create(w.dirk, w.dirksCandidate, null),
        "recordId", "role");
    push("referral: the receiving team changes what it asks", anna, update(w.teamReferral,
        fields().put("goal", "Iets anders")), "goal", "role");
    push("referral: the receiving team changes the day it was sent", anna, update(w.teamReferral,
        fields().put("sentOn", LocalDate.now().minusDays(3).toString())), "sentOn", "role");
    push("referral: the receiving team deletes it", anna, delete(w.teamReferral), "recordId", "role");
    push("referral: a coach of the team takes it on for a colleague", anna, update(w.teamReferral,
        accepted().put("receiverId", w.carla.userId())), "receiverId", "role");
    push("referral: a coach of the file, not of the team it went to, answers a provider's", anna,
        update(w.providerReferral, accepted()), "recordId", "role");
  }

  /** Whoever is neither of the file's owners nor of the team is answered as if it did not exist. */
  private void reach() {
    push("referral: a jobcoach answers a referral to the participatiecoaches", w.dirk, update(w.teamReferral,
        accepted().put("receiverId", w.dirk.session().userId())), "recordId", "not-found");
    push("referral: the jobhunter answers one", w.eva, update(w.teamReferral, declined()), "recordId", "not-found");
    push("referral: a case manager changes one outside her caseload", w.fatima, update(w.strayReferral,
        fields().put("goal", "x")), "recordId", "not-found");
    push("referral: a coach of another municipality answers one", anna(w.ilse), update(w.teamReferral, declined()),
        "recordId", "not-found");
    push("referral: the office answers one of another municipality", w.office, update(w.dalfsenReferral, declined()),
        "recordId", "not-found");
    push("referral: the office deletes one of another municipality", w.office, delete(w.dalfsenReferral), "recordId",
        "not-found");
    push("referral: sent under the id of one of another municipality", w.fatima, withId(create(w.fatima,
        w.annasCandidate, null), w.dalfsenReferral), "recordId", "duplicate-id");
  }

  /** Sent, then accepted or declined, then signed off; a provider's taken on by nobody in Trede. */
  private void status() {
    Actor fatima = w.fatima;
    push("referral: sent as already accepted", fatima, create(fatima, w.annasCandidate, r -> r.put("status", "ACCEPTED")
        .put("answeredOn", LocalDate.now().toString())), "status", "status-transition");
    push("referral: a provider's taken on by someone in Trede", fatima, update(w.providerReferral,
        accepted().put("receiverId", w.anna.session().userId())), "receiverId", "not-a-team");
    push("referral: a team's accepted by nobody", fatima, update(w.teamReferral, accepted()), "receiverId", "required");
    push("referral: signed off without a reason", fatima, update(w.teamReferral, fields().put("status", "SIGNED_OFF")
        .put("signedOffOn", LocalDate.now().toString())), "signOffReason", "required");
  }

  private void strictJson() {
    Actor fatima = w.fatima;
    for (String field : List.of("goal", "target")) {
      push("referral: " + field + " holding a right-to-left override", fatima, create(fatima, w.annasCandidate,
          r -> r.put(field, "Werk\u202Egpj.exe")), field, "forbidden-character");
    }
    push("referral: an answer holding NUL", fatima, update(w.providerReferral, declined().put("answer", "Nee\u0000")),
        "answer", "forbidden-character");
    push("referral: a sign-off reason holding a right-to-left mark", fatima, update(w.providerReferral,
        fields().put("status", "SIGNED_OFF").put("signedOffOn", LocalDate.now().toString())
            .put("signOffReason", "Klaar\u200F")), "signOffReason", "forbidden-character");
    push("referral: a status as its number", fatima, create(fatima, w.annasCandidate, r -> r.put("status", 0)),
        "fields.status", "type");
    push("referral: a sent date as a day number", fatima, create(fatima, w.annasCandidate, r -> r.put("sentOn", 20000)),
        "fields.sentOn", "type");
  }

  // ---------------------------------------------------------------- building mutations

  private static Actor anna(ApiClient.Session session) {
    return new Actor("coach of Dalfsen", session, nl.trede.domain.Role.PARTICIPATION_COACH, null);
  }

  private void push(String name, Actor by, Mutation m, String field, String rule) {
    rows.add(new Row(name, () -> api.push(by.session(), m).get(0), field, rule));
  }

  /** A valid referral by this actor to Overbetuwe's Forte Welzijn, then broken. */
  private static Mutation create(Actor by, UUID candidate, Consumer<ObjectNode> breakIt) {
    ObjectNode fields = Json.MAPPER.valueToTree(HostileWorld.referral(candidate, by.session().user()));
    if (breakIt != null) {
      breakIt.accept(fields);
    }
    return new Mutation(Ids.newId(), RecordType.REFERRAL, UUID.fromString(fields.get("id").asText()),
        MutationKind.CREATE, 0, fields, List.of(), Instant.now());
  }

  private static Mutation withId(Mutation m, UUID id) {
    ObjectNode fields = m.fields().deepCopy().put("id", id.toString());
    return new Mutation(Ids.newId(), m.type(), id, MutationKind.CREATE, 0, fields, List.of(), Instant.now());
  }

  private Mutation update(UUID id, ObjectNode fields) {
    return ApiClient.update(RecordType.REFERRAL, id, w.version(id), fields);
  }

  private Mutation delete(UUID id) {
    return new Mutation(Ids.newId(), RecordType.REFERRAL, id, MutationKind.DELETE, w.version(id), null, List.of(),
        Instant.now());
  }

  private static ObjectNode accepted() {
    return fields().put("status", "ACCEPTED").put("answeredOn", LocalDate.now().toString());
  }

  private static ObjectNode declined() {
    return fields().put("status", "DECLINED").put("answeredOn", LocalDate.now().toString());
  }

  private static ObjectNode fields() {
    return Json.MAPPER.createObjectNode();
  }
}
