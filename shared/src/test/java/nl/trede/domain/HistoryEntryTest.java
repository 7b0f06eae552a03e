package nl.trede.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.trede.domain.coaching.CoachKind;
import nl.trede.domain.coaching.CoachingActivity;
import nl.trede.domain.coaching.CoachingHours;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.contact.LocationType;
import nl.trede.domain.ladder.LadderStep;
import org.junit.jupiter.api.Test;

/** When a history entry happened is asked of the entry, in Dutch time, and is no part of its JSON. */
class HistoryEntryTest {
  private static final UUID CANDIDATE = UUID.randomUUID();
  private static final UUID AUTHOR = UUID.randomUUID();

  @Test
  void aContactHappenedAtItsMomentOnItsDutchDay() {
    // 23:30 UTC on 31 March is 01:30 on 1 April in the Netherlands (summer time).
    Instant late = Instant.parse("2026-03-31T23:30:00Z");
    HistoryEntry contact = new Contact(UUID.randomUUID(), CANDIDATE, null, AUTHOR, LocationType.PHONE, late, 10, null,
        "Gebeld", null, null, false, false, null);

    assertThat(contact.eventTime()).contains(late);
    assertThat(contact.eventDate()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(contact.eventAt()).isEqualTo(late);
  }

  @Test
  void stepsAndHoursHappenedOnTheirDayWhichStartsAtDutchMidnight() {
    LocalDate summerTimeBegins = LocalDate.of(2026, 3, 29);
    HistoryEntry step = new LadderStep(UUID.randomUUID(), CANDIDATE, 2, 3, summerTimeBegins, "Stap", AUTHOR, null);
    HistoryEntry hours = new CoachingHours(UUID.randomUUID(), CANDIDATE, UUID.randomUUID(), summerTimeBegins,
        8, CoachingActivity.ON_SITE_COACHING, CoachKind.MUNICIPAL, AUTHOR, null, null, null, null,
        null);

    for (HistoryEntry entry : new HistoryEntry[] {step, hours}) {
      assertThat(entry.eventTime()).isEmpty();
      assertThat(entry.eventDate()).isEqualTo(summerTimeBegins);
      assertThat(entry.eventAt()).isEqualTo(Instant.parse("2026-03-28T23:00:00Z"));
    }
  }

  @Test
  void whenItHappenedIsNotWrittenIntoTheRecordsJson() {
    JsonNode json = Json.MAPPER.valueToTree(new LadderStep(UUID.randomUUID(), CANDIDATE, 2, 3, LocalDate.of(2026, 5, 4),
        "Stap", AUTHOR, null));

    assertThat(json.has("eventDate")).isFalse();
    assertThat(json.has("eventTime")).isFalse();
    assertThat(json.has("eventAt")).isFalse();
  }
}
