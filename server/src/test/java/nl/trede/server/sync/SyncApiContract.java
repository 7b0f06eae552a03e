package nl.trede.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.trede.domain.Ids;
import nl.trede.domain.Json;
import nl.trede.domain.coaching.CoachKind;
import nl.trede.domain.coaching.CoachingActivity;
import nl.trede.domain.coaching.CoachingHours;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.contact.LocationType;
import nl.trede.domain.employer.Employer;
import nl.trede.domain.employer.Sector;
import nl.trede.domain.ladder.LadderStep;
import nl.trede.server.accounts.User;
import nl.trede.server.accounts.UserRepository;
import nl.trede.server.support.ApiClient.Answer;
import nl.trede.server.support.ApiClient.Session;
import nl.trede.server.support.ApiClient;
import nl.trede.server.support.ApiContract;
import nl.trede.sync.FieldConflict;
import nl.trede.sync.Mutation;
import nl.trede.sync.MutationKind;
import nl.trede.sync.MutationResult;
import nl.trede.sync.Protocol;
import nl.trede.sync.PullPage;
import nl.trede.sync.PushRequest;
import nl.trede.sync.RecordChange;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;

/**
 * The sync and accounts API as a device sees it, over real HTTP against a real database. Run once
 * per database by its subclasses, so SQLite and PostgreSQL are held to the same behaviour.
 */
abstract class SyncApiContract extends ApiContract {
  @Inject
  UserRepository users;

  private List<RecordChange> candidatesOf(Session session) {
    return api.pullAll(session).changes().stream().filter(c -> c.type() == RecordType.CANDIDATE).toList();
  }

  private UUID firstCandidate(Session session) {
    return candidatesOf(session).get(0).id();
  }

  private UUID anyEmployer(Session session) {
    return api.pullAll(session).changes().stream().filter(c -> c.type() == RecordType.EMPLOYER)
        .findFirst().orElseThrow().id();
  }

  private static Contact contact(UUID candidate, Session author) {
    return new Contact(Ids.newId(), candidate, null, author.user(), LocationType.HOME,
        Instant.now().minus(1, ChronoUnit.HOURS), 45, null, "Huisbezoek", "Volgende week bellen",
        LocalDate.now().plusDays(14), false, false, null);
  }

  @Inject
  io.micronaut.runtime.server.EmbeddedServer embedded;

  @Test
  void aPushedContactIsPulledByTheOtherCoachOfTheSameCaseload() {
    Session anna = api.login("coach1");
    Session bram = api.login("coach1b");
    UUID candidate = firstCandidate(anna);
    String bramsCursor = api.pullAll(bram).cursor();

    Contact visit = contact(candidate, anna);
    List<MutationResult> results = api.push(anna, ApiClient.create(RecordType.CONTACT, visit));

    assertThat(results).singleElement().isInstanceOf(MutationResult.Applied.class);
    PullPage page = api.pull(bram, bramsCursor, 100);
    assertThat(page.changes()).extracting(RecordChange::id).containsExactly(visit.id());
    assertThat(page.changes().get(0).data().get("agreements").asText()).isEqualTo("Volgende week bellen");
    assertThat(page.hasMore()).isFalse();
  }

  @Test
  void pushIsIdempotentWhenTheSameBatchArrivesTwice() {
    Session anna = api.login("coach1");
    UUID candidate = firstCandidate(anna);
    String cursor = api.pullAll(anna).cursor();
    Mutation contact = ApiClient.create(RecordType.CONTACT, contact(candidate, anna));
    Mutation step = ApiClient.create(RecordType.LADDER_STEP, new LadderStep(Ids.newId(), candidate, 2, 3,
        LocalDate.now(), "Doet mee aan de training Aan het werk", anna.user(), null));

    List<MutationResult> first = api.push(anna, contact, step);
    List<MutationResult> second = api.push(anna, contact, step);

    assertThat(second).isEqualTo(first);
    PullPage after = api.pull(anna, cursor, 100);
    assertThat(after.changes()).extracting(RecordChange::id)
        .containsExactly(contact.recordId(), step.recordId());
    assertThat(after.changes()).allSatisfy(c -> assertThat(c.version()).isEqualTo(1));
  }

  @Test
  void retriesOfOneBatchArrivingAtTheSameTimeApplyItOnce() throws Exception {
    Session anna = api.login("coach1");
    UUID candidate = firstCandidate(anna);
    String cursor = api.pullAll(anna).cursor();
    Mutation contact = ApiClient.create(RecordType.CONTACT, contact(candidate, anna));
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    List<java.util.concurrent.Future<List<MutationResult>>> answers = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      answers.add(pool.submit(() -> api.push(anna, contact)));
    }
    Set<MutationResult> distinct = new HashSet<>();
    for (var answer : answers) {
      distinct.addAll(answer.get());
    }
    pool.shutdown();

    assertThat(distinct).singleElement()
        .isEqualTo(new MutationResult.Applied(contact.id(), contact.recordId(), 1));
    assertThat(api.pull(anna, cursor, 100).changes()).extracting(RecordChange::id).containsExactly(contact.recordId());
  }

  @Test
  void aCoachNeverPullsAnotherCaseloadsCandidateNorAnotherMunicipality() {
    Set<UUID> annas = candidatesOf(api.login("coach1")).stream().map(RecordChange::id).collect(Collectors.toSet());
    Set<UUID> carlas = candidatesOf(api.login("coach2")).stream().map(RecordChange::id).collect(Collectors.toSet());
    PullPage dalfsen = api.pullAll(api.login("coach-dalfsen"));

    assertThat(annas).hasSize(12);
    assertThat(carlas).hasSize(12).doesNotContainAnyElementsOf(annas);
    Set<UUID> dalfsenIds = dalfsen.changes().stream().map(RecordChange::id).collect(Collectors.toSet());
    assertThat(dalfsenIds).isNotEmpty().doesNotContainAnyElementsOf(annas).doesNotContainAnyElementsOf(carlas);
    // Contacts, steps and hours travel only with their candidate's file.
    Set<UUID> annasFiles = new HashSet<>(annas);
    api.pullAll(api.login("coach1")).changes().stream()
        .filter(c -> c.type() == RecordType.CONTACT && c.data().hasNonNull("candidateId"))
        .forEach(c -> assertThat(annasFiles).contains(UUID.fromString(c.data().get("candidateId").asText())));
  }

  @Test
  void aCandidateJoiningACaseloadArrivesWithItsWholeHistoryAndIsPurgedWhenItLeaves() {
    Session anna = api.login("coach1");
    Session carla = api.login("coach2");
    Session fatima = api.login("casemanager1");
    RecordChange candidate = candidatesOf(anna).get(1);
    Set<UUID> history = api.pullAll(anna).changes().stream()
        .filter(c -> c.data() != null && candidate.id().toString().equals(c.data().path("candidateId").asText()))
        .map(RecordChange::id).collect(Collectors.toSet());
    String carlasCursor = api.pullAll(carla).cursor();
    com.fasterxml.jackson.databind.node.ArrayNode coaches = candidate.data().withArray("coachIds").deepCopy();
    coaches.add(carla.userId());

    api.push(fatima, ApiClient.update(RecordType.CANDIDATE, candidate.id(), candidate.version(),
        ApiClient.fields().set("coachIds", coaches)));
    List<RecordChange> received = new ArrayList<>();
    PullPage page;
    do {
      page = api.pull(carla, carlasCursor, 3);
      received.addAll(page.changes());
      carlasCursor = page.cursor();
    } while (page.hasMore());

    assertThat(history).hasSizeGreaterThan(3);
    assertThat(received).extracting(RecordChange::id).contains(candidate.id()).containsAll(history);

    com.fasterxml.jackson.databind.node.ArrayNode without = candidate.data().withArray("coachIds").deepCopy();
    long version = api.pullAll(fatima).changes().stream().filter(c -> c.id().equals(candidate.id()))
        .findFirst().orElseThrow().version();
    api.push(fatima, ApiClient.update(RecordType.CANDIDATE, candidate.id(), version,
        ApiClient.fields().set("coachIds", without)));
    PullPage afterRemoval = api.pull(carla, carlasCursor, 100);

    assertThat(afterRemoval.purgeCandidates()).containsExactly(candidate.id());
    assertThat(api.pull(carla, afterRemoval.cursor(), 100).purgeCandidates()).isEmpty();
    assertThat(candidatesOf(carla)).extracting(RecordChange::id).doesNotContain(candidate.id());
  }

  @Test
  void aJobhunterPullsEmployersAndVacanciesButNoCandidateFile() {
    PullPage page = api.pullAll(api.login("jobhunter1"));

    assertThat(page.changes()).extracting(RecordChange::type)
        .contains(RecordType.EMPLOYER, RecordType.VACANCY)
        .doesNotContain(RecordType.CANDIDATE, RecordType.LADDER_STEP, RecordType.COACHING_HOURS);
  }

  @Test
  void recordsOfAnotherCaseloadOrMunicipalityCannotBeWritten() {
    Session anna = api.login("coach1");
    Session ilse = api.login("coach-dalfsen");
    UUID carlasCandidate = firstCandidate(api.login("coach2"));
    UUID dalfsenCandidate = firstCandidate(ilse);

    List<MutationResult> results = api.push(anna,
        ApiClient.create(RecordType.CONTACT, contact(carlasCandidate, anna)),
        ApiClient.create(RecordType.CONTACT, contact(dalfsenCandidate, anna)));

    assertThat(results).allSatisfy(r -> assertThat(r).isInstanceOf(MutationResult.Rejected.class));
    // Another caseload's file reads exactly as another municipality's: as one that does not exist.
    for (int i = 0; i < 2; i++) {
      UUID candidate = i == 0 ? carlasCandidate : dalfsenCandidate;
      assertThat(((MutationResult.Rejected) results.get(i)).violations()).containsExactly(new nl.trede.domain.Violation(
          "candidateId", "unknown-reference", "candidate " + candidate + " does not exist"));
    }
    assertThat(api.pullAll(ilse).changes()).noneMatch(c -> c.type() == RecordType.CONTACT
        && c.data().get("authorId").asText().equals(anna.userId()));
  }

  @Test
  void editsOfDifferentFieldsMergeAndTheSameFieldBecomesAConflictKeepingBothValues() {
    Session eva = api.login("jobhunter1");
    Session anna = api.login("coach1");
    Employer employer = new Employer(Ids.newId(), "Kwekerij De Linge", "12345678", Sector.AGRICULTURE,
        "Lingedijk 4, Zetten", "Piet Aalbers", "0488-123456", null, false, false, null, null);
    api.push(eva, ApiClient.create(RecordType.EMPLOYER, employer));

    List<MutationResult> evas = api.push(eva, ApiClient.update(RecordType.EMPLOYER, employer.id(), 1,
        ApiClient.fields().put("contactPerson", "Sanne Aalbers").put("harrieTrained", true)));
    List<MutationResult> annas = api.push(anna, ApiClient.update(RecordType.EMPLOYER, employer.id(), 1,
        ApiClient.fields().put("contactPerson", "Joop Aalbers").put("contactPhone", "0488-654321")));

    assertThat(evas).singleElement().isInstanceOf(MutationResult.Applied.class);
    MutationResult.Conflicted conflicted = (MutationResult.Conflicted) annas.get(0);
    FieldConflict conflict = conflicted.conflicts().get(0);
    assertThat(conflict.field()).isEqualTo("contactPerson");
    assertThat(conflict.serverValue().asText()).isEqualTo("Sanne Aalbers");
    assertThat(conflict.deviceValue().asText()).isEqualTo("Joop Aalbers");
    RecordChange stored = api.pullAll(eva).changes().stream().filter(c -> c.id().equals(employer.id()))
        .findFirst().orElseThrow();
    assertThat(stored.data().get("contactPhone").asText()).isEqualTo("0488-654321");
    assertThat(stored.data().get("harrieTrained").asBoolean()).isTrue();
    assertThat(stored.data().get("contactPerson").asText()).isEqualTo("Sanne Aalbers");
    assertThat(stored.conflicts()).extracting(FieldConflict::id).containsExactly(conflict.id());

    Mutation resolve = new Mutation(Ids.newId(), RecordType.EMPLOYER, employer.id(), MutationKind.UPDATE,
        stored.version(), ApiClient.fields().put("contactPerson", "Joop Aalbers"), List.of(conflict.id()), Instant.now());
    assertThat(api.push(eva, resolve)).singleElement().isInstanceOf(MutationResult.Applied.class);
    RecordChange resolved = api.pullAll(anna).changes().stream().filter(c -> c.id().equals(employer.id()))
        .findFirst().orElseThrow();
    assertThat(resolved.data().get("contactPerson").asText()).isEqualTo("Joop Aalbers");
    assertThat(resolved.conflicts()).isEmpty();
  }

  @Test
  void aDeletedEmployerDoesNotComeBackFromAnOfflineEdit() {
    Session eva = api.login("jobhunter1");
    Employer employer = new Employer(Ids.newId(), "Tijdelijk Bedrijf", "87654321", Sector.RETAIL,
        null, null, null, null, false, false, null, null);
    api.push(eva, ApiClient.create(RecordType.EMPLOYER, employer));
    api.push(eva, new Mutation(Ids.newId(), RecordType.EMPLOYER, employer.id(), MutationKind.DELETE, 1, null,
        List.of(), Instant.now()));

    List<MutationResult> late = api.push(api.login("coach1"), ApiClient.update(RecordType.EMPLOYER, employer.id(), 1,
        ApiClient.fields().put("name", "Toch Nog")));

    assertThat(((MutationResult.Rejected) late.get(0)).violations()).extracting(v -> v.rule()).contains("deleted");
    RecordChange tombstone = api.pullAll(eva).changes().stream().filter(c -> c.id().equals(employer.id()))
        .findFirst().orElseThrow();
    assertThat(tombstone.deleted()).isTrue();
    assertThat(tombstone.data()).isNull();
  }

  @Test
  void pullPagesFollowTheChangeOrderAndResumeFromTheCursor() {
    Session fatima = api.login("casemanager1");
    List<UUID> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    PullPage page;
    do {
      page = api.pull(fatima, cursor, 50);
      page.changes().forEach(c -> seen.add(c.id()));
      cursor = page.cursor();
      pages++;
    } while (page.hasMore());

    List<UUID> inOnePage = api.pullAll(fatima).changes().stream().map(RecordChange::id).toList();
    assertThat(pages).isGreaterThan(5);
    assertThat(seen).doesNotHaveDuplicates().isEqualTo(inOnePage);
    assertThat(api.pull(fatima, cursor, 50).changes()).isEmpty();
  }

  @Test
  void brokenRulesAreRejectedNamingFieldAndRuleAndNothingIsWritten() {
    Session dirk = api.login("jobcoach1");
    UUID candidate = firstCandidate(dirk);
    UUID employer = anyEmployer(dirk);
    String cursor = api.pullAll(dirk).cursor();
    Mutation rungSeven = ApiClient.create(RecordType.LADDER_STEP, new LadderStep(Ids.newId(), candidate, 5, 7,
        LocalDate.now(), "Te hoog", dirk.user(), null));
    Mutation dayAndAHalf = ApiClient.create(RecordType.COACHING_HOURS, new CoachingHours(Ids.newId(), candidate,
        employer, LocalDate.now(), 150, CoachingActivity.ON_SITE_COACHING, CoachKind.MUNICIPAL, dirk.user(),
        null, null, null, null, null));
    Mutation future = ApiClient.create(RecordType.COACHING_HOURS, new CoachingHours(Ids.newId(), candidate,
        employer, LocalDate.now().plusYears(3), 4, CoachingActivity.PHONE, CoachKind.MUNICIPAL, dirk.user(),
        null, null, null, null, null));
    Mutation editContact = ApiClient.update(RecordType.CONTACT, Ids.newId(), 1, ApiClient.fields().put("summary", "x"));

    List<MutationResult> results = api.push(dirk, rungSeven, dayAndAHalf, future, editContact);

    assertThat(results).allSatisfy(r -> assertThat(r).isInstanceOf(MutationResult.Rejected.class));
    assertThat(((MutationResult.Rejected) results.get(0)).violations())
        .anySatisfy(v -> { assertThat(v.field()).isEqualTo("toRung"); assertThat(v.rule()).isEqualTo("range"); });
    assertThat(((MutationResult.Rejected) results.get(1)).violations())
        .anySatisfy(v -> { assertThat(v.field()).isEqualTo("quarterHours"); assertThat(v.rule()).isEqualTo("range"); });
    assertThat(((MutationResult.Rejected) results.get(2)).violations())
        .anySatisfy(v -> { assertThat(v.field()).isEqualTo("date"); assertThat(v.rule()).isEqualTo("not-in-future"); });
    assertThat(((MutationResult.Rejected) results.get(3)).violations())
        .anySatisfy(v -> assertThat(v.rule()).isEqualTo("append-only"));
    assertThat(api.pull(dirk, cursor, 100).changes()).isEmpty();
  }

  /**
   * Coaches sync over rural 4G and poor 3G: the app compresses its push and asks for a compressed
   * pull (docs/sync-protocol.md, "Compression"). Sent with the JDK's client, which neither
   * compresses nor inflates by itself, so what crosses the wire is what is checked.
   */
  @Test
  void aCompressedPushIsAppliedAndAPullIsAnsweredCompressedWhenAsked() throws Exception {
    Session eva = api.login("jobhunter1");
    Employer employer = new Employer(Ids.newId(), "Gezipt Hoveniersbedrijf", "12345679", Sector.AGRICULTURE,
        "Dorpsstraat 2, Elst", null, null, null, false, false, null, null);
    byte[] push = Json.MAPPER.writeValueAsBytes(new PushRequest(List.of(ApiClient.create(RecordType.EMPLOYER, employer))));
    java.net.http.HttpClient jdk = java.net.http.HttpClient.newHttpClient();

    java.net.http.HttpResponse<byte[]> pushed = jdk.send(java.net.http.HttpRequest.newBuilder(
            embedded.getURI().resolve("/api/sync/push"))
        .header("Authorization", "Bearer " + eva.token()).header(Protocol.VERSION_HEADER, "1")
        .header("Content-Type", "application/json").header("Content-Encoding", "gzip")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(gzip(push))).build(),
        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    java.net.http.HttpResponse<byte[]> pulled = jdk.send(java.net.http.HttpRequest.newBuilder(
            embedded.getURI().resolve("/api/sync/pull?limit=500"))
        .header("Authorization", "Bearer " + eva.token()).header(Protocol.VERSION_HEADER, "1")
        .header("Accept-Encoding", "gzip").GET().build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());

    assertThat(pushed.statusCode()).isEqualTo(200);
    assertThat(Json.MAPPER.readValue(pushed.body(), nl.trede.sync.PushResponse.class).results())
        .singleElement().isInstanceOf(MutationResult.Applied.class);
    assertThat(pulled.statusCode()).isEqualTo(200);
    assertThat(pulled.headers().firstValue("Content-Encoding")).hasValue("gzip");
    byte[] page = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(pulled.body())).readAllBytes();
    assertThat(pulled.body().length).as("compressed").isLessThan(page.length / 3);
    assertThat(Json.MAPPER.readValue(page, PullPage.class).changes()).extracting(RecordChange::id)
        .contains(employer.id());
  }

  static byte[] gzip(byte[] plain) throws java.io.IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (var zip = new java.util.zip.GZIPOutputStream(out)) {
      zip.write(plain);
    }
    return out.toByteArray();
  }

  @Test
  void badRequestsAreAnsweredWithProblemJsonAndTheServerStaysHealthy() {
    Session anna = api.login("coach1");
    List<Answer> answers = List.of(
        api.raw(HttpRequest.POST("/api/sync/push", "{\"mutations\": [").contentType(MediaType.APPLICATION_JSON), anna, true),
        api.raw(HttpRequest.POST("/api/sync/push", "{\"mutations\": [{\"id\": 42, \"type\": \"contact\"}]}")
            .contentType(MediaType.APPLICATION_JSON), anna, true),
        api.raw(HttpRequest.POST("/api/sync/push", "{\"mutations\": [{\"id\": \"" + Ids.newId()
            + "\", \"type\": \"salary\"}]}").contentType(MediaType.APPLICATION_JSON), anna, true),
        api.raw(HttpRequest.GET("/api/sync/pull"), anna, false),
        api.raw(HttpRequest.GET("/api/sync/pull?cursor=banana"), anna, true),
        api.raw(HttpRequest.GET("/api/sync/pull?limit=100000"), anna, true),
        api.raw(HttpRequest.GET("/api/sync/pull"), null, true),
        api.raw(HttpRequest.POST("/api/sync/push", tooManyMutations()).contentType(MediaType.APPLICATION_JSON), anna, true),
        api.raw(HttpRequest.POST("/api/sync/push", "{\"mutations\": [], \"padding\": \"" + "x".repeat(5_000_000) + "\"}")
            .contentType(MediaType.APPLICATION_JSON), anna, true),
        api.raw(HttpRequest.GET("/api/sync/nothing-here"), anna, true));

    assertThat(answers).allSatisfy(a -> {
      assertThat(a.status()).isBetween(400, 499);
      assertThat(a.contentType()).startsWith("application/problem+json");
      assertThat(a.body().get("errors")).isNotEmpty();
      assertThat(a.body().get("errors").get(0).get("field").asText()).isNotBlank();
    });
    assertThat(answers.get(1).body().get("errors").get(0).get("field").asText()).isEqualTo("mutations[0].id");
    assertThat(answers.get(2).body().get("errors").get(0).get("field").asText()).isEqualTo("mutations[0].type");
    assertThat(answers.get(3).body().get("type").asText()).endsWith("unsupported-protocol");
    assertThat(answers.get(4).body().get("errors").get(0).get("field").asText()).isEqualTo("cursor");
    assertThat(answers.get(5).body().get("errors").get(0).get("field").asText()).isEqualTo("limit");
    assertThat(answers.get(6).status()).isEqualTo(401);
    assertThat(answers.get(7).body().get("errors").get(0).get("rule").asText()).isEqualTo("max-size");
    assertThat(answers.get(8).status()).isEqualTo(413);
    assertThat(answers.get(9).status()).isEqualTo(404);
    assertThat(api.raw(HttpRequest.GET("/health"), null, false).status()).isEqualTo(200);
  }

  @Test
  void aDeactivatedUsersTokenIsRefusedAtOnceAndALoggedOutOneToo() {
    Session office = api.login("office1");
    Session gone = api.login("office1");
    assertThat(api.raw(HttpRequest.GET("/api/sync/pull?limit=1"), office, true).status()).isEqualTo(200);
    api.raw(HttpRequest.POST("/api/auth/logout", ""), gone, false);
    User user = users.findById(office.userId()).orElseThrow();
    try {
      users.update(user.withActive(false));
      assertThat(api.raw(HttpRequest.GET("/api/sync/pull?limit=1"), office, true).status()).isEqualTo(401);
    } finally {
      users.update(user);
    }
    assertThat(api.raw(HttpRequest.GET("/api/sync/pull?limit=1"), office, true).status()).isEqualTo(200);
    assertThat(api.raw(HttpRequest.GET("/api/sync/pull?limit=1"), gone, true).status()).isEqualTo(401);
  }

  @Test
  void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
    Answer unknownUser = api.raw(HttpRequest.POST("/api/auth/login", "{\"username\":\"nobody\",\"password\":\"x\",\"deviceId\":\""
        + Ids.newId() + "\"}").contentType(MediaType.APPLICATION_JSON), null, false);
    Answer wrongPassword = api.raw(HttpRequest.POST("/api/auth/login", "{\"username\":\"coach1\",\"password\":\"x\",\"deviceId\":\""
        + Ids.newId() + "\"}").contentType(MediaType.APPLICATION_JSON), null, false);

    assertThat(unknownUser.status()).isEqualTo(401);
    assertThat(wrongPassword.status()).isEqualTo(401);
    assertThat(unknownUser.body()).isEqualTo(wrongPassword.body());
  }

  @Test
  void theOpenApiDescriptionIsServed() {
    String yaml = httpClient.toBlocking().retrieve("/openapi/trede-1.yml");
    assertThat(yaml).contains("/api/sync/push").contains("/api/sync/pull").contains("/api/auth/login");
  }

  private static String tooManyMutations() {
    List<Mutation> mutations = new ArrayList<>();
    for (int i = 0; i <= Protocol.MAX_MUTATIONS_PER_PUSH; i++) {
      mutations.add(new Mutation(Ids.newId(), RecordType.EMPLOYER, Ids.newId(), MutationKind.DELETE, 1, null,
          List.of(), Instant.now()));
    }
    try {
      return Json.MAPPER.writeValueAsString(new PushRequest(mutations));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

}
