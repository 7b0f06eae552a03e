package nl.trede.client.ui.shell;

import java.util.UUID;
import nl.trede.client.ui.assessment.AssessmentFormPresenter;
import nl.trede.client.ui.assessment.AssessmentFormView;
import nl.trede.client.ui.assign.AssignPresenter;
import nl.trede.client.ui.broadintake.BroadIntakeFormPresenter;
import nl.trede.client.ui.broadintake.BroadIntakeFormView;
import nl.trede.client.ui.assign.AssignView;
import nl.trede.client.ui.candidate.CandidatePresenter;
import nl.trede.client.ui.candidate.CandidateSessions;
import nl.trede.client.ui.candidate.CandidateView;
import nl.trede.client.ui.classification.ClassificationFormPresenter;
import nl.trede.client.ui.classification.ClassificationFormView;
import nl.trede.client.ui.contact.ContactFormPresenter;
import nl.trede.client.ui.contact.ContactFormView;
import nl.trede.client.ui.contact.NoShowView;
import nl.trede.client.ui.exit.ExitPresenter;
import nl.trede.client.ui.exit.ExitView;
import nl.trede.client.ui.flags.FlagsFormPresenter;
import nl.trede.client.ui.flags.FlagsFormView;
import nl.trede.client.ui.hours.HoursFormPresenter;
import nl.trede.client.ui.hours.HoursFormView;
import nl.trede.client.ui.hoursweek.WeekConfirmationPresenter;
import nl.trede.client.ui.hoursweek.WeekConfirmationView;
import nl.trede.client.ui.intake.IntakePresenter;
import nl.trede.client.ui.intake.IntakeView;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.Messages;
import nl.trede.client.ui.ladder.LadderFormPresenter;
import nl.trede.client.ui.ladder.LadderFormView;
import nl.trede.client.ui.person.PersonFormPresenter;
import nl.trede.client.ui.person.PersonFormView;
import nl.trede.client.ui.placement.PlacementPresenter;
import nl.trede.client.ui.placement.PlacementView;
import nl.trede.client.ui.plan.PlanFormPresenter;
import nl.trede.client.ui.plan.PlanFormView;
import nl.trede.client.ui.referral.ReferralFormPresenter;
import nl.trede.client.ui.referral.ReferralFormView;
import nl.trede.client.ui.referral.SignOffPresenter;
import nl.trede.client.ui.referral.SignOffView;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.Ids;
import nl.trede.domain.assessment.Assessment;
import nl.trede.domain.broadintake.BroadIntake;
import nl.trede.domain.coaching.CoachingHours;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.ladder.LadderStep;
import nl.trede.sync.RecordType;

/**
 * A candidate's file and every page that opens from it: the candidate page, what a visit records
 * (contact, step, hours, placement), and what a case manager does with the file (intake, the
 * person, plan and flags, who carries it, closing, referrals). One per login, for its user.
 */
final class CandidateScreens implements CandidatePresenter.Actions {
  private final AppShell shell;
  private final Messages messages;
  private final FieldContext context;
  private final Runnable requestSync;
  private final Runnable home;
  private final UndoOffer undo;
  private final java.util.function.Consumer<UUID> openSession;

  /**
   * @param requestSync asks for a sync soon, after every save
   * @param home the caseload, where a deleted file's page returns to
   * @param openSession a group session's page, from the candidate's invitations
   */
  CandidateScreens(AppShell shell, Messages messages, FieldContext context, Runnable requestSync, Runnable home,
      UndoOffer undo, java.util.function.Consumer<UUID> openSession) {
    this.shell = shell;
    this.messages = messages;
    this.context = context;
    this.requestSync = requestSync;
    this.home = home;
    this.undo = undo;
    this.openSession = openSession;
  }

  private void saved() {
    shell.back();
    requestSync.run();
    shell.notify(messages.get("common.saved"), null, null, UndoOffer.UNDO_WINDOW);
  }

  /**
   * A contact saved: back to the page it came from, saying what was saved, with "Ongedaan maken"
   * for a few seconds. Unsent, undoing takes it back from the outbox. Once the server has it, the
   * contact is history that others may have seen, so undoing writes a correction (decision 0050):
   * a new contact is withdrawn, a correction of {@code replaced} is corrected back to it.
   */
  private void savedContact(Contact contact, Contact replaced) {
    shell.back();
    requestSync.run();
    String name = context.store().candidate(contact.candidateId()).map(c -> c.displayName())
        .orElse(messages.get("common.unknown"));
    undo.offer(messages.get(contact.noShow() ? "saved.noShow" : "saved.contact", name), RecordType.CONTACT,
        contact.id(), () -> contact.undoing(Ids.newId(), context.userId(), replaced), replaced != null);
  }

  private void show(String titleKey, javafx.scene.Parent view) {
    shell.show(new Screen(messages.get(titleKey), view, false, null));
  }

  void showCandidate(UUID candidateId) {
    CandidatePresenter presenter = new CandidatePresenter(context, candidateId, this);
    CandidateSessions sessions = new CandidateSessions(context, candidateId, openSession);
    shell.show(new Screen(messages.get("candidate.title"), new CandidateView(presenter, sessions, messages), false,
        () -> {
          presenter.refresh();
          sessions.refresh();
        }));
  }

  /** "Nieuw dossier": once saved, the new file's page takes the form's place. */
  void showIntake() {
    IntakePresenter form = new IntakePresenter(context, id -> {
      shell.back();
      requestSync.run();
      showCandidate(id);
    }, this::showCandidate);
    show("intake.title", new IntakeView(form, messages, shell::back));
  }

  @Override
  public void recordContact(UUID candidateId, boolean noShow) {
    showContactForm(candidateId, null, noShow, false);
  }

  @Override
  public void recordStep(UUID candidateId) {
    showLadderForm(candidateId, null);
  }

  @Override
  public void recordMeasurement(UUID candidateId) {
    showAssessmentForm(candidateId, null);
  }

  @Override
  public void recordBroadIntake(UUID candidateId) {
    showBroadIntakeForm(candidateId, null);
  }

  @Override
  public void bookHours(UUID candidateId, UUID placementId) {
    showHoursForm(candidateId, placementId, null);
  }

  @Override
  public void openPlacement(UUID candidateId, UUID placementId) {
    PlacementPresenter form = new PlacementPresenter(context, candidateId, placementId, this::saved);
    show(placementId == null ? "placement.titleNew" : "placement.title",
        new PlacementView(form, messages, shell::back));
  }

  @Override
  public void editClassification(UUID candidateId) {
    ClassificationFormPresenter form = new ClassificationFormPresenter(context, candidateId, this::saved);
    show("classification.title", new ClassificationFormView(form, messages, shell::back));
  }

  @Override
  public void correct(UUID candidateId, RecordType type, DomainRecord entry) {
    switch (type) {
      case CONTACT -> showContactForm(candidateId, (Contact) entry, false, false);
      case LADDER_STEP -> showLadderForm(candidateId, (LadderStep) entry);
      case ASSESSMENT -> showAssessmentForm(candidateId, (Assessment) entry);
      case BROAD_INTAKE -> showBroadIntakeForm(candidateId, (BroadIntake) entry);
      case COACHING_HOURS -> showHoursForm(candidateId, ((CoachingHours) entry).placementId(), (CoachingHours) entry);
      default -> { }
    }
  }

  @Override
  public void editPerson(UUID candidateId) {
    show("person.title", new PersonFormView(new PersonFormPresenter(context, candidateId, this::saved), messages,
        shell::back));
  }

  @Override
  public void editPlan(UUID candidateId) {
    show("planForm.title", new PlanFormView(new PlanFormPresenter(context, candidateId, this::saved), messages,
        shell::back));
  }

  @Override
  public void editFlags(UUID candidateId) {
    show("flagsForm.title", new FlagsFormView(new FlagsFormPresenter(context, candidateId, this::saved), messages,
        shell::back));
  }

  @Override
  public void assign(UUID candidateId) {
    show("assign.title", new AssignView(new AssignPresenter(context, candidateId, this::saved), messages,
        shell::back));
  }

  @Override
  public void exit(UUID candidateId) {
    ExitPresenter form = new ExitPresenter(context, candidateId, this::saved, () -> {
      requestSync.run();
      home.run();
    });
    show(form.closed() ? "exit.titleReopen" : "exit.title", new ExitView(form, messages, shell::back));
  }

  @Override
  public void refer(UUID candidateId) {
    show("referral.title", new ReferralFormView(new ReferralFormPresenter(context, candidateId, this::saved),
        messages, shell::back));
  }

  @Override
  public void signOff(UUID referralId) {
    show("signOff.title", new SignOffView(new SignOffPresenter(context, referralId, this::saved), messages,
        shell::back));
  }

  /** @param aftercare a new contact starts with Nazorg on: recorded from an aftercare card */
  void showContactForm(UUID candidateId, Contact corrects, boolean noShow, boolean aftercare) {
    ContactFormPresenter form = new ContactFormPresenter(context, candidateId, corrects, noShow, aftercare,
        saved -> savedContact(saved, corrects));
    if (noShow && corrects == null) {
      show("contact.titleNoShow", new NoShowView(form, messages, shell::back));
    } else {
      show(corrects != null ? "contact.titleCorrect" : "contact.title", new ContactFormView(form, messages, shell::back));
    }
  }

  void showLadderForm(UUID candidateId, LadderStep corrects) {
    LadderFormPresenter form = new LadderFormPresenter(context, candidateId, corrects, this::saved);
    show(corrects == null ? "ladder.title" : "ladder.titleCorrect", new LadderFormView(form, messages, shell::back));
  }

  void showAssessmentForm(UUID candidateId, Assessment corrects) {
    AssessmentFormPresenter form = new AssessmentFormPresenter(context, candidateId, corrects, this::saved);
    show(corrects == null ? "assessment.title" : "assessment.titleCorrect",
        new AssessmentFormView(form, messages, shell::back));
  }

  void showBroadIntakeForm(UUID candidateId, BroadIntake corrects) {
    BroadIntakeFormPresenter form = new BroadIntakeFormPresenter(context, candidateId, corrects, this::saved);
    show(corrects == null ? "broadIntake.title" : "broadIntake.titleCorrect",
        new BroadIntakeFormView(form, messages, shell::back));
  }

  /**
   * "Week laten bevestigen" for one placement: once confirmed, back to where it came from, saying
   * what was confirmed and by whom (the same notice as every save).
   */
  void confirmWeek(UUID candidateId, UUID placementId) {
    WeekConfirmationPresenter form = new WeekConfirmationPresenter(context, candidateId, placementId, confirmed -> {
      shell.back();
      requestSync.run();
      shell.notify(confirmed.notice(), null, null, UndoOffer.UNDO_WINDOW);
    });
    show("hours.week.title", new WeekConfirmationView(form, messages, shell::back));
  }

  void showHoursForm(UUID candidateId, UUID placementId, CoachingHours corrects) {
    HoursFormPresenter form = new HoursFormPresenter(context, candidateId, placementId, corrects, this::saved);
    show(corrects == null ? "hours.title" : "hours.titleCorrect", new HoursFormView(form, messages, shell::back));
  }
}
