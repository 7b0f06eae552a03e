package nl.trede.client.ui.candidate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.trede.client.store.StoredRecord;
import nl.trede.client.store.SyncState;
import nl.trede.client.ui.kit.Messages;
import nl.trede.client.ui.kit.ReferralTargets;
import nl.trede.domain.Corrections;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.Violations;
import nl.trede.config.MunicipalityConfig;
import nl.trede.domain.assessment.Assessment;
import nl.trede.domain.broadintake.BroadIntake;
import nl.trede.domain.coaching.CoachingHours;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.ladder.LadderStep;
import nl.trede.domain.obligation.ObligationKind;
import nl.trede.domain.obligation.ObligationMeasure;
import nl.trede.domain.referral.Referral;
import nl.trede.sync.RecordType;

/**
 * How each entry of a candidate's history reads on the timeline: a contact with where and how
 * long, a ladder step with its rungs, coaching hours with the employer, a referral with where to
 * and how it stands, a measurement with its result, a brede uitvraag with what needs attention; a
 * correction names what it replaces.
 */
final class TimelineItems {
  private final Messages messages;
  private final Map<UUID, DomainRecord> records;
  private final Map<UUID, String> employers;
  private final ReferralTargets targets;
  private final AssessmentTexts assessments;
  private final BroadIntakeTexts intakes;

  TimelineItems(Messages messages, Map<UUID, DomainRecord> records, Map<UUID, String> employers,
      ReferralTargets targets, MunicipalityConfig config) {
    this.messages = messages;
    this.records = records;
    this.employers = employers;
    this.targets = targets;
    this.assessments = new AssessmentTexts(messages, records, employers);
    this.intakes = new BroadIntakeTexts(messages, records, config);
  }

  /**
   * Newest first. History entries come ordered by when they happened; a referral sits at the last
   * day something happened to it (sent, answered, signed off), so a sign-off shows at the top.
   * Placements and invitations to sessions are not on the timeline: they have their own cards.
   */
  List<CandidatePresenter.Item> timeline(List<StoredRecord> history, Corrections.Verdict corrections) {
    record Dated(Instant at, CandidatePresenter.Item item) {}
    List<Dated> dated = new ArrayList<>();
    for (StoredRecord r : history) {
      if (r.type() == RecordType.PLACEMENT || r.type() == RecordType.SESSION_ATTENDANCE) {
        continue;
      }
      DomainRecord record = records.get(r.id());
      Instant at = record instanceof Referral referral ? lastDay(referral) : r.eventAt();
      dated.add(new Dated(at == null ? Instant.EPOCH : at, item(r, record, corrections)));
    }
    dated.sort(Comparator.comparing(Dated::at).reversed());
    return dated.stream().map(Dated::item).toList();
  }

  private static Instant lastDay(Referral r) {
    LocalDate last = Stream.of(r.sentOn(), r.answeredOn(), r.signedOffOn()).filter(Objects::nonNull)
        .max(Comparator.naturalOrder()).orElse(LocalDate.EPOCH);
    // The end of that day: a referral answered today sorts above a contact of this morning.
    return last.plusDays(1).atStartOfDay(Violations.ZONE).toInstant().minusMillis(1);
  }

  /** The file's referrals as cards: open ones first, then by the day they were sent, newest first. */
  List<CandidatePresenter.ReferralCard> referrals(List<StoredRecord> history) {
    return history.stream().filter(r -> r.type() == RecordType.REFERRAL)
        .map(r -> (Referral) records.get(r.id()))
        .sorted(Comparator.comparing(Referral::isOpen).reversed().thenComparing(Referral::sentOn,
            Comparator.reverseOrder()))
        .map(r -> new CandidatePresenter.ReferralCard(r.id(), messages.get("referral.card", targets.label(r.target()),
            messages.date(r.sentOn())), messages.get("referral.goalText", r.goal()), status(r), r.isOpen()))
        .toList();
  }

  /**
   * One card. Out of force by the one rule of corrections: struck through, and not correctable. A
   * withdrawal (decision 0050) is the act of taking an entry back, so it is not struck itself: it
   * names what it withdrew, which is struck and says "Ingetrokken".
   */
  CandidatePresenter.Item item(StoredRecord row, DomainRecord record, Corrections.Verdict corrections) {
    List<String> details = new ArrayList<>();
    String when;
    String title;
    UUID corrects = null;
    switch (row.type()) {
      case CONTACT -> {
        Contact c = (Contact) record;
        when = messages.dateTime(c.occurredAt());
        String where = messages.label(c.location());
        title = c.noShow() ? messages.get("timeline.contact.noShow", where)
            : messages.get("timeline.contact", where, c.durationMinutes());
        details.addAll(contact(c));
        corrects = c.correctsId();
      }
      case LADDER_STEP -> {
        LadderStep s = (LadderStep) record;
        when = messages.date(s.date());
        title = s.fromRung() == null ? messages.get("timeline.step.intake", s.toRung())
            : messages.get("timeline.step", s.fromRung(), s.toRung());
        details.add(messages.rungName(s.toRung()));
        addIfPresent(details, s.reason());
        corrects = s.correctsId();
      }
      case COACHING_HOURS -> {
        CoachingHours h = (CoachingHours) record;
        when = messages.date(h.date());
        title = messages.get("timeline.hours", messages.hours(h.quarterHours()),
            employers.getOrDefault(h.employerId(), messages.get("common.unknown")));
        details.add(messages.label(h.activity()) + " · " + messages.label(h.coachKind()));
        if (h.confirmedBy() != null) {
          details.add(messages.get("timeline.confirmed", h.confirmedBy(), messages.dateTime(h.confirmedAt())));
        }
        addIfPresent(details, h.note());
        corrects = h.correctsId();
      }
      case OBLIGATION_MEASURE -> {
        // Read-only here: the case manager records a maatregel or tegenprestatie in the console.
        ObligationMeasure m = (ObligationMeasure) record;
        when = messages.date(m.decidedOn());
        title = messages.get("obligation.kind." + m.kind().name());
        details.addAll(obligation(m));
        corrects = m.correctsId();
      }
      case ASSESSMENT -> {
        Assessment a = (Assessment) record;
        when = messages.date(a.date());
        title = assessments.title(a, corrections);
        details.addAll(assessments.details(a));
        corrects = a.correctsId();
      }
      case BROAD_INTAKE -> {
        BroadIntake b = (BroadIntake) record;
        when = messages.date(b.date());
        title = messages.get("timeline.broadIntake");
        details.addAll(intakes.details(b));
        corrects = b.correctsId();
      }
      case REFERRAL -> {
        Referral r = (Referral) record;
        when = messages.date(r.sentOn());
        title = messages.get("timeline.referral", targets.label(r.target()));
        details.add(messages.get("referral.goalText", r.goal()));
        details.add(status(r));
      }
      default -> {
        when = "";
        title = row.type().wireName();
      }
    }
    return card(row, record, corrections, when, title, details, corrects);
  }

  /** The card of an entry read: what it corrects, whether it is struck or withdrawn, what it asks. */
  private CandidatePresenter.Item card(StoredRecord row, DomainRecord record, Corrections.Verdict corrections,
      String when, String title, List<String> details, UUID corrects) {
    boolean outOfForce = corrections.notInForce().contains(row.id());
    boolean withdrawal = record != null && record.withdrawn();
    boolean withdrawn = corrections.withdrawn(row.id()) && !withdrawal;
    if (corrects != null) {
      details.add(0, correctionOf(record, records.get(corrects), withdrawal));
    }
    boolean struck = outOfForce && !withdrawal;
    if (withdrawn) {
      details.add(messages.get("timeline.withdrawn"));
    } else if (struck) {
      details.add(messages.get("timeline.corrected"));
    }
    boolean correctable = !outOfForce && row.type().appendOnly() && row.type() != RecordType.OBLIGATION_MEASURE;
    return new CandidatePresenter.Item(row.id(), row.type(), when, title, details, state(row), row.syncState(),
        struck, withdrawn, correctable, prompt(record, corrections));
  }

  /** What an entry asks of the coach: a taalmeter's follow-up, the UWV after a brede uitvraag; else null. */
  private String prompt(DomainRecord record, Corrections.Verdict corrections) {
    if (record instanceof Assessment a) {
      return assessments.prompt(a, corrections);
    }
    return record instanceof BroadIntake b ? intakes.prompt(b) : null;
  }

  /** "Correctie van 3-3-2026", "Intrekking van …"; a confirmation given later (a week at once) says so. */
  private String correctionOf(DomainRecord record, DomainRecord original, boolean withdrawal) {
    boolean confirms = record instanceof CoachingHours h && original instanceof CoachingHours o && h.onlyConfirms(o);
    String of = withdrawal ? "timeline.withdrawalOf" : confirms ? "hours.week.confirmationOf" : "timeline.correctionOf";
    return original == null ? messages.get(withdrawal ? "timeline.withdrawal" : "timeline.correction")
        : messages.get(of, whenOf(original));
  }

  /** What it signals from the workplace (decision 0068), what was said and agreed, and the next contact. */
  private List<String> contact(Contact c) {
    List<String> details = new ArrayList<>();
    if (!c.signals().isEmpty()) {
      details.add(messages.get("timeline.signals",
          c.signals().stream().map(messages::label).collect(Collectors.joining(", "))));
    }
    addIfPresent(details, c.summary());
    if (c.agreements() != null && !c.agreements().isBlank()) {
      details.add(messages.get("timeline.agreements", c.agreements()));
    }
    if (c.nextContactDate() != null) {
      details.add(messages.get("timeline.nextContact", messages.date(c.nextContactDate())));
    }
    return details;
  }

  /** Where the entry stands with the server; a refusal with its reasons. */
  private String state(StoredRecord row) {
    return nl.trede.client.ui.kit.RecordLabels.syncState(messages, row);
  }

  /** What a maatregel or tegenprestatie asks, from when, and why (001 §2.1.3). */
  private List<String> obligation(ObligationMeasure m) {
    String from = messages.date(m.fromDate());
    return List.of(m.kind() == ObligationKind.BENEFIT_REDUCTION
            ? messages.get("timeline.obligation.reduction", m.percentage(), m.months(), from)
            : messages.get("timeline.obligation.service", m.activity(),
                m.hoursPerWeek().stripTrailingZeros().toPlainString(), from),
        messages.get("timeline.obligation.justification", m.justification()));
  }

  /** Where a referral stands, in a sentence: sent and waiting, answered, or signed off and why. */
  String status(Referral r) {
    return switch (r.status()) {
      case SENT -> messages.get("referral.status.SENT");
      case ACCEPTED -> messages.get("referral.status.ACCEPTED", messages.date(r.answeredOn()))
          + (r.answer() == null ? "" : ": " + r.answer());
      case DECLINED -> messages.get("referral.status.DECLINED", messages.date(r.answeredOn()))
          + (r.answer() == null ? "" : ": " + r.answer());
      case SIGNED_OFF -> messages.get("referral.status.SIGNED_OFF", messages.date(r.signedOffOn()), r.signOffReason());
    };
  }

  private String whenOf(DomainRecord record) {
    if (record instanceof Contact c) {
      return messages.dateTime(c.occurredAt());
    }
    if (record instanceof LadderStep s) {
      return messages.date(s.date());
    }
    if (record instanceof Assessment a) {
      return messages.date(a.date());
    }
    if (record instanceof BroadIntake b) {
      return messages.date(b.date());
    }
    return record instanceof CoachingHours h ? messages.date(h.date()) : "";
  }

  private static void addIfPresent(List<String> details, String text) {
    if (text != null && !text.isBlank()) {
      details.add(text);
    }
  }
}
