package nl.trede.client.support;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.trede.client.store.LocalStore;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.Ids;
import nl.trede.domain.Json;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.Plan;
import nl.trede.domain.coaching.CoachKind;
import nl.trede.domain.coaching.CoachingActivity;
import nl.trede.domain.coaching.CoachingHours;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.contact.LocationType;
import nl.trede.domain.employer.Employer;
import nl.trede.domain.employer.Sector;
import nl.trede.domain.ladder.LadderStep;
import nl.trede.sync.PullPage;
import nl.trede.sync.RecordChange;
import nl.trede.sync.RecordType;

/** Test data and a fast-opening store; one place for every client test. */
public final class Fixtures {
  /** A fixed working morning, so validation ("not in the future") is deterministic. */
  public static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
  public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  public static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
  public static final UUID COACH = UUID.fromString("00000000-0000-0000-0000-00000000c0a1");
  public static final String PASSWORD = "geheim-wachtwoord";
  /** Tests need the real cipher, not the real work factor. */
  public static final int FAST_ITERATIONS = 1_000;

  private Fixtures() {}

  public static LocalStore openStore(Path dir) {
    return LocalStore.open(dir.resolve("trede.db"), PASSWORD.toCharArray(), CLOCK, FAST_ITERATIONS);
  }

  public static Candidate candidate(String given, String family) {
    return new Candidate(Ids.newId(), given, family, LocalDate.of(1990, 5, 1), "06-12345678",
        "Dorpsstraat 1, Elst", null, List.of(COACH), LocalDate.of(2024, 1, 1), Set.of(),
        Map.of("spoor", "groei"), null, List.of(), List.of(),
        new Plan("Vrijwilligerswerk", "Wekelijks contact", 12, 14, "Integrale aanpak"), null, null, null, null, null);
  }

  public static Employer employer(String name) {
    return new Employer(Ids.newId(), name, "12345678", Sector.RETAIL, "Markt 1, Elst", "Jan",
        "0481-123456", null, true, false);
  }

  public static Contact contact(UUID candidateId, Instant at, String summary) {
    return new Contact(Ids.newId(), candidateId, null, COACH, LocationType.HOME, at, 45, null,
        summary, "Volgende week bellen", TODAY.plusDays(14), false, false, null);
  }

  public static LadderStep step(UUID candidateId, Integer from, int to, LocalDate date) {
    return new LadderStep(Ids.newId(), candidateId, from, to, date, "Reden", COACH, null);
  }

  public static CoachingHours hours(UUID candidateId, UUID employerId, int quarters) {
    return new CoachingHours(Ids.newId(), candidateId, employerId, TODAY, quarters,
        CoachingActivity.ON_SITE_COACHING, CoachKind.MUNICIPAL, COACH, null, null, null, null, null);
  }

  public static RecordChange change(RecordType type, DomainRecord record, long version) {
    ObjectNode data = Json.MAPPER.valueToTree(record);
    return new RecordChange(type, record.id(), version, false, data, List.of());
  }

  public static RecordChange tombstone(RecordType type, UUID id, long version) {
    return new RecordChange(type, id, version, true, null, List.of());
  }

  public static PullPage page(String cursor, RecordChange... changes) {
    return new PullPage(List.of(changes), cursor, false, List.of());
  }
}
