package nl.trede.client.ui.shell;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.trede.client.device.Device;
import nl.trede.client.device.Reminders;
import nl.trede.client.ui.agenda.AgendaPresenter;
import nl.trede.client.ui.agenda.AgendaReminders;
import nl.trede.client.ui.agenda.AgendaView;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.Messages;

/**
 * The agenda tab and the reminders it sets, for as long as the app runs: the phone's notifications
 * where the device has them, otherwise notices inside the app (decision 0055). Reminders are
 * planned for the session's store and none is left when there is no session.
 */
final class AgendaScreen implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(AgendaScreen.class.getName());

  private final AppShell shell;
  private final Messages messages;
  private final Reminders reminders;
  private final boolean inApp;
  private final ExecutorService planner = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "reminder-planner");
    t.setDaemon(true);
    return t;
  });

  /** @param reopen shows the agenda again, when a reminder inside the app is tapped */
  AgendaScreen(AppShell shell, Messages messages, Clock clock, Executor ui, Device device, Runnable reopen) {
    this.shell = shell;
    this.messages = messages;
    Optional<Reminders> onDevice = device.reminders();
    this.inApp = onDevice.isEmpty();
    this.reminders = onDevice.orElseGet(() -> new InAppReminders(shell, clock, ui, messages.get("reminder.open"),
        reopen));
  }

  void show(FieldContext context, CandidateScreens candidates, SessionScreens sessions) {
    AgendaPresenter presenter = new AgendaPresenter(context, new AgendaPresenter.Actions() {
      @Override
      public void open(UUID candidateId) {
        candidates.showCandidate(candidateId);
      }

      @Override
      public void recordContact(UUID candidateId, boolean aftercare) {
        candidates.showContactForm(candidateId, null, false, aftercare);
      }

      @Override
      public void recordNoShow(UUID candidateId) {
        candidates.recordContact(candidateId, true);
      }

      @Override
      public void openSession(UUID sessionId) {
        sessions.showSession(sessionId);
      }
    }, messages.get(inApp ? "agenda.remindersInApp" : "agenda.reminders", AgendaReminders.AT.toString()));
    shell.show(new Screen(messages.get("agenda.title"), new AgendaView(presenter, messages), true,
        presenter::refresh));
    shell.select("agenda");
  }

  /**
   * Plans the reminders for what the agenda holds now, off the UI thread (it reads the whole
   * caseload, after every save and sync), one plan after the other in the order asked; none without
   * a session (after logout a reminder would speak of a caseload no one is logged in to see).
   */
  void plan(FieldContext context) {
    planner.execute(() -> {
      try {
        reminders.replaceAll(context == null ? List.of() : AgendaReminders.plan(context));
      } catch (RuntimeException e) {
        // The store closed under the plan (a logout): the cancel queued behind it follows.
        LOG.log(System.Logger.Level.DEBUG, "reminders not planned: the session ended");
      }
    });
  }

  @Override
  public void close() {
    planner.shutdown();
    if (reminders instanceof InAppReminders own) {
      own.close();
    }
  }
}
