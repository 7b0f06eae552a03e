package nl.trede.domain.session;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.Violation;
import nl.trede.domain.Violations;

/**
 * A group session or event (DOMAIN "Group sessions and events"): a training, workshop, information
 * meeting or market on one day, of a kind the municipality configures ({@code SessionKind}).
 *
 * <p><b>No personal data of candidates.</b> The session is in no candidate's file, so every device
 * of the municipality receives it, as it does employers. Who was invited and who came is recorded
 * in each candidate's own file ({@link SessionAttendance}), where only those who reach the file see
 * it. The title and note say what the session is, never who takes part.
 *
 * <p>The numbers of the day are kept on the session itself, because a market is counted without
 * names: Wijchen's had "ruim 400 mensen", of whom organisations expected "daadwerkelijk een nieuwe
 * vrijwilliger" from 115 (004 Bijlage 2). They can be given only once the day has come.
 *
 * @param kind the key of a session kind of the municipality's configuration
 * @param organisedBy who planned it in Trede: set once by the pushing user
 * @param organiser the organisation that holds it, when not the municipality (e.g. "MeerVoormekaar"); optional
 * @param visitors how many came in all, counted on the day; optional
 * @param interested of those, how many showed real interest (the market's "belangstelling … voor
 *     concrete vacatures"); optional, at most {@code visitors}
 * @param cancelled the session did not take place; it stays, so invitations keep their meaning
 */
public record GroupSession(
    UUID id,
    String kind,
    String title,
    LocalDate date,
    LocalTime startTime,
    String place,
    String organiser,
    UUID organisedBy,
    Integer visitors,
    Integer interested,
    String note,
    @JsonSetter(nulls = Nulls.AS_EMPTY) boolean cancelled)
    implements DomainRecord {

  public static final int MAX_TEXT = 200;
  public static final int MAX_NOTE = 2000;
  /** How far back a session may be recorded and how far ahead planned (ours: the seeds name none). */
  static final int YEARS_BACK = 5;
  static final int YEARS_AHEAD = 2;
  /** A bound on a headcount (ours); Wijchen's market, the largest event in the seeds, had some 400. */
  static final int MAX_COUNT = 100_000;

  @Override
  public UUID fileCandidateId() {
    return null;
  }

  @Override
  public UUID author() {
    return organisedBy;
  }

  /** The day has come: presence and the numbers of the day can be recorded. */
  public boolean hasTakenPlace(LocalDate today) {
    return date != null && !date.isAfter(today) && !cancelled;
  }

  @Override
  public List<Violation> validate(Clock clock) {
    Violations v = new Violations(clock);
    v.required("id", id);
    v.required("kind", kind);
    v.required("organisedBy", organisedBy);
    if (v.required("title", title)) {
      v.maxLength("title", title, MAX_TEXT);
    }
    if (v.required("date", date)) {
      v.withinYears("date", date, YEARS_BACK, YEARS_AHEAD);
    }
    v.maxLength("place", place, MAX_TEXT);
    v.maxLength("organiser", organiser, MAX_TEXT);
    v.maxLength("note", note, MAX_NOTE);
    v.range("visitors", visitors, 0, MAX_COUNT);
    v.range("interested", interested, 0, MAX_COUNT);
    if (visitors != null && interested != null && interested > visitors) {
      v.add("interested", "at-most-visitors", "interested cannot be more than the visitors counted");
    }
    if ((visitors != null || interested != null) && date != null
        && (cancelled || date.isAfter(v.today().plusDays(1)))) {
      v.add(visitors != null ? "visitors" : "interested", "not-yet-held",
          "the numbers of the day are counted once a session has taken place");
    }
    return v.toList();
  }
}
