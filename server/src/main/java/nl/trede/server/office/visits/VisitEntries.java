package nl.trede.server.office.visits;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.trede.domain.Json;
import nl.trede.domain.coaching.CoachingHours;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.ladder.LadderStep;
import nl.trede.domain.placement.Jobcoaching;
import nl.trede.domain.placement.Placement;
import nl.trede.server.office.DisplayNames;
import nl.trede.server.office.web.Fmt;
import nl.trede.server.office.web.OfficeText;

/** Turns stored contacts, ladder steps, coaching hours and placements into lines the office can read. */
@Singleton
public class VisitEntries {
  private final OfficeText text;

  public VisitEntries(OfficeText text) {
    this.text = text;
  }

  /**
   * @param users the municipality's users by id
   * @param names candidate and employer names by id
   */
  public VisitEntry entry(String kind, String data, boolean superseded, boolean afterHandover,
      java.time.Instant syncedAt, Map<String, DisplayNames.Person> users, Map<String, DisplayNames.Named> names) {
    try {
      return switch (kind) {
        case "contact" -> contact(Json.MAPPER.readValue(data, Contact.class), superseded, afterHandover, syncedAt,
            users, names);
        case "ladder-step" -> step(Json.MAPPER.readValue(data, LadderStep.class), superseded, afterHandover,
            syncedAt, users, names);
        case "coaching-hours" -> hours(Json.MAPPER.readValue(data, CoachingHours.class), superseded, afterHandover,
            syncedAt, users, names);
        case "placement" -> placement(Json.MAPPER.readValue(data, Placement.class), syncedAt, users, names);
        default -> throw new IllegalArgumentException("not a visit log kind: " + kind);
      };
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored " + kind + " does not parse", e);
    }
  }

  private VisitEntry contact(Contact c, boolean superseded, boolean afterHandover, java.time.Instant syncedAt,
      Map<String, DisplayNames.Person> users, Map<String, DisplayNames.Named> names) {
    LocalDate date = c.occurredAt().atZone(Fmt.ZONE).toLocalDate();
    String what = c.noShow() ? text.get("visits.what.no-show")
        : text.get("visits.what.contact", c.durationMinutes());
    return new VisitEntry(c.id().toString(), "contact", date, Fmt.INSTANCE.time(c.occurredAt()),
        id(c.candidateId()), name(names, c.candidateId()), id(c.employerId()), name(names, c.employerId()),
        user(users, c.authorId()), c.location().name(), text.label("location", c.location()),
        c.noShow(), c.aftercare(), superseded, c.correctsId() != null, afterHandover, what, c.summary(),
        c.agreements(), c.nextContactDate(), c.durationMinutes(), null, null, null,
        Fmt.madeAt(c.id()).orElse(null), syncedAt);
  }

  private VisitEntry step(LadderStep s, boolean superseded, boolean afterHandover, java.time.Instant syncedAt,
      Map<String, DisplayNames.Person> users, Map<String, DisplayNames.Named> names) {
    String what = s.fromRung() == null
        ? text.get("visits.what.intake", s.toRung(), text.get("rung." + s.toRung()))
        : text.get("visits.what.step", s.fromRung(), s.toRung(), text.get("rung." + s.toRung()));
    return new VisitEntry(s.id().toString(), "ladder-step", s.date(), null, id(s.candidateId()),
        name(names, s.candidateId()), null, null, user(users, s.authorId()), null, "", false, false,
        superseded, s.correctsId() != null, afterHandover, what, s.reason(), null, null, null, null, s.fromRung(),
        s.toRung(), Fmt.madeAt(s.id()).orElse(null), syncedAt);
  }

  private VisitEntry hours(CoachingHours h, boolean superseded, boolean afterHandover, java.time.Instant syncedAt,
      Map<String, DisplayNames.Person> users, Map<String, DisplayNames.Named> names) {
    String what = text.get("visits.what.hours", Fmt.INSTANCE.number(h.hours(), 2),
        text.label("coaching.activity", h.activity()), text.label("coaching.kind", h.coachKind()));
    String note = h.note();
    if (h.confirmedBy() != null) {
      String confirmed = text.get("visits.confirmed-by", h.confirmedBy());
      note = note == null || note.isBlank() ? confirmed : note + "\n" + confirmed;
    }
    return new VisitEntry(h.id().toString(), "coaching-hours", h.date(), null, id(h.candidateId()),
        name(names, h.candidateId()), id(h.employerId()), name(names, h.employerId()),
        user(users, h.authorId()), null, "", false, false, superseded, h.correctsId() != null, afterHandover, what,
        note, null, null, null, h.hours(), null, null, Fmt.madeAt(h.id()).orElse(null), syncedAt);
  }

  /** A placement on the timeline at its start, with its jobcoaching and whether that runs past its planned end. */
  private VisitEntry placement(Placement p, java.time.Instant syncedAt, Map<String, DisplayNames.Person> users,
      Map<String, DisplayNames.Named> names) {
    StringBuilder what = new StringBuilder(text.label("placement.kind", p.kind()));
    String where = p.employerId() != null ? name(names, p.employerId()) : p.organisation();
    if (where != null) {
      what.append(text.get("visits.placement.at", where));
    }
    if (p.endDate() != null) {
      what.append(text.get("visits.placement.ended", Fmt.INSTANCE.date(p.endDate()),
          text.label("placement.end", p.endReason())));
    } else if (p.plannedEndDate() != null) {
      what.append(text.get("visits.placement.until", Fmt.INSTANCE.date(p.plannedEndDate())));
    }
    Jobcoaching coaching = p.jobcoaching();
    if (coaching != null && coaching.coachKind() != null) {
      what.append(text.get("visits.placement.coaching", text.label("coaching.kind", coaching.coachKind()),
          Fmt.INSTANCE.date(coaching.plannedEndDate())));
      if (p.coachingOverrun(LocalDate.now(Fmt.ZONE))) {
        what.append(text.get("visits.placement.overrun"));
      }
    }
    String note = java.util.stream.Stream.of(p.role(), p.goal(), coaching == null ? null : coaching.reason())
        .filter(x -> x != null && !x.isBlank()).collect(java.util.stream.Collectors.joining("\n"));
    return new VisitEntry(p.id().toString(), "placement", p.startDate(), null, id(p.candidateId()),
        name(names, p.candidateId()), id(p.employerId()), p.employerId() == null ? null : name(names, p.employerId()),
        user(users, p.createdBy()), null, "", false, false, false, false, false, what.toString(),
        note.isEmpty() ? null : note,
        null, null, null, p.hoursPerWeek(), null, null, Fmt.madeAt(p.id()).orElse(null), syncedAt);
  }

  private static String id(UUID id) {
    return id == null ? null : id.toString();
  }

  private String name(Map<String, DisplayNames.Named> names, UUID id) {
    if (id == null) {
      return null;
    }
    DisplayNames.Named named = names.get(id.toString());
    if (named == null) {
      return text.get("visits.unknown");
    }
    return named.deleted() ? text.get("visits.deleted-name", named.name()) : named.name();
  }

  private String user(Map<String, DisplayNames.Person> users, UUID id) {
    DisplayNames.Person person = id == null ? null : users.get(id.toString());
    return person == null ? text.get("visits.unknown") : person.displayName();
  }
}
