package nl.trede.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import nl.trede.domain.Ids;
import nl.trede.domain.Json;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.coaching.CoachKind;
import nl.trede.domain.coaching.CoachingActivity;
import nl.trede.domain.coaching.CoachingHours;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.contact.LocationType;
import nl.trede.domain.employer.Employer;
import nl.trede.domain.employer.Requirement;
import nl.trede.domain.employer.Sector;
import nl.trede.domain.employer.Vacancy;
import nl.trede.domain.employer.VacancyStatus;
import nl.trede.domain.ladder.LadderStep;
import nl.trede.server.support.ApiClient.Answer;
import nl.trede.server.support.ApiClient.Session;
import nl.trede.server.support.ApiClient;
import nl.trede.server.support.OfficeClient;
import nl.trede.sync.Mutation;
import nl.trede.sync.MutationKind;
import nl.trede.sync.MutationResult;
import nl.trede.sync.Protocol;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Hundreds of distinct hostile or broken requests against the real server. Each must be refused
 * naming the right field and rule, as application/problem+json for a request that is not a push at
 * all, or as a rejected mutation inside a well-formed push; nothing may be written (no record,
 * caseload, history, applied mutation, token or device binding of any municipality), and the server
 * must stay healthy. A record or reference the caller may not reach is answered as one that does
 * not exist. The hand-written rows are here; the generated tables (every role and action of the
 * role table, every reference and author field, every text field) in {@link HostileCases}. Run
 * against SQLite and PostgreSQL by the subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class HostileInputContract implements TestPropertyProvider {
  @Inject
  @Client("/")
  HttpClient httpClient;

  @Inject
  JdbcOperations jdbc;

  @Inject
  EmbeddedServer server;

  private ApiClient api;
  private HostileWorld world;
  private Session anna;
  private Session fatima;
  private Session ilse;
  private Session loggedOut;
  private UUID annasCandidate;
  private UUID carlasCandidate;
  private UUID dalfsenCandidate;
  private UUID dalfsenCoach;
  private UUID employer;
  private UUID deletedEmployer;
  private UUID contactOnServer;
  private UUID stepOnServer;
  private UUID fatimasMutation;

  /** A bad request and what the server must answer. */
  record Row(String name, Supplier<Object> send, String field, String rule) {}

  @TestFactory
  Stream<DynamicTest> everyHostileRequestIsRefusedNamingFieldAndRuleAndNothingIsWritten() {
    setUp();
    List<Row> rows = new ArrayList<>();
    rows.addAll(requestRows());
    rows.addAll(mutationRows());
    rows.addAll(new HostileCases(world).rows());
    rows.addAll(new HostileReferralCases(world).rows());
    rows.addAll(new HostileBroadIntakeCases(world).rows());
    assertThat(rows.stream().collect(java.util.stream.Collectors.groupingBy(Row::name,
        java.util.stream.Collectors.counting())).entrySet()).as("rows named twice")
        .allSatisfy(e -> assertThat(e.getValue()).as(e.getKey()).isEqualTo(1));
    assertThat(rows).hasSizeGreaterThanOrEqualTo(300);
    System.out.println("hostile requests: " + rows.size() + " refused rows, plus " + HostileCases.CONSOLE_IDS
        + " console pages");
    return Stream.of(rows.stream().map(this::test),
        consolePages(),
        Stream.of(DynamicTest.dynamicTest("afterwards the server is healthy and a good push applies", this::stillHealthy),
            DynamicTest.dynamicTest("the same user logging in again from the same installation keeps working",
                this::sameInstallationLogsInAgain)))
        .flatMap(t -> t);
  }

  private DynamicTest test(Row row) {
    return DynamicTest.dynamicTest(row.name(), () -> {
      List<Long> before = world.fingerprint();
      Object answer = row.send().get();
      if (answer instanceof Answer a) {
        assertThat(a.status()).as("status").isBetween(400, 499);
        assertThat(a.contentType()).startsWith(Problem_MEDIA);
        JsonNode error = a.body().get("errors").get(0);
        assertThat(error.get("field").asText()).as("field").isEqualTo(row.field());
        assertThat(error.get("rule").asText()).as("rule").isEqualTo(row.rule());
        assertNoHint(error.get("message").asText(), row.rule());
      } else {
        MutationResult result = (MutationResult) answer;
        assertThat(result).isInstanceOf(MutationResult.Rejected.class);
        assertThat(((MutationResult.Rejected) result).violations())
            .anySatisfy(v -> {
              assertThat(v.field()).as("field").isEqualTo(row.field());
              assertThat(v.rule()).as("rule").isEqualTo(row.rule());
              assertNoHint(v.message(), v.rule());
            });
      }
      assertThat(world.fingerprint()).as("nothing written").isEqualTo(before);
    });
  }

  /**
   * "Not yours" reads exactly as "does not exist": the message of such a refusal names only the
   * id and that it does not exist (or, creating, that it exists), never a caseload or municipality.
   */
  private static void assertNoHint(String message, String rule) {
    if (List.of("not-found", "unknown-reference", "duplicate-id").contains(rule)) {
      assertThat(message).as("message").matches("[a-z-]+ [0-9a-f-]{36} (does not exist|exists|is not a .+ here)");
    }
  }

  /**
   * The console's pages of one id: another municipality's candidate, or one outside a case
   * manager's caseload, are answered as an id that does not exist, byte for byte.
   */
  private Stream<DynamicTest> consolePages() {
    return world.consoleCases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      OfficeClient.Page missing = c.client().get(c.path().replace("{id}", c.missingId()));
      OfficeClient.Page page = c.client().get(c.path().replace("{id}", c.id()));
      assertThat(page.status()).isEqualTo(missing.status()).isEqualTo(404);
      assertThat(page.text().replace(c.id(), "ID")).isEqualTo(missing.text().replace(c.missingId(), "ID"));
    }));
  }

  private static final String Problem_MEDIA = "application/problem+json";

  private void setUp() {
    api = new ApiClient(httpClient.toBlocking());
    world = new HostileWorld(api, jdbc, server.getURL().toString());
    anna = world.anna.session();
    fatima = world.fatima.session();
    ilse = world.ilse;
    annasCandidate = world.annasCandidate;
    employer = world.employer;
    carlasCandidate = world.carlasCandidate;
    dalfsenCandidate = world.dalfsen.get(RecordType.CANDIDATE);
    dalfsenCoach = ilse.user();
    loggedOut = api.login("coach1");
    api.raw(HttpRequest.POST("/api/auth/logout", ""), loggedOut, false);
    Employer gone = new Employer(Ids.newId(), "Opgeheven BV", "11223344", Sector.RETAIL, null, null, null, null,
        false, false, null, null);
    api.push(anna, ApiClient.create(RecordType.EMPLOYER, gone));
    api.push(anna, new Mutation(Ids.newId(), RecordType.EMPLOYER, gone.id(), MutationKind.DELETE, 1, null, List.of(),
        Instant.now()));
    deletedEmployer = gone.id();
    Contact contact = contact();
    api.push(anna, ApiClient.create(RecordType.CONTACT, contact));
    contactOnServer = contact.id();
    LadderStep step = step();
    api.push(anna, ApiClient.create(RecordType.LADDER_STEP, step));
    stepOnServer = step.id();
    Mutation hers = ApiClient.create(RecordType.CONTACT, new Contact(Ids.newId(), annasCandidate, null, fatima.user(),
        LocationType.OFFICE, Instant.now().minus(2, ChronoUnit.HOURS), 30, null, "Gesprek", null, null, false, false,
        null));
    api.push(fatima, hers);
    fatimasMutation = hers.id();
  }

  // ---------------------------------------------------------------- requests that are not a push

  private List<Row> requestRows() {
    List<Row> rows = new ArrayList<>();
    String goodMutation = "{\"id\":\"" + Ids.newId() + "\",\"type\":\"employer\",\"recordId\":\"" + Ids.newId()
        + "\",\"kind\":\"DELETE\",\"baseVersion\":1}";
    rows.add(push("truncated JSON", "{\"mutations\": [", "body", "malformed-json"));
    rows.add(push("JSON with a trailing comma", "{\"mutations\": [],}", "body", "malformed-json"));
    rows.add(push("not JSON at all", "mutations=1", "body", "malformed-json"));
    rows.add(push("a body that is an array", "[]", "body", "type"));
    rows.add(push("a body that is a string", "\"push\"", "body", "type"));
    rows.add(push("mutations as an object", "{\"mutations\": {}}", "mutations", "type"));
    rows.add(push("mutations as a string", "{\"mutations\": \"all\"}", "mutations", "type"));
    rows.add(push("a mutation that is a number", "{\"mutations\": [1]}", "mutations[0]", "type"));
    rows.add(push("a mutation id that is a number", "{\"mutations\": [{\"id\": 42}]}", "mutations[0].id", "type"));
    rows.add(push("a mutation id that is no UUID", "{\"mutations\": [{\"id\": \"x\"}]}", "mutations[0].id", "type"));
    rows.add(push("an unknown record type", "{\"mutations\": [{\"type\": \"salary\"}]}", "mutations[0].type", "type"));
    rows.add(push("a record type in capitals", "{\"mutations\": [{\"type\": \"CONTACT\"}]}", "mutations[0].type", "type"));
    rows.add(push("an unknown kind", "{\"mutations\": [{\"kind\": \"UPSERT\"}]}", "mutations[0].kind", "type"));
    rows.add(push("a record id that is no UUID", "{\"mutations\": [{\"recordId\": \"42\"}]}", "mutations[0].recordId", "type"));
    rows.add(push("a base version in words", "{\"mutations\": [{\"baseVersion\": \"one\"}]}", "mutations[0].baseVersion", "type"));
    rows.add(push("a base version beyond 64 bits", "{\"mutations\": [{\"baseVersion\": 99999999999999999999999}]}",
        "mutations[0].baseVersion", "type"));
    rows.add(push("fields that are a string", "{\"mutations\": [{\"fields\": \"toRung=7\"}]}", "mutations[0].fields", "type"));
    rows.add(push("resolves that is a string", "{\"mutations\": [{\"resolves\": \"all\"}]}", "mutations[0].resolves", "type"));
    rows.add(push("madeAt that is no instant", "{\"mutations\": [{\"madeAt\": \"yesterday\"}]}", "mutations[0].madeAt", "type"));
    rows.add(push("more than 500 mutations", "{\"mutations\": [" + String.join(",",
        java.util.Collections.nCopies(Protocol.MAX_MUTATIONS_PER_PUSH + 1, goodMutation)) + "]}", "mutations", "max-size"));
    rows.add(new Row("a body over 4 MB", () -> api.raw(json("/api/sync/push", "{\"mutations\": [], \"x\": \""
        + "x".repeat(5_000_000) + "\"}"), anna, true), "request", "too-large"));
    rows.add(new Row("a compressed body that inflates past 4 MB (64 MB of spaces in 64 kB)", () -> api.raw(
        HttpRequest.POST("/api/sync/push", zipBomb()).contentType(MediaType.APPLICATION_JSON)
            .header("Content-Encoding", "gzip"), anna, true), "request", "too-large"));
    rows.add(new Row("a body said to be compressed that is not", () -> api.raw(json("/api/sync/push",
        "{\"mutations\": []}").header("Content-Encoding", "gzip"), anna, true), "body", "malformed-encoding"));
    rows.add(new Row("a push as plain text", () -> api.raw(HttpRequest.POST("/api/sync/push", "{\"mutations\": []}")
        .contentType(MediaType.TEXT_PLAIN), anna, true), "request", "unsupported-media-type"));
    rows.add(new Row("a push sent with GET", () -> api.raw(HttpRequest.GET("/api/sync/push"), anna, true),
        "request", "method-not-allowed"));
    for (String version : List.of("0", "2", "1.0", "latest")) {
      rows.add(new Row("protocol version '" + version + "'", () -> api.raw(HttpRequest.GET("/api/sync/pull")
          .bearerAuth(anna.token()).header(Protocol.VERSION_HEADER, version), null, false),
          Protocol.VERSION_HEADER, "unsupported-protocol"));
    }
    rows.add(new Row("no protocol version on a push", () -> api.raw(json("/api/sync/push", "{\"mutations\": []}"), anna,
        false), Protocol.VERSION_HEADER, "unsupported-protocol"));
    rows.add(new Row("no token", () -> api.raw(HttpRequest.GET("/api/sync/pull"), null, true), "request", "unauthorized"));
    rows.add(new Row("a made-up token", () -> api.raw(HttpRequest.GET("/api/sync/pull").bearerAuth("abc"), null, true),
        "request", "unauthorized"));
    rows.add(new Row("a password instead of a token", () -> api.raw(HttpRequest.GET("/api/sync/pull")
        .basicAuth("coach1", "trede-demo"), null, true), "request", "unauthorized"));
    rows.add(new Row("a logged-out token", () -> api.raw(HttpRequest.GET("/api/sync/pull"), loggedOut, true),
        "request", "unauthorized"));
    for (String cursor : List.of("banana", "s2-", "s2-1.2.3", "s2-1.2.3.4.-1", "s1-5", "s2-1.5.1.2.0")) {
      rows.add(new Row("cursor '" + cursor + "'", () -> api.raw(HttpRequest.GET("/api/sync/pull?cursor=" + cursor),
          anna, true), "cursor", "invalid-cursor"));
    }
    for (String limit : List.of("0", "-1", "5001", "100000")) {
      rows.add(new Row("page size " + limit, () -> api.raw(HttpRequest.GET("/api/sync/pull?limit=" + limit), anna, true),
          "limit", "range"));
    }
    rows.add(new Row("login without a device", () -> api.raw(json("/api/auth/login",
        "{\"username\": \"coach1\", \"password\": \"trede-demo\"}"), null, false), "deviceId", "required"));
    rows.add(new Row("login without a username", () -> api.raw(json("/api/auth/login",
        "{\"password\": \"trede-demo\", \"deviceId\": \"" + Ids.newId() + "\"}"), null, false), "username", "required"));
    rows.add(new Row("login of another municipality's user with our password", () -> api.raw(json("/api/auth/login",
        "{\"username\": \"coach-dalfsen\", \"password\": \"x\", \"deviceId\": \"" + Ids.newId() + "\"}"), null, false),
        "password", "bad-credentials"));
    return rows;
  }

  private Row push(String name, String body, String field, String rule) {
    return new Row(name, () -> api.raw(json("/api/sync/push", body), anna, true), field, rule);
  }

  /** {"mutations": [], then 64 MB of spaces: about 64 kB compressed. */
  private static byte[] zipBomb() {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (var zip = new java.util.zip.GZIPOutputStream(out)) {
      zip.write("{\"mutations\": [".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      byte[] spaces = new byte[1 << 20];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 64; i++) {
        zip.write(spaces);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static MutableHttpRequest<String> json(String path, String body) {
    return HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_JSON);
  }

  // ---------------------------------------------------------------- pushes with a bad mutation

  private List<Row> mutationRows() {
    List<Row> rows = new ArrayList<>();
    // contact
    rows.add(contact("a contact of 0 minutes", c -> c.put("durationMinutes", 0), "durationMinutes", "range"));
    rows.add(contact("a contact of 601 minutes", c -> c.put("durationMinutes", 601), "durationMinutes", "range"));
    rows.add(contact("a contact of minus 5 minutes", c -> c.put("durationMinutes", -5), "durationMinutes", "range"));
    rows.add(contact("a duration in words", c -> c.put("durationMinutes", "lang"), "fields.durationMinutes", "type"));
    rows.add(contact("a duration with decimals", c -> c.put("durationMinutes", 45.5), "fields.durationMinutes", "type"));
    rows.add(contact("a contact without place", c -> c.putNull("location"), "location", "required"));
    rows.add(contact("a place that does not exist", c -> c.put("location", "MOON"), "fields.location", "type"));
    rows.add(contact("a contact three days ahead", c -> c.put("occurredAt", Instant.now().plus(3, ChronoUnit.DAYS)
        .toString()), "occurredAt", "not-in-future"));
    rows.add(contact("a contact time that is no instant", c -> c.put("occurredAt", "gisteren"), "fields.occurredAt", "type"));
    rows.add(contact("a next contact before the contact", c -> c.put("nextContactDate", LocalDate.now().minusDays(5)
        .toString()), "nextContactDate", "after-contact"));
    rows.add(contact("a next contact in 2205", c -> c.put("nextContactDate", "2205-01-01"), "nextContactDate",
        "plausible-date"));
    rows.add(contact("a contact with nobody", c -> c.putNull("candidateId"), "candidateId", "candidate-or-employer"));
    rows.add(contact("a contact for another coach's candidate", c -> c.put("candidateId", carlasCandidate.toString()),
        "candidateId", "unknown-reference"));
    rows.add(contact("a contact for a candidate of Dalfsen", c -> c.put("candidateId", dalfsenCandidate.toString()),
        "candidateId", "unknown-reference"));
    rows.add(contact("a contact for a candidate that does not exist", c -> c.put("candidateId", Ids.newId().toString()),
        "candidateId", "unknown-reference"));
    rows.add(contact("a contact at an employer that does not exist", c -> c.put("employerId", Ids.newId().toString()),
        "employerId", "unknown-reference"));
    rows.add(contact("a contact at a deleted employer", c -> c.put("employerId", deletedEmployer.toString()),
        "employerId", "unknown-reference"));
    rows.add(contact("a contact in someone else's name", c -> c.put("authorId", fatima.userId()), "authorId", "not-caller"));
    rows.add(contact("a summary of 9,000 characters", c -> c.put("summary", "x".repeat(9000)), "summary", "max-length"));
    rows.add(contact("a contact correcting itself", c -> c.put("correctsId", c.get("id").asText()), "correctsId", "not-self"));
    rows.add(contact("a field contacts do not have", c -> c.put("salary", 3000), "fields.salary", "unknown-field"));
    rows.add(contact("an id in the fields that differs", c -> c.put("id", Ids.newId().toString()), "fields.id", "immutable"));
    rows.add(contact("no-show as text", c -> c.put("noShow", "soms"), "fields.noShow", "type"));
    // ladder step
    for (int rung : List.of(0, 7, -1, 100)) {
      rows.add(step("a step to rung " + rung, s -> s.put("toRung", rung), "toRung", "range"));
    }
    rows.add(step("a step to rung 'seven'", s -> s.put("toRung", "seven"), "fields.toRung", "type"));
    rows.add(step("a step to rung 3.5", s -> s.put("toRung", 3.5), "fields.toRung", "type"));
    rows.add(step("a step from rung 9", s -> s.put("fromRung", 9), "fromRung", "range"));
    rows.add(step("a step to the same rung", s -> s.put("fromRung", 3).put("toRung", 3), "toRung", "differs-from-fromRung"));
    rows.add(step("a step without reason", s -> s.put("reason", " "), "reason", "required"));
    rows.add(step("a step dated next year", s -> s.put("date", LocalDate.now().plusYears(1).toString()), "date",
        "not-in-future"));
    rows.add(step("a step dated 1950", s -> s.put("date", "1950-01-01"), "date", "plausible-date"));
    rows.add(step("a step on 31 February", s -> s.put("date", "2026-02-31"), "fields.date", "type"));
    rows.add(step("a step without candidate", s -> s.putNull("candidateId"), "candidateId", "required"));
    // coaching hours
    for (int quarters : List.of(0, -4, 97, 1000)) {
      rows.add(hours(quarters + " quarter hours", h -> h.put("quarterHours", quarters), "quarterHours", "range"));
    }
    rows.add(hours("1.5 quarter hours", h -> h.put("quarterHours", 1.5), "fields.quarterHours", "type"));
    rows.add(hours("quarter hours in words", h -> h.put("quarterHours", "vier"), "fields.quarterHours", "type"));
    rows.add(hours("hours without employer", h -> h.putNull("employerId"), "employerId", "required"));
    rows.add(hours("hours at an employer that does not exist", h -> h.put("employerId", Ids.newId().toString()),
        "employerId", "unknown-reference"));
    rows.add(hours("a coach kind that does not exist", h -> h.put("coachKind", "FRIEND"), "fields.coachKind", "type"));
    rows.add(hours("hours booked for next week", h -> h.put("date", LocalDate.now().plusWeeks(1).toString()), "date",
        "not-in-future"));
    rows.add(hours("hours from 2010", h -> h.put("date", "2010-06-01"), "date", "plausible-date"));
    rows.add(hours("a confirmation without a name", h -> h.put("confirmedAt", Instant.now().minusSeconds(60).toString()),
        "confirmedBy", "required"));
    rows.add(hours("hours for another coach's candidate", h -> h.put("candidateId", carlasCandidate.toString()),
        "candidateId", "unknown-reference"));
    rows.add(hours("hours in someone else's name", h -> h.put("authorId", fatima.userId()), "authorId", "not-caller"));
    // employer
    rows.add(employer("a KvK number of 7 digits", e -> e.put("kvkNumber", "1234567"), "kvkNumber", "kvk-format"));
    rows.add(employer("a KvK number of 9 digits", e -> e.put("kvkNumber", "123456789"), "kvkNumber", "kvk-format"));
    rows.add(employer("a KvK number with letters", e -> e.put("kvkNumber", "1234567A"), "kvkNumber", "kvk-format"));
    rows.add(employer("a KvK number as a number", e -> e.put("kvkNumber", 12345678), "fields.kvkNumber", "type"));
    rows.add(employer("an employer without KvK number", e -> e.putNull("kvkNumber"), "kvkNumber", "required"));
    rows.add(employer("a sector that does not exist", e -> e.put("sector", "SPACE"), "fields.sector", "type"));
    rows.add(employer("an employer without name", e -> e.put("name", ""), "name", "required"));
    rows.add(employer("a name of 300 characters", e -> e.put("name", "x".repeat(300)), "name", "max-length"));
    rows.add(employer("an e-mail without domain", e -> e.put("contactEmail", "info@"), "contactEmail", "email-format"));
    rows.add(employer("HARRIE-trained as text", e -> e.put("harrieTrained", "ja"), "fields.harrieTrained", "type"));
    // vacancy
    rows.add(vacancy("a vacancy without tasks", v -> v.putArray("tasks"), "tasks", "required"));
    rows.add(vacancy("a blank task", v -> v.putArray("tasks").add(" "), "tasks[0]", "required"));
    rows.add(vacancy("a vacancy of 0 hours", v -> v.put("hoursPerWeek", 0), "hoursPerWeek", "range"));
    rows.add(vacancy("a vacancy of 100 hours", v -> v.put("hoursPerWeek", 100), "hoursPerWeek", "range"));
    rows.add(vacancy("a language level 'goed'", v -> v.put("languageLevel", "goed"), "languageLevel", "cefr-level"));
    rows.add(vacancy("a language level without the requirement", v -> v.putArray("requirements").add("VCA"),
        "languageLevel", "requires-language-requirement"));
    rows.add(vacancy("a requirement that does not exist", v -> v.putArray("requirements").add("PILOT_LICENCE"),
        "fields.requirements[0]", "type"));
    rows.add(vacancy("a vacancy at an employer that does not exist", v -> v.put("employerId", Ids.newId().toString()),
        "employerId", "unknown-reference"));
    rows.add(vacancy("a vacancy without status", v -> v.putNull("status"), "status", "required"));
    rows.add(vacancy("a vacancy registered in someone else's name", v -> v.put("registeredBy", fatima.userId()),
        "registeredBy", "not-caller"));
    // candidate
    rows.add(candidate("a candidate aged 6", c -> c.put("dateOfBirth", LocalDate.now().minusYears(6).toString()),
        "dateOfBirth", "plausible-age"));
    rows.add(candidate("a candidate aged 130", c -> c.put("dateOfBirth", LocalDate.now().minusYears(130).toString()),
        "dateOfBirth", "plausible-age"));
    rows.add(candidate("a candidate without family name", c -> c.putNull("familyName"), "familyName", "required"));
    rows.add(candidate("a phone number in words", c -> c.put("phone", "bel maar"), "phone", "phone-format"));
    rows.add(candidate("a loonwaarde of 150 %", c -> c.put("wageValuePercent", 150), "wageValuePercent", "range"));
    rows.add(candidate("a coach of Dalfsen", c -> c.putArray("coachIds").add(dalfsenCoach.toString()), "coachIds[0]",
        "unknown-reference"));
    rows.add(candidate("a flag that does not exist", c -> c.putArray("flags").add("RICH"), "fields.flags[0]", "type"));
    rows.add(candidate("a benefit starting next year", c -> c.put("benefitStartDate", LocalDate.now().plusYears(1)
        .toString()), "benefitStartDate", "not-in-future"));
    rows.add(candidate("a contact frequency of 0 days", c -> c.putObject("plan").put("contactFrequencyDays", 0),
        "plan.contactFrequencyDays", "range"));
    rows.add(new Row("a coach registering a candidate", () -> one(anna, ApiClient.create(RecordType.CANDIDATE,
        candidateRecord())), "recordId", "role"));
    // what a mutation does
    rows.add(new Row("editing a contact", () -> one(anna, ApiClient.update(RecordType.CONTACT, contactOnServer, 1,
        ApiClient.fields().put("summary", "anders"))), "kind", "append-only"));
    rows.add(new Row("deleting a ladder step", () -> one(anna, new Mutation(Ids.newId(), RecordType.LADDER_STEP,
        stepOnServer, MutationKind.DELETE, 1, null, List.of(), Instant.now())), "kind", "append-only"));
    rows.add(new Row("creating a record that exists", () -> one(anna, new Mutation(Ids.newId(), RecordType.CONTACT,
        contactOnServer, MutationKind.CREATE, 0, Json.MAPPER.valueToTree(contact()), List.of(), Instant.now())),
        "recordId", "duplicate-id"));
    rows.add(new Row("updating a record that does not exist", () -> one(anna, ApiClient.update(RecordType.EMPLOYER,
        Ids.newId(), 1, ApiClient.fields().put("name", "X"))), "recordId", "not-found"));
    rows.add(new Row("updating a deleted employer", () -> one(anna, ApiClient.update(RecordType.EMPLOYER,
        deletedEmployer, 1, ApiClient.fields().put("name", "Terug"))), "recordId", "deleted"));
    rows.add(new Row("updating Dalfsen's candidate", () -> one(anna, ApiClient.update(RecordType.CANDIDATE,
        dalfsenCandidate, 1, ApiClient.fields().put("phone", "06-11111111"))), "recordId", "not-found"));
    rows.add(new Row("updating another coach's candidate", () -> one(anna, ApiClient.update(RecordType.CANDIDATE,
        carlasCandidate, 1, ApiClient.fields().put("phone", "06-11111111"))), "recordId", "not-found"));
    rows.add(new Row("an update calling an employer a contact", () -> one(anna, ApiClient.update(RecordType.CONTACT,
        employer, 1, ApiClient.fields().put("summary", "x"))), "type", "type-mismatch"));
    rows.add(new Row("resolving a conflict that does not exist", () -> one(anna, new Mutation(Ids.newId(),
        RecordType.EMPLOYER, employer, MutationKind.UPDATE, 1, ApiClient.fields().put("contactPerson", "X"),
        List.of(Ids.newId()), Instant.now())), "resolves", "unknown-conflict"));
    rows.add(new Row("a delete that resolves conflicts", () -> one(anna, new Mutation(Ids.newId(), RecordType.EMPLOYER,
        deletedEmployer, MutationKind.DELETE, 1, null, List.of(Ids.newId()), Instant.now())), "resolves", "update-only"));
    rows.add(new Row("a negative base version", () -> one(anna, ApiClient.update(RecordType.EMPLOYER, employer, -1,
        ApiClient.fields().put("name", "X"))), "baseVersion", "range"));
    rows.add(new Row("a mutation without kind", () -> one(anna, new Mutation(Ids.newId(), RecordType.EMPLOYER, employer,
        null, 1, ApiClient.fields(), List.of(), Instant.now())), "kind", "required"));
    rows.add(new Row("a mutation without record", () -> one(anna, new Mutation(Ids.newId(), RecordType.EMPLOYER, null,
        MutationKind.UPDATE, 1, ApiClient.fields(), List.of(), Instant.now())), "recordId", "required"));
    rows.add(new Row("a mutation without type", () -> one(anna, new Mutation(Ids.newId(), null, employer,
        MutationKind.UPDATE, 1, ApiClient.fields(), List.of(), Instant.now())), "type", "required"));
    rows.add(new Row("an update without fields", () -> one(anna, new Mutation(Ids.newId(), RecordType.EMPLOYER, employer,
        MutationKind.UPDATE, 1, null, List.of(), Instant.now())), "fields", "required"));
    rows.add(new Row("a mutation without id", () -> one(anna, new Mutation(null, RecordType.EMPLOYER, employer,
        MutationKind.UPDATE, 1, ApiClient.fields().put("name", "X"), List.of(), Instant.now())), "id", "required"));
    rows.add(new Row("replaying another user's mutation id", () -> one(anna, new Mutation(fatimasMutation,
        RecordType.CONTACT, Ids.newId(), MutationKind.CREATE, 0, Json.MAPPER.valueToTree(contact()), List.of(),
        Instant.now())), "id", "mutation-id-taken"));
    rows.add(new Row("a missing mutation in the list", () -> Json.MAPPER.convertValue(api.raw(json("/api/sync/push",
        "{\"mutations\": [null]}"), anna, true).body().get("results").get(0), MutationResult.class),
        "mutations[0]", "required"));
    return rows;
  }

  /** A hostile mutation breaks the description on purpose: only the answer is held to it. */
  private Object one(Session who, Mutation m) {
    return api.pushMalformed(who, m).get(0);
  }

  private Row contact(String name, Consumer<ObjectNode> breakIt, String field, String rule) {
    return created(name, anna, RecordType.CONTACT, () -> contact(), breakIt, field, rule);
  }

  private Row step(String name, Consumer<ObjectNode> breakIt, String field, String rule) {
    return created(name, anna, RecordType.LADDER_STEP, this::step, breakIt, field, rule);
  }

  private Row hours(String name, Consumer<ObjectNode> breakIt, String field, String rule) {
    return created(name, anna, RecordType.COACHING_HOURS, () -> new CoachingHours(Ids.newId(), annasCandidate,
        employer, LocalDate.now(), 4, CoachingActivity.ON_SITE_COACHING, CoachKind.MUNICIPAL, anna.user(), null,
        null, null, null, null), breakIt, field, rule);
  }

  private Row employer(String name, Consumer<ObjectNode> breakIt, String field, String rule) {
    return created(name, anna, RecordType.EMPLOYER, () -> new Employer(Ids.newId(), "Kwekerij", "12345678",
        Sector.AGRICULTURE, null, null, null, null, false, false, null, null), breakIt, field, rule);
  }

  private Row vacancy(String name, Consumer<ObjectNode> breakIt, String field, String rule) {
    return created(name, anna, RecordType.VACANCY, () -> new Vacancy(Ids.newId(), employer, "Inpakker",
        List.of("Dozen vouwen"), java.math.BigDecimal.valueOf(24), java.util.Set.of(Requirement.DUTCH_LANGUAGE_LEVEL),
        "A2", true, VacancyStatus.OPEN, LocalDate.now(), anna.user()), breakIt, field, rule);
  }

  private Row candidate(String name, Consumer<ObjectNode> breakIt, String field, String rule) {
    return created(name, fatima, RecordType.CANDIDATE, this::candidateRecord, breakIt, field, rule);
  }

  private Row created(String name, Session who, RecordType type, Supplier<nl.trede.domain.DomainRecord> valid,
      Consumer<ObjectNode> breakIt, String field, String rule) {
    return new Row(name, () -> {
      nl.trede.domain.DomainRecord record = valid.get();
      ObjectNode fields = Json.MAPPER.valueToTree(record);
      breakIt.accept(fields);
      return one(who, new Mutation(Ids.newId(), type, record.id(), MutationKind.CREATE, 0, fields, List.of(),
          Instant.now()));
    }, field, rule);
  }

  private Contact contact() {
    return new Contact(Ids.newId(), annasCandidate, null, anna.user(), LocationType.HOME,
        Instant.now().minus(1, ChronoUnit.HOURS), 45, null, "Huisbezoek", null, LocalDate.now().plusDays(14),
        false, false, null);
  }

  private LadderStep step() {
    return new LadderStep(Ids.newId(), annasCandidate, 2, 3, LocalDate.now(), "Vrijwilligerswerk", anna.user(), null);
  }

  private Candidate candidateRecord() {
    return new Candidate(Ids.newId(), "Nieuwe", "Kandidaat", LocalDate.now().minusYears(30), null, null,
        fatima.user(), List.of(anna.user()), LocalDate.now().minusMonths(1), null, null, null, null, null, null, null, null, null, null, null);
  }

  private void sameInstallationLogsInAgain() {
    Session first = world.anna.session();
    Answer again = api.raw(HttpRequest.POST("/api/auth/login", java.util.Map.of("username", "coach1", "password",
        "trede-demo", "deviceId", first.deviceId().toString())), null, false);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body().get("userId").asText()).isEqualTo(first.userId());
  }

  private void stillHealthy() {
    assertThat(api.raw(HttpRequest.GET("/health"), null, false).status()).isEqualTo(200);
    assertThat(api.push(anna, ApiClient.create(RecordType.CONTACT, contact())))
        .singleElement().isInstanceOf(MutationResult.Applied.class);
  }

}
