package nl.trede.client.ui.shell;

import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import nl.trede.client.matching.MatchingClient;
import nl.trede.client.ui.employer.EmployerPresenter;
import nl.trede.client.ui.employer.EmployerView;
import nl.trede.client.ui.employercontact.EmployerContactFormPresenter;
import nl.trede.client.ui.employercontact.EmployerContactFormView;
import nl.trede.client.ui.employerform.EmployerFormPresenter;
import nl.trede.client.ui.employerform.EmployerFormView;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.Messages;
import nl.trede.client.ui.matching.MatchingPresenter;
import nl.trede.client.ui.matching.MatchingView;
import nl.trede.client.ui.vacancy.VacancyFormPresenter;
import nl.trede.client.ui.vacancy.VacancyFormView;
import nl.trede.domain.Ids;
import nl.trede.domain.Role;
import nl.trede.domain.employer.EmployerContact;
import nl.trede.sync.RecordType;

/**
 * An employer's page and every page that opens from it: the employer form, contacts with the
 * employer (issue 17), vacancies and who might fit them. One per login, for its user, like
 * {@link CandidateScreens} for a candidate's file.
 */
final class EmployerScreens {
  private final AppShell shell;
  private final Messages messages;
  private final FieldContext context;
  private final Runnable requestSync;
  private final UndoOffer undo;
  private final String serverUrl;
  private final Executor background;
  private final Executor ui;

  /** @param requestSync asks for a sync soon, after every save */
  EmployerScreens(AppShell shell, Messages messages, FieldContext context, Runnable requestSync, UndoOffer undo,
      String serverUrl, Executor background, Executor ui) {
    this.shell = shell;
    this.messages = messages;
    this.context = context;
    this.requestSync = requestSync;
    this.undo = undo;
    this.serverUrl = serverUrl;
    this.background = background;
    this.ui = ui;
  }

  private void saved() {
    shell.back();
    requestSync.run();
  }

  void showEmployer(UUID employerId) {
    EmployerPresenter presenter = new EmployerPresenter(context, employerId, new EmployerPresenter.Actions() {
      @Override
      public void edit(UUID id) {
        showEmployerForm(id);
      }

      @Override
      public void newVacancy(UUID id) {
        showVacancyForm(id, null);
      }

      @Override
      public void openVacancy(UUID id, UUID vacancyId) {
        showVacancyForm(id, vacancyId);
      }

      @Override
      public void recordContact(UUID id, EmployerContact corrects) {
        showEmployerContactForm(id, corrects);
      }
    });
    shell.show(new Screen(messages.get("employer.title"), new EmployerView(presenter, messages), false,
        presenter::refresh));
  }

  /**
   * "Contact vastleggen" with an employer: once saved, back to the employer's page with the notice
   * and "Ongedaan maken", as after a contact in a file.
   */
  private void showEmployerContactForm(UUID employerId, EmployerContact corrects) {
    EmployerContactFormPresenter form = new EmployerContactFormPresenter(context, employerId, corrects, saved -> {
      shell.back();
      requestSync.run();
      String name = context.store().employers().stream().filter(e -> e.id().equals(employerId))
          .map(nl.trede.domain.employer.Employer::name).findFirst().orElse(messages.get("common.unknown"));
      undo.offer(messages.get("employerContact.saved", name), RecordType.EMPLOYER_CONTACT, saved.id(),
          () -> saved.undoing(Ids.newId(), context.userId(), corrects), corrects != null);
    });
    shell.show(new Screen(messages.get(corrects == null ? "employerContact.title" : "employerContact.titleCorrect"),
        new EmployerContactFormView(form, messages, shell::back), false, null));
  }

  void showEmployerForm(UUID employerId) {
    Consumer<UUID> onSaved = id -> {
      saved();
      if (employerId == null) {
        // A new employer: on to its page, where the vacancy is added next.
        showEmployer(id);
      }
    };
    EmployerFormPresenter form = new EmployerFormPresenter(context, employerId, onSaved);
    shell.show(new Screen(messages.get(employerId == null ? "employerForm.titleNew" : "employerForm.title"),
        new EmployerFormView(form, messages, shell::back), false, null));
  }

  void showVacancyForm(UUID employerId, UUID vacancyId) {
    VacancyFormPresenter form = new VacancyFormPresenter(context, employerId, vacancyId, this::saved);
    Runnable match = mayMatch() ? () -> showMatching(form.vacancyId()) : null;
    shell.show(new Screen(messages.get(vacancyId == null ? "vacancy.titleNew" : "vacancy.titleEdit"),
        new VacancyFormView(form, messages, shell::back, match), false, null));
  }

  /** The server answers matching for the roles {@link Role#mayMatchCandidates} names only. */
  private boolean mayMatch() {
    return context.role().mayMatchCandidates();
  }

  private void showMatching(UUID vacancyId) {
    MatchingPresenter presenter = new MatchingPresenter(context, new MatchingClient(serverUrl),
        vacancyId, background, ui);
    shell.show(new Screen(messages.get("matching.title"), new MatchingView(presenter, messages), false, null));
    presenter.load();
  }
}
