package nl.trede.client.ui.inbox;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.trede.client.store.Editing;
import nl.trede.client.store.FieldQueries;
import nl.trede.client.store.StoredRecord;
import nl.trede.client.store.SyncState;
import nl.trede.client.ui.kit.Colleagues;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.Messages;
import nl.trede.client.ui.kit.Permissions;
import nl.trede.client.ui.kit.ReferralTargets;
import nl.trede.domain.ValidationException;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.referral.Referral;
import nl.trede.domain.referral.ReferralStatus;
import nl.trede.sync.MutationRules;
import nl.trede.sync.RecordType;
import nl.trede.sync.RoleRules.ReferralReach;

/**
 * "Aanmeldingen": the referrals sent to the user's team (sync-protocol.md, "Referrals"), for the
 * coaches and jobcoaches who do not use the office console. What waits for someone of the team
 * first, longest waiting on top; then what was taken on, declined or (lately) signed off. The
 * device holds a waiting referral without its file, so a card shows what the referral says (the
 * goal, who sent it, when) and the name only once the file is here. Taking one on is a save like
 * any other: checked with the role table, kept in the outbox, sent at the next sync, after which
 * the file arrives with its history.
 */
public final class InboxPresenter {
  /** How long a signed-off referral stays in the list: it asks nothing any more. */
  static final int SIGNED_OFF_SHOWN_DAYS = 30;

  /**
   * One referral as a card.
   *
   * @param candidate the candidate's name when the file is on the device, else that it follows
   * @param status where it stands, with who took it on or why it was declined
   * @param note what the device has not sent yet, or what the server refused, in plain Dutch; empty for none
   * @param fileHere the candidate's file is on the device: the card opens it
   */
  public record Row(UUID referralId, UUID candidateId, String candidate, String goal, String sent, String status,
      String note, boolean problem, boolean fileHere, boolean mayTakeOn, boolean mayDecline) {}

  /** Where the inbox leads. */
  public interface Actions {
    void openCandidate(UUID candidateId);

    void decline(UUID referralId);

    /** An answer was saved: time to sync. */
    void answered();
  }

  private final ObservableList<Row> waiting = FXCollections.observableArrayList();
  private final ObservableList<Row> earlier = FXCollections.observableArrayList();
  private final StringProperty summary = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private final FieldContext context;
  private final Messages messages;
  private final Actions actions;

  public InboxPresenter(FieldContext context, Actions actions) {
    this.context = context;
    this.messages = context.messages();
    this.actions = actions;
  }

  /** A referral as stored (with its sync state) and as read. */
  private record Held(StoredRecord stored, Referral referral) {
    LocalDate lastDay() {
      Referral r = referral;
      return r.signedOffOn() != null ? r.signedOffOn() : r.answeredOn() != null ? r.answeredOn() : r.sentOn();
    }
  }

  /** The referrals on the device that were sent to this user's team, longest waiting first. */
  private static List<Held> addressed(FieldContext context) {
    FieldQueries queries = context.store().queries();
    return queries.referrals().stream()
        .map(r -> new Held(r, (Referral) MutationRules.read(RecordType.REFERRAL, r.data())))
        .filter(h -> queries.addressedTo(h.referral(), context.role()))
        .sorted(Comparator.comparing((Held h) -> h.referral().sentOn())).toList();
  }

  /** How many referrals wait for someone of the user's team: the count beside "Aanmeldingen". */
  public static int waitingCount(FieldContext context) {
    return (int) addressed(context).stream().filter(h -> h.referral().status() == ReferralStatus.SENT).count();
  }

  public void refresh() {
    LocalDate shownSince = context.today().minusDays(SIGNED_OFF_SHOWN_DAYS);
    List<Held> all = addressed(context);
    List<Row> open = all.stream().filter(h -> h.referral().status() == ReferralStatus.SENT).map(this::row).toList();
    waiting.setAll(open);
    earlier.setAll(all.stream().filter(h -> h.referral().status() != ReferralStatus.SENT)
        .filter(h -> h.referral().status() != ReferralStatus.SIGNED_OFF || !h.lastDay().isBefore(shownSince))
        .sorted(Comparator.comparing(Held::lastDay).reversed()).map(this::row).toList());
    summary.set(open.isEmpty() ? messages.get("inbox.nothingWaiting")
        : messages.get("inbox.waitingSummary", open.size()));
  }

  private Row row(Held held) {
    Referral r = held.referral();
    StoredRecord stored = held.stored();
    Optional<Candidate> file = context.store().candidate(r.candidateId());
    Colleagues colleagues = Colleagues.of(context);
    ReferralReach reach = context.store().queries().referralReach(r, context.role());
    Permissions permissions = Permissions.of(context.role());
    boolean waits = r.status() == ReferralStatus.SENT;
    return new Row(r.id(), r.candidateId(),
        file.map(Candidate::displayName).orElse(messages.get("inbox.nameFollows")),
        messages.get("referral.goalText", r.goal()),
        messages.get("inbox.sent", colleagues.name(r.referredBy()), messages.date(r.sentOn()),
            ReferralTargets.of(context).label(r.target())),
        status(r, colleagues), note(stored, r, file.isPresent()),
        stored.syncState() == SyncState.REJECTED || stored.syncState() == SyncState.CONFLICT, file.isPresent(),
        waits && permissions.mayTakeOn(r, reach, context.userId()),
        waits && permissions.mayDecline(r, reach, context.userId()));
  }

  private String status(Referral r, Colleagues colleagues) {
    return switch (r.status()) {
      case SENT -> messages.get("inbox.status.SENT");
      case ACCEPTED -> r.receiverId() == null ? messages.get("referral.status.ACCEPTED", messages.date(r.answeredOn()))
          : r.receiverId().equals(context.userId()) ? messages.get("inbox.status.acceptedByYou",
              messages.date(r.answeredOn()))
          : messages.get("inbox.status.ACCEPTED", colleagues.name(r.receiverId()), messages.date(r.answeredOn()));
      case DECLINED -> r.answer() == null ? messages.get("referral.status.DECLINED", messages.date(r.answeredOn()))
          : messages.get("inbox.status.DECLINED", messages.date(r.answeredOn()), r.answer());
      case SIGNED_OFF -> messages.get("referral.status.SIGNED_OFF", messages.date(r.signedOffOn()),
          r.signOffReason());
    };
  }

  /** What the user must know about their answer: not sent yet, refused, or the file still to come. */
  private String note(StoredRecord stored, Referral r, boolean fileHere) {
    return switch (stored.syncState()) {
      case REJECTED -> messages.get("inbox.refused", stored.violations().stream().map(messages::violation)
          .distinct().collect(Collectors.joining(" ")));
      case CONFLICT -> messages.get("inbox.conflict");
      case PENDING -> messages.get("inbox.pending");
      case SYNCED -> r.status() == ReferralStatus.ACCEPTED && context.userId().equals(r.receiverId()) && !fileHere
          ? messages.get("inbox.fileFollows") : "";
    };
  }

  /**
   * "Ik neem deze aan": the user takes the candidate on, today, through the snapshot of the
   * referral as the device holds it, so only the answer travels.
   *
   * @return whether it was saved; if not, {@link #error()} says why
   */
  public boolean takeOn(Row row) {
    Optional<Editing<Referral>> opened = context.store().edit(RecordType.REFERRAL, row.referralId());
    if (opened.isEmpty()) {
      refresh();
      return false;
    }
    Referral r = opened.get().record();
    Referral accepted = new Referral(r.id(), r.candidateId(), r.referredBy(), r.target(), context.userId(), r.goal(),
        ReferralStatus.ACCEPTED, r.sentOn(), context.today(), r.answer(), null, null);
    try {
      context.store().update(opened.get(), accepted);
    } catch (ValidationException e) {
      error.set(e.violations().stream().map(messages::violation).distinct().collect(Collectors.joining(" ")));
      refresh();
      return false;
    }
    error.set("");
    refresh();
    actions.answered();
    return true;
  }

  public void decline(Row row) {
    actions.decline(row.referralId());
  }

  public void open(Row row) {
    if (row.fileHere()) {
      actions.openCandidate(row.candidateId());
    }
  }

  public ObservableList<Row> waiting() {
    return waiting;
  }

  public ObservableList<Row> earlier() {
    return earlier;
  }

  public ReadOnlyStringProperty summary() {
    return summary;
  }

  /** Why the last answer could not be saved; empty when it could. */
  public ReadOnlyStringProperty error() {
    return error;
  }
}
