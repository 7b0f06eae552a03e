package nl.trede.server.office.visits;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.HistoryEntry;
import nl.trede.domain.Violations;
import nl.trede.domain.coaching.CoachingHours;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.employer.EmployerContact;
import nl.trede.domain.ladder.LadderStep;
import nl.trede.domain.placement.DisplacementCheck;
import nl.trede.domain.placement.Jobcoaching;
import nl.trede.domain.placement.Placement;
import nl.trede.domain.placement.PlacementEvaluation;
import nl.trede.server.office.DisplayNames;
import nl.trede.server.office.view.DisplayFormat;
import nl.trede.server.office.view.OfficeText;
import nl.trede.server.sync.StoredJson;
import nl.trede.sync.RecordType;

/** Turns stored contacts, ladder steps, coaching hours and placements into lines the office can read. */
@Singleton
public class VisitEntries {
  private final OfficeText text;
  private final Clock clock;

  public VisitEntries(OfficeText text, Clock clock) {
    this.text = text;
    this.clock = clock;
  }

  /**
   * Names and flags an entry is shown with.
   *
   * @param users the municipality's users by id
   * @param names candidate and employer names by id
   * @param superseded a later entry corrects it, or it is a version of a withdrawn entry
   * @param withdrawn it is a version of an entry that was withdrawn (decision 0050)
   * @param afterHandover it arrived after its author had left the file's caseload
   */
  public record Shown(Map<String, DisplayNames.Person> users, Map<String, DisplayNames.Named> names,
      boolean superseded, boolean withdrawn, boolean afterHandover, Instant syncedAt) {}

  /** A stored record of one of the visit log's kinds, as the line it is shown as. */
  public VisitEntry entry(RecordType type, String data, Shown shown) {
    DomainRecord record = StoredJson.record(type, data);
    return switch (type) {
      case CONTACT -> contact((Contact) record, shown);
      case LADDER_STEP -> step((LadderStep) record, shown);
      case COACHING_HOURS -> hours((CoachingHours) record, shown);
      case PLACEMENT -> placement((Placement) record, shown);
      case EMPLOYER_CONTACT -> employerContact((EmployerContact) record, shown);
      case CANDIDATE, EMPLOYER, VACANCY, CONFIGURATION, REFERRAL, OBLIGATION_MEASURE, GROUP_SESSION, SESSION_ATTENDANCE,
          ASSESSMENT, BROAD_INTAKE ->
          throw new IllegalArgumentException("not a visit log kind: " + type.wireName());
    };
  }

  private ContactEntry contact(Contact c, Shown shown) {
    String what = c.noShow() ? text.get("visits.what.no-show")
        : text.get("visits.what.contact", c.durationMinutes());
    return new ContactEntry(history(c, c.employerId(), what, c.summary(), shown), c,
        DisplayFormat.INSTANCE.time(c.occurredAt()), text.label("location", c.location()),
        c.signals().stream().map(s -> text.label("signal", s)).toList());
  }

  /** A contact with an employer: whom they spoke to, whether it led to a vacancy, and the follow-up. */
  private EmployerContactEntry employerContact(EmployerContact c, Shown shown) {
    // How (visit, call) stands in the location column; what says with whom and what follows.
    String how = text.label("employerContact.kind", c.kind());
    List<String> what = new ArrayList<>();
    if (c.spokeWith() != null) {
      what.add(text.get("employerContact.spokeWith", c.spokeWith()));
    }
    if (c.vacancyId() != null) {
      what.add(text.get("employerContact.ledToVacancy"));
    }
    if (c.followUpDate() != null) {
      what.add(text.get("employerContact.followUp", DisplayFormat.INSTANCE.date(c.followUpDate())));
    }
    return new EmployerContactEntry(history(c, c.employerId(), what.isEmpty() ? how : String.join(" · ", what),
        c.summary(), shown), c, how);
  }

  private LadderStepEntry step(LadderStep s, Shown shown) {
    String what = s.fromRung() == null
        ? text.get("visits.what.intake", s.toRung(), text.get("rung." + s.toRung()))
        : text.get("visits.what.step", s.fromRung(), s.toRung(), text.get("rung." + s.toRung()));
    return new LadderStepEntry(history(s, null, what, s.reason(), shown), s);
  }

  private CoachingHoursEntry hours(CoachingHours h, Shown shown) {
    String what = text.get("visits.what.hours", DisplayFormat.INSTANCE.number(h.hours(), 2),
        text.label("coaching.activity", h.activity()), text.label("coaching.kind", h.coachKind()));
    String note = h.note();
    if (h.confirmedBy() != null) {
      String confirmed = text.get("visits.confirmed-by", h.confirmedBy());
      note = note == null || note.isBlank() ? confirmed : note + "\n" + confirmed;
    }
    return new CoachingHoursEntry(history(h, h.employerId(), what, note, shown), h);
  }

  /** What a contact, step and hours entry share: recorded once, in a file, corrected by a later entry. */
  private VisitEntry.Common history(HistoryEntry e, UUID employerId, String what, String note, Shown shown) {
    return new VisitEntry.Common(e.id().toString(), e.eventDate(), id(e.candidateId()),
        name(shown.names(), e.candidateId()), id(employerId), name(shown.names(), employerId),
        user(shown.users(), e.author()), what, note, shown.superseded(), shown.withdrawn(), e.correctsId() != null,
        e.withdrawn(), shown.afterHandover(), DisplayFormat.madeAt(e.id()).orElse(null), shown.syncedAt());
  }

  /** A placement on the timeline at its start, with its jobcoaching and whether that runs past its planned end. */
  private PlacementEntry placement(Placement p, Shown shown) {
    StringBuilder what = new StringBuilder(text.label("placement.kind", p.kind()));
    String where = p.employerId() != null ? name(shown.names(), p.employerId()) : p.organisation();
    if (where != null) {
      what.append(text.get("visits.placement.at", where));
    }
    if (p.endDate() != null) {
      what.append(text.get("visits.placement.ended", DisplayFormat.INSTANCE.date(p.endDate()),
          text.label("placement.end", p.endReason())));
    } else if (p.plannedEndDate() != null) {
      what.append(text.get("visits.placement.until", DisplayFormat.INSTANCE.date(p.plannedEndDate())));
    }
    PlacementEvaluation evaluation = p.evaluation();
    if (evaluation != null && evaluation.outcome() != null) {
      // 003 §1B: how it worked, for the candidate and the professional, beside how it ended.
      what.append(evaluation.rated() ? text.get("visits.placement.evaluated", text.label("evaluation.outcome",
          evaluation.outcome()), evaluation.clientExperience(), evaluation.professionalExperience())
          : text.get("visits.placement.evaluated-unrated", text.label("evaluation.outcome", evaluation.outcome())));
    }
    DisplacementCheck check = p.displacementCheck();
    if (check != null) {
      // 001 §2.1.3: placed only where it displaces nobody; what was established is in the note.
      what.append(text.get("visits.placement.displacement", DisplayFormat.INSTANCE.date(check.checkedOn()),
          user(shown.users(), check.checkedBy())));
    }
    Jobcoaching coaching = p.jobcoaching();
    if (coaching != null && coaching.coachKind() != null) {
      what.append(text.get("visits.placement.coaching", text.label("coaching.kind", coaching.coachKind()),
          DisplayFormat.INSTANCE.date(coaching.plannedEndDate())));
      if (p.coachingOverrun(LocalDate.now(clock.withZone(Violations.ZONE)))) {
        what.append(text.get("visits.placement.overrun"));
      }
    }
    String note = Stream.of(p.role(), p.goal(), check == null ? null : check.finding(),
            coaching == null ? null : coaching.reason(), evaluation == null ? null : evaluation.note())
        .filter(x -> x != null && !x.isBlank()).collect(Collectors.joining("\n"));
    return new PlacementEntry(new VisitEntry.Common(p.id().toString(), p.startDate(), id(p.candidateId()),
        name(shown.names(), p.candidateId()), id(p.employerId()), name(shown.names(), p.employerId()),
        user(shown.users(), p.createdBy()), what.toString(), note.isEmpty() ? null : note, false, false, false, false,
        false,
        DisplayFormat.madeAt(p.id()).orElse(null), shown.syncedAt()), p);
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
