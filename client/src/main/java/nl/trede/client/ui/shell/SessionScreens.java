package nl.trede.client.ui.shell;

import java.util.UUID;
import java.util.function.Consumer;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.Messages;
import nl.trede.client.ui.session.InvitePresenter;
import nl.trede.client.ui.session.InviteView;
import nl.trede.client.ui.session.SessionPresenter;
import nl.trede.client.ui.session.SessionView;
import nl.trede.client.ui.sessionform.SessionFormPresenter;
import nl.trede.client.ui.sessionform.SessionFormView;
import nl.trede.client.ui.sessions.SessionsPresenter;
import nl.trede.client.ui.sessions.SessionsView;

/**
 * "Bijeenkomsten" (issue 18) and every page that opens from it: planning or changing a session, its
 * page with the invited, and inviting candidates. One per login, for its user, like
 * {@link EmployerScreens}.
 */
final class SessionScreens {
  static final String NAV_ID = "sessions";

  private final AppShell shell;
  private final Messages messages;
  private final FieldContext context;
  private final Runnable requestSync;
  private final Consumer<UUID> openCandidate;

  /** @param requestSync asks for a sync soon, after every save */
  SessionScreens(AppShell shell, Messages messages, FieldContext context, Runnable requestSync,
      Consumer<UUID> openCandidate) {
    this.shell = shell;
    this.messages = messages;
    this.context = context;
    this.requestSync = requestSync;
    this.openCandidate = openCandidate;
  }

  void showSessions() {
    SessionsPresenter presenter = new SessionsPresenter(context, new SessionsPresenter.Actions() {
      @Override
      public void open(UUID sessionId) {
        showSession(sessionId);
      }

      @Override
      public void plan() {
        showForm(null);
      }
    });
    shell.show(new Screen(messages.get("sessions.title"), new SessionsView(presenter, messages), true,
        presenter::refresh));
    shell.select(NAV_ID);
  }

  void showSession(UUID sessionId) {
    SessionPresenter presenter = new SessionPresenter(context, sessionId, new SessionPresenter.Actions() {
      @Override
      public void edit(UUID id) {
        showForm(id);
      }

      @Override
      public void invite(UUID id) {
        showInvite(id);
      }

      @Override
      public void openCandidate(UUID candidateId) {
        openCandidate.accept(candidateId);
      }

      @Override
      public void saved() {
        requestSync.run();
      }
    });
    shell.show(new Screen(messages.get("session.title"), new SessionView(presenter, messages), false,
        presenter::refresh));
  }

  /** Planning a session: once saved, its page takes the form's place, where candidates are invited next. */
  private void showForm(UUID sessionId) {
    SessionFormPresenter form = new SessionFormPresenter(context, sessionId, id -> {
      shell.back();
      requestSync.run();
      if (sessionId == null) {
        showSession(id);
      }
      shell.notify(messages.get("common.saved"), null, null, UndoOffer.UNDO_WINDOW);
    });
    shell.show(new Screen(messages.get(sessionId == null ? "sessionForm.titleNew" : "sessionForm.title"),
        new SessionFormView(form, messages, shell::back), false, null));
  }

  private void showInvite(UUID sessionId) {
    InvitePresenter form = new InvitePresenter(context, sessionId, () -> {
      shell.back();
      requestSync.run();
      shell.notify(messages.get("invite.saved"), null, null, UndoOffer.UNDO_WINDOW);
    });
    shell.show(new Screen(messages.get("invite.title"), new InviteView(form, messages, shell::back), false, null));
  }
}
