package nl.trede.server.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.Ids;
import nl.trede.domain.Json;
import nl.trede.domain.Role;
import nl.trede.server.accounts.ServerDevices;
import nl.trede.server.support.ApiClient;
import nl.trede.server.sync.HostileInputContract.Row;
import nl.trede.server.sync.HostileWorld.Actor;
import nl.trede.sync.Mutation;
import nl.trede.sync.MutationKind;
import nl.trede.sync.RecordType;

/**
 * The generated part of the hostile-input contract: every role × action cell of the role table
 * (docs/architecture.md) aimed at another caseload and another municipality, every reference and
 * author field, strict JSON on every text field, device identity at login, and matching. Each row
 * names the precise refusal; the contract checks it and that nothing was written.
 */
final class HostileCases {
  static final int CONSOLE_IDS = 6;
  private static final List<RecordType> IN_FILE = List.of(RecordType.CONTACT, RecordType.LADDER_STEP,
      RecordType.COACHING_HOURS, RecordType.PLACEMENT, RecordType.ASSESSMENT);
  private static final String NUL = "\u0000";
  private static final String RLO = "\u202E";

  private final HostileWorld w;
  private final ApiClient api;
  private final List<Row> rows = new ArrayList<>();

  HostileCases(HostileWorld world) {
    this.w = world;
    this.api = world.api;
  }

  List<Row> rows() {
    for (Actor actor : w.actors()) {
      roleTable(actor);
    }
    references();
    obligations();
    placementLimits();
    employerContacts();
    sessions();
    employerSide();
    authors();
    strictJson();
    devices();
    matching();
    return rows;
  }

  // ---------------------------------------------------------------- the role table

  /**
   * Every cell for one role: what the role may not do at all is refused naming the rule
   * {@code role} (or {@code append-only}, {@code configuration-read-only}); what it may do is
   * refused outside its reach, as if the record did not exist.
   */
  private void roleTable(Actor a) {
    List<Target> foreign = new ArrayList<>();
    if (!a.role().seesWholeMunicipality()) {
      foreign.add(new Target("another caseload", w.stray));
    }
    foreign.add(new Target("another municipality", w.dalfsen));
    String who = a.label() + ": ";
    for (RecordType type : IN_FILE) {
      String name = type.wireName();
      for (Target t : foreign) {
        UUID candidate = t.records().get(RecordType.CANDIDATE);
        push(who + "create a " + name + " in a file of " + t.where(), a, create(a, type, candidate, null),
            "candidateId", "unknown-reference");
        push(who + "update a " + name + " of " + t.where(), a, update(type, t.records().get(type),
            type == RecordType.PLACEMENT ? "role" : "summary", "x"), "recordId", "not-found");
        push(who + "delete a " + name + " of " + t.where(), a, delete(type, t.records().get(type)), "recordId",
            "not-found");
        push(who + "create a " + name + " under the id of one of " + t.where(), a,
            withId(create(a, type, a.ownCandidate() == null ? w.annasCandidate : a.ownCandidate(), null),
                t.records().get(type)), "recordId", "duplicate-id");
      }
      if (a.role() == Role.JOBHUNTER) {
        push(who + "create a " + name + " in a file (a jobhunter holds none)", a,
            create(a, type, w.annasCandidate, null), "candidateId", "unknown-reference");
      } else if (type.appendOnly()) {
        UUID own = a.role() == Role.JOBCOACH ? (type == RecordType.COACHING_HOURS ? w.hoursOfDirk : null)
            : w.annas.get(type);
        if (own != null) {
          push(who + "change a " + name + " in its own file", a, update(type, own, "reason", "x"), "kind",
              "append-only");
          push(who + "delete a " + name + " in its own file", a, delete(type, own), "kind", "append-only");
        }
      }
    }
    // Employer-only contacts, employers, vacancies: the whole municipality's, none of another.
    UUID dalfsenEmployer = w.dalfsen.get(RecordType.EMPLOYER);
    push(who + "record a contact at an employer of another municipality", a,
        createOf(RecordType.CONTACT, HostileWorld.contact(null, dalfsenEmployer, a.session().user())),
        "employerId", "unknown-reference");
    if (a.role().recordsEmployerContacts()) {
      push(who + "record an employer contact at an employer of another municipality", a,
          createOf(RecordType.EMPLOYER_CONTACT, HostileWorld.employerContact(dalfsenEmployer, a.session().user())),
          "employerId", "unknown-reference");
    } else {
      push(who + "record an employer contact (the case manager works the file)", a,
          create(a, RecordType.EMPLOYER_CONTACT, null, null), "recordId", "role");
    }
    push(who + "register a vacancy at an employer of another municipality", a,
        createOf(RecordType.VACANCY, HostileWorld.vacancy(dalfsenEmployer, a.session().user())),
        "employerId", "unknown-reference");
    for (RecordType type : List.of(RecordType.EMPLOYER, RecordType.VACANCY)) {
      UUID theirs = w.dalfsen.get(type);
      push(who + "update a " + type.wireName() + " of another municipality", a, update(type, theirs, "name", "X"),
          "recordId", "not-found");
      push(who + "delete a " + type.wireName() + " of another municipality", a, delete(type, theirs), "recordId",
          "not-found");
      DomainRecord fresh = type == RecordType.EMPLOYER ? HostileWorld.employer()
          : HostileWorld.vacancy(w.employer, a.session().user());
      push(who + "create a " + type.wireName() + " under the id of one of another municipality", a,
          withId(createOf(type, fresh), theirs), "recordId", "duplicate-id");
    }
    // The configuration is the server's.
    push(who + "change the municipality's configuration", a, update(RecordType.CONFIGURATION, w.configuration,
        "name", "Gemeente X"), "type", "configuration-read-only");
    push(who + "delete the municipality's configuration", a, delete(RecordType.CONFIGURATION, w.configuration),
        "type", "configuration-read-only");
    push(who + "create a configuration under the municipality's id", a, withId(update(RecordType.CONFIGURATION,
        w.configuration, "name", "Gemeente X"), w.configuration, MutationKind.CREATE), "type", "configuration-read-only");
    push(who + "change another municipality's configuration", a, update(RecordType.CONFIGURATION,
        w.dalfsen.get(RecordType.CONFIGURATION), "name", "Gemeente X"), "recordId", "not-found");
    candidateCells(a, who, foreign);
  }

  private void candidateCells(Actor a, String who, List<Target> foreign) {
    for (Target t : foreign) {
      UUID theirs = t.records().get(RecordType.CANDIDATE);
      push(who + "edit a file of " + t.where(), a, update(RecordType.CANDIDATE, theirs, "phone", "06-11111111"),
          "recordId", "not-found");
      push(who + "delete a file of " + t.where(), a, delete(RecordType.CANDIDATE, theirs), "recordId", "not-found");
      push(who + "close a file of " + t.where(), a, update(RecordType.CANDIDATE, theirs, exit()), "recordId",
          "not-found");
    }
    if (a.role() == Role.JOBHUNTER) {
      push(who + "edit a file (a jobhunter holds none)", a, update(RecordType.CANDIDATE, w.annasCandidate, "phone",
          "06-11111111"), "recordId", "not-found");
      push(who + "delete a file (a jobhunter holds none)", a, delete(RecordType.CANDIDATE, w.annasCandidate),
          "recordId", "not-found");
    }
    if (!a.role().ownsFiles()) {
      push(who + "register a candidate", a, createOf(RecordType.CANDIDATE, HostileWorld.candidate(Ids.newId(),
          w.fatima.session().user(), List.of(a.session().user()))), "recordId", "role");
    } else {
      push(who + "register a candidate with a case manager of another municipality", a, createOf(RecordType.CANDIDATE,
          HostileWorld.candidate(Ids.newId(), w.joost.user(), List.of())), "caseManagerId", "unknown-reference");
      push(who + "register a candidate with a coach of another municipality", a, createOf(RecordType.CANDIDATE,
          HostileWorld.candidate(Ids.newId(), a.session().user(), List.of(w.ilse.user()))), "coachIds[0]",
          "unknown-reference");
    }
    if (a.role().hasCaseload() && !a.role().ownsFiles()) {
      UUID own = a.ownCandidate() == null ? w.annasCandidate : a.ownCandidate();
      push(who + "delete a file it holds", a, delete(RecordType.CANDIDATE, own), "recordId", "role");
      push(who + "take the case manager off a file it holds", a, update(RecordType.CANDIDATE, own,
          fields().putNull("caseManagerId")), "caseManagerId", "role");
      push(who + "give a file it holds another case manager", a, update(RecordType.CANDIDATE, own,
          fields().put("caseManagerId", w.joost.userId())), "caseManagerId", "role");
      push(who + "make itself the case manager of a file it holds", a, update(RecordType.CANDIDATE, own,
          fields().put("caseManagerId", a.session().userId())), "caseManagerId", "role");
      ObjectNode noCoaches = fields();
      noCoaches.putArray("coachIds");
      push(who + "take every coach off a file it holds", a, update(RecordType.CANDIDATE, own, noCoaches), "coachIds",
          "role");
      ObjectNode withCarla = fields();
      withCarla.putArray("coachIds").add(a.session().userId()).add(w.carla.userId());
      push(who + "add a colleague to a file it holds", a, update(RecordType.CANDIDATE, own, withCarla), "coachIds",
          "role");
      push(who + "close a file it holds", a, update(RecordType.CANDIDATE, own, exit()), "exit", "role");
    }
  }

  private record Target(String where, Map<RecordType, UUID> records) {}

  // ---------------------------------------------------------------- maatregel and tegenprestatie

  /**
   * Only a file owner decides a maatregel or tegenprestatie (002 §4.5), in a file it reaches, for a
   * contact of that file, always with the justification (001 §2.1.3).
   */
  private void obligations() {
    RecordType type = RecordType.OBLIGATION_MEASURE;
    for (Actor a : List.of(w.anna, w.dirk)) {
      push(a.label() + ": decide a maatregel in its own file", a, create(a, type, a.ownCandidate(), null),
          "recordId", "role");
    }
    Actor fatima = w.fatima;
    push("case manager: a maatregel in a file of another municipality", fatima,
        create(fatima, type, w.dalfsen.get(RecordType.CANDIDATE), null), "candidateId", "unknown-reference");
    push("case manager: a maatregel in a file of another caseload", fatima,
        create(fatima, type, w.stray.get(RecordType.CANDIDATE), null), "candidateId", "unknown-reference");
    push("case manager: a maatregel following a contact of another file", fatima,
        create(fatima, type, fatima.ownCandidate(), m -> m.put("reasonContactId", w.contactInAnnasOtherFile.toString())),
        "reasonContactId", "unknown-reference");
    push("case manager: a maatregel without justification", fatima,
        create(fatima, type, fatima.ownCandidate(), m -> m.put("justification", " ")), "justification", "required");
  }

  /** Overbetuwe's limits on placements (overbetuwe.yml {@code placements}, decision 0061). */
  private void placementLimits() {
    Actor anna = w.anna;
    push("placement: volunteering above Overbetuwe's 16 hours a week (001 §2.1.3)", anna, create(anna,
        RecordType.PLACEMENT, w.annasCandidate, p -> p.put("hoursPerWeek", 17)), "hoursPerWeek", "max-hours-per-week");
    push("placement: volunteering without its hours a week", anna, create(anna, RecordType.PLACEMENT,
        w.annasCandidate, p -> p.putNull("hoursPerWeek")), "hoursPerWeek", "required");
    push("placement: internal jobcoaching paid without the coaching's regime (001 §3.3)", anna, create(anna,
        RecordType.PLACEMENT, w.annasCandidate, p -> p.putArray("instruments").addObject()
            .put("code", "interne-jobcoaching").put("amount", 500).put("grantedOn", LocalDate.now().toString())),
        "jobcoaching.regime", "requires-regime");
  }

  private void employerContacts() {
    RecordType type = RecordType.EMPLOYER_CONTACT;
    Actor eva = w.eva;
    push("jobhunter: an employer contact leading to a vacancy of another municipality", eva,
        create(eva, type, null, m -> m.put("vacancyId", w.dalfsen.get(RecordType.VACANCY).toString())),
        "vacancyId", "unknown-reference");
    push("jobhunter: an employer contact leading to a vacancy that was deleted", eva,
        create(eva, type, null, m -> m.put("vacancyId", w.deletedVacancy.toString())), "vacancyId", "unknown-reference");
    push("jobhunter: an employer contact without employer", eva, create(eva, type, null, m -> m.putNull("employerId")),
        "employerId", "required");
    push("jobhunter: an employer contact of more than 2000 characters", eva,
        create(eva, type, null, m -> m.put("summary", "x".repeat(2001))), "summary", "max-length");
    push("jobhunter: an employer contact following up before it took place", eva,
        create(eva, type, null, m -> m.put("followUpDate", LocalDate.now().minusDays(1).toString())),
        "followUpDate", "after-date");
  }

  /** Group sessions (issue 18): the configured kinds, the day, and invitations to a session and file one reaches. */
  private void sessions() {
    Actor anna = w.anna;
    UUID own = w.annasCandidate;
    push("coach: a session of a kind the municipality does not hold", anna, create(anna, RecordType.GROUP_SESSION,
        null, m -> m.put("kind", "vrijwilligersmarkt")), "kind", "unknown-session-kind");
    push("coach: a session whose visitors are counted a week before it", anna, create(anna, RecordType.GROUP_SESSION,
        null, m -> m.put("date", LocalDate.now().plusDays(7).toString()).put("visitors", 12)), "visitors",
        "not-yet-held");
    push("coach: a session planned in someone else's name", anna, create(anna, RecordType.GROUP_SESSION, null,
        m -> m.put("organisedBy", w.fatima.session().user().toString())), "organisedBy", "not-caller");
    push("coach: an invitation to a session of another municipality", anna, createOf(RecordType.SESSION_ATTENDANCE,
        HostileWorld.invitation(w.dalfsen.get(RecordType.GROUP_SESSION), own, anna.session().user())),
        "sessionId", "unknown-reference");
    push("coach: an invitation to a session that does not exist", anna, createOf(RecordType.SESSION_ATTENDANCE,
        HostileWorld.invitation(Ids.newId(), own, anna.session().user())), "sessionId", "unknown-reference");
    push("coach: an invitation under an id of its own making", anna, withId(create(anna, RecordType.SESSION_ATTENDANCE,
        own, null), Ids.newId()), "id", "attendance-id");
    push("coach: presence at a session of next week", anna, create(anna, RecordType.SESSION_ATTENDANCE, own,
        m -> m.put("presence", "ATTENDED")), "presence", "not-yet-held");
    // Decision 0064: a signature only where the kind has one signed (none of Overbetuwe's does).
    push("coach: a declaration signed at a training that has nothing signed", anna, create(anna,
        RecordType.SESSION_ATTENDANCE, own, m -> m.put("declarationSigned", true)), "declarationSigned",
        "no-declaration");
    push("coach: a declaration signed as \"ja\"", anna, create(anna, RecordType.SESSION_ATTENDANCE, own,
        m -> m.put("declarationSigned", "ja")), "fields.declarationSigned", "type");
    push("coach: an invitation in a file of another caseload", anna, create(anna, RecordType.SESSION_ATTENDANCE,
        w.stray.get(RecordType.CANDIDATE), null), "candidateId", "unknown-reference");
    push("coach: a loonwaarde measured at a placement of another file", anna, create(anna, RecordType.ASSESSMENT,
        own, m -> m.put("placementId", w.stray.get(RecordType.PLACEMENT).toString())), "placementId",
        "unknown-reference");
    push("coach: a taalmeter without its numeracy verdict", anna, create(anna, RecordType.ASSESSMENT, own,
        m -> m.put("kind", "TAALMETER").putNull("wageValuePercent").putNull("assessor").put("language", "SUFFICIENT")
            .put("digital", "INSUFFICIENT")), "numeracy", "required");
    push("jobhunter: an invitation (a jobhunter holds no file)", w.eva, create(w.eva, RecordType.SESSION_ATTENDANCE,
        own, null), "candidateId", "unknown-reference");
  }

  /**
   * Issue 18, the employer side: an employer's aanspreekpunt is a field colleague of this
   * municipality, and the vacancy a placement filled is a live one of the placement's own employer.
   */
  private void employerSide() {
    Actor eva = w.eva;
    Map<String, UUID> owners = new java.util.LinkedHashMap<>();
    owners.put("a coach of another municipality", w.ilse.user());
    owners.put("a user that does not exist", Ids.newId());
    owners.put("the office (not on the devices' list)", w.office.session().user());
    owners.put("a candidate's id", w.annasCandidate);
    owners.forEach((what, id) -> {
      push("jobhunter: an employer whose aanspreekpunt is " + what, eva, create(eva, RecordType.EMPLOYER, null,
          m -> m.put("accountOwnerId", id.toString())), "accountOwnerId", "unknown-reference");
      push("jobhunter: making " + what + " an employer's aanspreekpunt", eva, update(RecordType.EMPLOYER, w.employer,
          "accountOwnerId", id.toString()), "accountOwnerId", "unknown-reference");
    });
    push("jobhunter: an SROI contract value without an SROI obligation", eva, create(eva, RecordType.EMPLOYER, null,
        m -> m.put("sroiContractValue", 250000)), "sroiContractValue", "requires-sroi-obligation");
    push("jobhunter: a negative SROI contract value", eva, create(eva, RecordType.EMPLOYER, null,
        m -> m.put("sroiObligation", true).put("sroiContractValue", -1)), "sroiContractValue", "range");
    Actor fatima = w.fatima;
    Map<String, UUID> vacancies = new java.util.LinkedHashMap<>();
    vacancies.put("of another municipality", w.dalfsen.get(RecordType.VACANCY));
    vacancies.put("that was deleted", w.deletedVacancy);
    vacancies.put("that does not exist", Ids.newId());
    vacancies.put("that is the employer itself", w.employer);
    vacancies.forEach((what, id) -> push("case manager: a placement filling a vacancy " + what, fatima,
        atTheEmployer(fatima, id), "vacancyId", "unknown-reference"));
    push("case manager: a placement filling another employer's vacancy", fatima,
        atTheEmployer(fatima, w.otherEmployersVacancy), "vacancyId", "vacancy-of-another-employer");
    push("case manager: a placement filling a vacancy without an employer", fatima, create(fatima,
        RecordType.PLACEMENT, fatima.ownCandidate(), m -> m.put("vacancyId", w.vacancyOfEva.toString())),
        "vacancyId", "requires-employer");
  }

  private Mutation atTheEmployer(Actor by, UUID vacancy) {
    return create(by, RecordType.PLACEMENT, by.ownCandidate(), m -> m.put("kind", "REGULAR_JOB")
        .put("employerId", w.employer.toString()).put("vacancyId", vacancy.toString()));
  }

  // ---------------------------------------------------------------- reference fields

  private void references() {
    Actor anna = w.anna;
    Actor dirk = w.dirk;
    Actor fatima = w.fatima;
    UUID nobody = Ids.newId();
    // candidateId of every kind in a file: no such file, a deleted one, an employer's id.
    for (RecordType type : IN_FILE) {
      String name = type.wireName();
      push("a " + name + " in the file of a candidate that does not exist", anna, create(anna, type, nobody, null),
          "candidateId", "unknown-reference");
      push("a " + name + " whose candidate is an employer", anna, create(anna, type, w.employer, null),
          "candidateId", "unknown-reference");
      push("a " + name + " for a candidate id that is the nil UUID", anna, create(anna, type, new UUID(0, 0), null),
          "candidateId", "nil-id");
    }
    // employerId of every kind that names one.
    for (RecordType type : List.of(RecordType.CONTACT, RecordType.COACHING_HOURS, RecordType.VACANCY)) {
      for (Map.Entry<String, UUID> target : Map.of("of another municipality", w.dalfsen.get(RecordType.EMPLOYER),
          "that does not exist", nobody, "that is a candidate", w.annasCandidate).entrySet()) {
        push("a " + type.wireName() + " by the jobcoach at an employer " + target.getKey(), dirk,
            create(dirk, type, dirk.ownCandidate(), c -> c.put("employerId", target.getValue().toString())),
            "employerId", "unknown-reference");
      }
    }
    // correctsId: only an entry of the same kind in the same file.
    Map<RecordType, UUID> otherOwnFile = Map.of(RecordType.CONTACT, w.contactInAnnasOtherFile,
        RecordType.COACHING_HOURS, w.hoursInDirksOtherFile);
    for (RecordType type : List.of(RecordType.CONTACT, RecordType.LADDER_STEP, RecordType.COACHING_HOURS)) {
      Actor by = type == RecordType.COACHING_HOURS ? dirk : anna;
      String name = type.wireName();
      Map<String, UUID> targets = new java.util.LinkedHashMap<>();
      targets.put("in another caseload", w.stray.get(type));
      targets.put("in another municipality", w.dalfsen.get(type));
      targets.put("that does not exist", nobody);
      targets.put("that is a record of another kind in the same file", type == RecordType.CONTACT
          ? w.annas.get(RecordType.LADDER_STEP) : type == RecordType.LADDER_STEP ? w.annas.get(RecordType.CONTACT)
          : w.annas.get(RecordType.PLACEMENT));
      targets.put("that is the candidate itself", by.ownCandidate() == null ? w.annasCandidate : by.ownCandidate());
      if (otherOwnFile.containsKey(type)) {
        targets.put("in another file of the same user", otherOwnFile.get(type));
      }
      targets.forEach((what, id) -> push("a " + name + " correcting one " + what, by,
          create(by, type, by.ownCandidate() == null ? w.annasCandidate : by.ownCandidate(),
              c -> c.put("correctsId", id.toString())), "correctsId", "unknown-reference"));
    }
    push("a ladder step correcting an id that is the nil UUID", anna, create(anna, RecordType.LADDER_STEP,
        w.annasCandidate, c -> c.put("correctsId", "00000000-0000-0000-0000-000000000000")), "correctsId", "nil-id");
    // placementId of coaching hours.
    Map<String, UUID> placements = Map.of("of another caseload", w.stray.get(RecordType.PLACEMENT),
        "of another municipality", w.dalfsen.get(RecordType.PLACEMENT), "that does not exist", nobody,
        "that is a contact", w.annas.get(RecordType.CONTACT), "of another of the user's candidates",
        w.annas.get(RecordType.PLACEMENT));
    placements.forEach((what, id) -> push("hours on a placement " + what, dirk, create(dirk,
        RecordType.COACHING_HOURS, dirk.ownCandidate(), c -> c.put("placementId", id.toString())), "placementId",
        "unknown-reference"));
    // Users: coachIds, caseManagerId, jobcoaching.jobcoachId.
    Map<String, UUID> users = new java.util.LinkedHashMap<>();
    users.put("a coach of another municipality", w.ilse.user());
    users.put("a case manager of another municipality", w.joost.user());
    users.put("a user that does not exist", nobody);
    users.put("the jobhunter", w.eva.session().user());
    users.put("the office", w.office.session().user());
    users.put("a candidate's id", w.annasCandidate);
    users.forEach((what, id) -> {
      push("registering a file coached by " + what, fatima, createOf(RecordType.CANDIDATE, HostileWorld.candidate(
          Ids.newId(), fatima.session().user(), List.of(id))), "coachIds[0]", "unknown-reference");
      ObjectNode coaches = fields();
      coaches.putArray("coachIds").add(id.toString());
      push("handing a file to " + what + " as coach", fatima, update(RecordType.CANDIDATE, w.annasCandidate, coaches),
          "coachIds[0]", "unknown-reference");
      push("handing a file to " + what + " as case manager", fatima, update(RecordType.CANDIDATE, w.annasCandidate,
          fields().put("caseManagerId", id.toString())), "caseManagerId", "unknown-reference");
      push("a placement jobcoached by " + what, dirk, createOf(RecordType.PLACEMENT, jobcoached(id)),
          "jobcoaching.jobcoachId", "unknown-reference");
    });
    push("a placement jobcoached by a participation coach", dirk, createOf(RecordType.PLACEMENT,
        jobcoached(w.anna.session().user())), "jobcoaching.jobcoachId", "unknown-reference");
  }

  private nl.trede.domain.placement.Placement jobcoached(UUID jobcoach) {
    LocalDate start = LocalDate.now().minusDays(7);
    return new nl.trede.domain.placement.Placement(Ids.newId(), w.dirksCandidate,
        nl.trede.domain.placement.PlacementKind.REGULAR_JOB, w.employer, null, null, "Orderpicker", null, null, start,
        start.plusMonths(12), null, null, java.math.BigDecimal.valueOf(32), 12, false, List.of(),
        new nl.trede.domain.placement.Jobcoaching(true, false, false, false, nl.trede.domain.coaching.CoachKind.MUNICIPAL,
            "Eigen netwerk niet toereikend", jobcoach, null, nl.trede.domain.placement.JobcoachRegime.MEDIUM,
            start.plusMonths(4), 60),
        w.dirk.session().user());
  }

  // ---------------------------------------------------------------- author fields

  private void authors() {
    Actor anna = w.anna;
    Map<String, String> others = new java.util.LinkedHashMap<>();
    others.put("a colleague", w.fatima.session().userId());
    others.put("a user of another municipality", w.ilse.userId());
    others.put("a user that does not exist", Ids.newId().toString());
    others.put("the server itself", nl.trede.server.accounts.Caller.SYSTEM_USER);
    for (RecordType type : List.of(RecordType.CONTACT, RecordType.LADDER_STEP, RecordType.COACHING_HOURS,
        RecordType.VACANCY, RecordType.PLACEMENT)) {
      String field = type.authorField();
      others.forEach((who, id) -> push("a " + type.wireName() + " made in the name of " + who, anna,
          create(anna, type, w.annasCandidate, c -> c.put(field, id)), field, "not-caller"));
      push("a " + type.wireName() + " made in the name of the nil UUID", anna, create(anna, type, w.annasCandidate,
          c -> c.put(field, "00000000-0000-0000-0000-000000000000")), field, "nil-id");
    }
    // Who made a vacancy or placement never changes, not even to the one who edits it.
    Map<RecordType, UUID> madeByOthers = Map.of(RecordType.VACANCY, w.vacancyOfEva, RecordType.PLACEMENT,
        w.annas.get(RecordType.PLACEMENT));
    madeByOthers.forEach((type, id) -> {
      String field = type.authorField();
      Map<String, String> to = Map.of("the editor", anna.session().userId(), "a user of another municipality",
          w.ilse.userId(), "nobody", "");
      to.forEach((who, value) -> push("an update making " + who + " the author of a " + type.wireName(), anna,
          update(type, id, value.isEmpty() ? fields().putNull(field) : fields().put(field, value)), field,
          "immutable"));
    });
  }

  // ---------------------------------------------------------------- strict JSON

  private void strictJson() {
    Actor anna = w.anna;
    Actor fatima = w.fatima;
    Map<RecordType, List<String>> texts = new java.util.LinkedHashMap<>();
    texts.put(RecordType.CONTACT, List.of("othersPresent", "summary", "agreements"));
    texts.put(RecordType.LADDER_STEP, List.of("reason"));
    texts.put(RecordType.COACHING_HOURS, List.of("note", "confirmedBy"));
    texts.put(RecordType.EMPLOYER, List.of("name", "address", "contactPerson"));
    texts.put(RecordType.VACANCY, List.of("title", "languageLevel"));
    texts.put(RecordType.PLACEMENT, List.of("organisation", "role", "goal", "supervision"));
    texts.put(RecordType.CANDIDATE, List.of("givenName", "familyName", "address", "languageLevel"));
    texts.forEach((type, fields) -> {
      Actor by = type == RecordType.CANDIDATE ? fatima : anna;
      for (String field : fields) {
        for (String hidden : List.of(NUL, RLO)) {
          push("a " + type.wireName() + "'s " + field + " holding " + (hidden.equals(NUL) ? "NUL" : "a right-to-left override"),
              by, create(by, type, w.annasCandidate, c -> c.put(field, "Tekst" + hidden + "gpj.exe")), field,
              "forbidden-character");
        }
      }
    });
    push("a vacancy task holding a left-to-right isolate", anna, create(anna, RecordType.VACANCY, null,
        c -> c.putArray("tasks").add("Dozen\u2066 vouwen")), "tasks[0]", "forbidden-character");
    push("a plan's goals holding a right-to-left mark", fatima, create(fatima, RecordType.CANDIDATE, null,
        c -> c.putObject("plan").put("goals", "Werk\u200F")), "plan.goals", "forbidden-character");
    push("a classification value holding an Arabic letter mark", fatima, update(RecordType.CANDIDATE,
        w.annasCandidate, fields().set("classification", fields().put("spoor", "groei\u061C"))), "classification.spoor",
        "forbidden-character");
    // Values in their own shape only.
    push("no-show as 1", anna, create(anna, RecordType.CONTACT, w.annasCandidate, c -> c.put("noShow", 1)),
        "fields.noShow", "type");
    push("aftercare as \"true\"", anna, create(anna, RecordType.CONTACT, w.annasCandidate,
        c -> c.put("aftercare", "true")), "fields.aftercare", "type");
    push("a contact time as milliseconds", anna, create(anna, RecordType.CONTACT, w.annasCandidate,
        c -> c.put("occurredAt", Instant.now().toEpochMilli())), "fields.occurredAt", "type");
    push("a place as its number", anna, create(anna, RecordType.CONTACT, w.annasCandidate, c -> c.put("location", 0)),
        "fields.location", "type");
    push("a workplace signal as its number", anna, create(anna, RecordType.CONTACT, w.annasCandidate,
        c -> c.putArray("signals").add(0)), "fields.signals[0]", "type");
    push("a workplace signal the domain does not know", anna, create(anna, RecordType.CONTACT, w.annasCandidate,
        c -> c.putArray("signals").add("FIRED")), "fields.signals[0]", "type");
    push("workplace signals as one text, not a list", anna, create(anna, RecordType.CONTACT, w.annasCandidate,
        c -> c.put("signals", "THREATENED_JOB_LOSS")), "fields.signals", "type");
    push("minutes as text", anna, create(anna, RecordType.CONTACT, w.annasCandidate,
        c -> c.put("durationMinutes", "45")), "fields.durationMinutes", "type");
    push("a step's date as a day number", anna, create(anna, RecordType.LADDER_STEP, w.annasCandidate,
        c -> c.put("date", 20000)), "fields.date", "type");
    push("a vacancy status as its number", anna, create(anna, RecordType.VACANCY, null, c -> c.put("status", 0)),
        "fields.status", "type");
    push("a vacancy's target-group register as 1", anna, create(anna, RecordType.VACANCY, null,
        c -> c.put("suitsTargetGroupRegister", 1)), "fields.suitsTargetGroupRegister", "type");
    push("a candidate flag as its number", fatima, create(fatima, RecordType.CANDIDATE, null,
        c -> c.putArray("flags").add(0)), "fields.flags[0]", "type");
    push("a confirmation time as seconds", w.dirk, create(w.dirk, RecordType.COACHING_HOURS, w.dirksCandidate,
        c -> c.put("confirmedAt", 1764000000).put("confirmedBy", "Marco")), "fields.confirmedAt", "type");
    String good = "{\"mutations\": []}";
    for (String tail : List.of("}}}", "} ", " {}", " []", "x", " null", ",{}")) {
      rows.add(new Row("a push with '" + tail.strip() + "' after the JSON", () -> api.raw(json("/api/sync/push",
          good + tail), anna.session(), true), "body", "malformed-json"));
    }
    String login = "{\"username\": \"coach1\", \"password\": \"trede-demo\", \"deviceId\": \"" + Ids.newId() + "\"}";
    for (String tail : List.of("}}}", " {}", "]")) {
      rows.add(new Row("a login with '" + tail.strip() + "' after the JSON", () -> api.raw(json("/api/auth/login",
          login + tail), null, false), "body", "malformed-json"));
    }
    String mutation = "{\"id\": \"%s\", \"type\": %s, \"recordId\": \"%s\", \"kind\": %s, \"baseVersion\": 1,"
        + " \"madeAt\": %s, \"resolves\": [%s]}";
    String id = "\"" + Ids.newId() + "\"";
    String nil = "00000000-0000-0000-0000-000000000000";
    pushBody("a record type as its number", String.format(mutation, Ids.newId(), "1", Ids.newId(), "\"DELETE\"",
        "null", ""), "mutations[0].type", "type");
    pushBody("a kind as its number", String.format(mutation, Ids.newId(), "\"employer\"", Ids.newId(), "2", "null", ""),
        "mutations[0].kind", "type");
    pushBody("madeAt as milliseconds", String.format(mutation, Ids.newId(), "\"employer\"", Ids.newId(), "\"DELETE\"",
        "1764000000000", ""), "mutations[0].madeAt", "type");
    pushBody("a nil mutation id", String.format(mutation, nil, "\"employer\"", Ids.newId(), "\"DELETE\"", "null", ""),
        "mutations[0].id", "nil-id");
    pushBody("a nil record id", String.format(mutation, Ids.newId(), "\"employer\"", nil, "\"DELETE\"", "null", ""),
        "mutations[0].recordId", "nil-id");
    pushBody("a nil conflict id to resolve", String.format(mutation, Ids.newId(), "\"employer\"", Ids.newId(),
        "\"UPDATE\"", "null", "\"" + nil + "\""), "mutations[0].resolves[0]", "nil-id");
    pushBody("a base version as text", String.format(mutation, Ids.newId(), "\"employer\"", Ids.newId(), "\"DELETE\"",
        "null", "").replace("\"baseVersion\": 1", "\"baseVersion\": \"1\""), "mutations[0].baseVersion", "type");
    // The epoch a push names (decision 0047) is read by the same strict rules as every id.
    rows.add(new Row("a push naming a nil epoch", () -> api.raw(json("/api/sync/push",
        "{\"mutations\": [], \"epoch\": \"" + nil + "\"}"), w.anna.session(), true), "epoch", "nil-id"));
    rows.add(new Row("a push naming its epoch as a number", () -> api.raw(json("/api/sync/push",
        "{\"mutations\": [], \"epoch\": 7}"), w.anna.session(), true), "epoch", "type"));
    rows.add(new Row("a login whose username holds NUL", () -> api.raw(json("/api/auth/login",
        "{\"username\": \"coach1\\u0000\", \"password\": \"trede-demo\", \"deviceId\": " + id + "}"), null, false),
        "username", "forbidden-character"));
    rows.add(new Row("a login whose device name holds a right-to-left override", () -> api.raw(json("/api/auth/login",
        "{\"username\": \"coach1\", \"password\": \"trede-demo\", \"deviceId\": " + id
            + ", \"deviceName\": \"Pixel\\u202E\"}"), null, false), "deviceName", "forbidden-character"));
  }

  private void pushBody(String name, String mutation, String field, String rule) {
    rows.add(new Row(name, () -> api.raw(json("/api/sync/push", "{\"mutations\": [" + mutation + "]}"),
        w.anna.session(), true), field, rule));
  }

  // ---------------------------------------------------------------- device identity

  private void devices() {
    Map<String, UUID> taken = new java.util.LinkedHashMap<>();
    taken.put("the office console's device id", ServerDevices.CONSOLE);
    taken.put("the office user's own console device id", ServerDevices.console(w.office.session().userId()));
    taken.put("the console device id of a case manager who never used the console",
        ServerDevices.console(w.joost.userId()));
    taken.put("the server's own device id", ServerDevices.SYSTEM);
    taken.put("the demo's device id", ServerDevices.DEMO);
    taken.put("the demo's second device id", ServerDevices.DEMO_OTHER);
    taken.put("a colleague's device id", w.fatima.session().deviceId());
    taken.put("a device id of another municipality's user", w.ilse.deviceId());
    taken.put("the office's device id", w.office.session().deviceId());
    taken.forEach((what, device) -> rows.add(new Row("a login with " + what, () -> login("coach1", device),
        "deviceId", "device-taken")));
    rows.add(new Row("the office logging in with a coach's device id", () -> login("office1",
        w.anna.session().deviceId()), "deviceId", "device-taken"));
    rows.add(new Row("a login with the nil UUID as device id", () -> api.raw(json("/api/auth/login",
        "{\"username\": \"coach1\", \"password\": \"trede-demo\", \"deviceId\": \"00000000-0000-0000-0000-000000000000\"}"),
        null, false), "deviceId", "nil-id"));
  }

  private Object login(String username, UUID device) {
    return api.raw(HttpRequest.POST("/api/auth/login", Map.of("username", username, "password", "trede-demo",
        "deviceId", device.toString())), null, false);
  }

  // ---------------------------------------------------------------- matching

  private void matching() {
    Map<String, UUID> vacancies = new java.util.LinkedHashMap<>();
    vacancies.put("of another municipality", w.dalfsen.get(RecordType.VACANCY));
    vacancies.put("that was deleted", w.deletedVacancy);
    vacancies.put("that does not exist", Ids.newId());
    vacancies.put("that is a candidate", w.annasCandidate);
    for (Actor a : List.of(w.eva, w.fatima, w.office)) {
      vacancies.forEach((what, id) -> rows.add(new Row(a.label() + ": matching for a vacancy " + what,
          () -> api.raw(HttpRequest.GET("/api/matching/vacancies/" + id + "/candidates"), a.session(), false),
          "vacancyId", "not-found")));
    }
  }

  // ---------------------------------------------------------------- building mutations

  private void push(String name, Actor by, Mutation m, String field, String rule) {
    rows.add(new Row(name, () -> api.push(by.session(), m).get(0), field, rule));
  }

  /** A valid new record of this kind by this actor (in {@code candidate}'s file), then broken. */
  private Mutation create(Actor by, RecordType type, UUID candidate, Consumer<ObjectNode> breakIt) {
    UUID me = by.session().user();
    DomainRecord record = switch (type) {
      case CONTACT -> HostileWorld.contact(candidate, null, me);
      case LADDER_STEP -> HostileWorld.step(candidate, me);
      case COACHING_HOURS -> HostileWorld.hours(candidate, w.employer, me);
      case PLACEMENT -> HostileWorld.placement(candidate, me);
      case EMPLOYER -> HostileWorld.employer();
      case VACANCY -> HostileWorld.vacancy(w.employer, me);
      case CANDIDATE -> HostileWorld.candidate(Ids.newId(), me, List.of());
      case REFERRAL -> HostileWorld.referral(candidate, me);
      case OBLIGATION_MEASURE -> HostileWorld.obligation(candidate, me);
      case EMPLOYER_CONTACT -> HostileWorld.employerContact(w.employer, me);
      case GROUP_SESSION -> HostileWorld.groupSession("aan-het-werk", LocalDate.now(), me);
      case SESSION_ATTENDANCE -> HostileWorld.invitation(w.sessionNextWeek, candidate, me);
      case ASSESSMENT -> HostileWorld.loonwaarde(candidate, me);
      case BROAD_INTAKE -> HostileWorld.broadIntake(candidate, me);
      case CONFIGURATION -> throw new IllegalArgumentException("no device creates a configuration");
    };
    ObjectNode fields = Json.MAPPER.valueToTree(record);
    if (breakIt != null) {
      breakIt.accept(fields);
    }
    return new Mutation(Ids.newId(), type, record.id(), MutationKind.CREATE, 0, fields, List.of(), Instant.now());
  }

  private static Mutation createOf(RecordType type, DomainRecord record) {
    return ApiClient.create(type, record);
  }

  private static Mutation withId(Mutation m, UUID recordId) {
    return withId(m, recordId, m.kind());
  }

  private static Mutation withId(Mutation m, UUID recordId, MutationKind kind) {
    ObjectNode fields = m.fields() == null ? null : m.fields().deepCopy();
    if (fields != null && fields.has("id")) {
      fields.put("id", recordId.toString());
    }
    return new Mutation(Ids.newId(), m.type(), recordId, kind, kind == MutationKind.CREATE ? 0 : m.baseVersion(),
        fields, List.of(), Instant.now());
  }

  private Mutation update(RecordType type, UUID id, String field, String value) {
    return update(type, id, fields().put(field, value));
  }

  private Mutation update(RecordType type, UUID id, ObjectNode fields) {
    return ApiClient.update(type, id, baseOf(id), fields);
  }

  private Mutation delete(RecordType type, UUID id) {
    return new Mutation(Ids.newId(), type, id, MutationKind.DELETE, baseOf(id), null, List.of(), Instant.now());
  }

  /** The stored version where the record is a live one of this database; 1 otherwise. */
  private long baseOf(UUID id) {
    try {
      return w.version(id);
    } catch (AssertionError e) {
      return 1;
    }
  }

  private static ObjectNode exit() {
    ObjectNode fields = fields();
    fields.putObject("exit").put("date", LocalDate.now().minusDays(1).toString()).put("reason", "WORK");
    return fields;
  }

  private static ObjectNode fields() {
    return Json.MAPPER.createObjectNode();
  }

  private static io.micronaut.http.MutableHttpRequest<String> json(String path, String body) {
    return HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_JSON);
  }
}
