package nl.trede.client.ui.shell;

import java.util.UUID;
import java.util.concurrent.Executor;
import nl.trede.client.sync.SyncEngine;
import nl.trede.client.ui.conflict.ConflictPresenter;
import nl.trede.client.ui.conflict.ConflictView;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.Messages;
import nl.trede.client.ui.syncstatus.SyncStatusPresenter;
import nl.trede.client.ui.syncstatus.SyncStatusView;

/**
 * The sync page the strip opens, and the conflicts and refused changes it leads to, for one
 * session: the page listens to the session's engine for as long as the session lasts.
 */
final class SyncScreens {
  private final AppShell shell;
  private final Messages messages;
  private final FieldContext context;
  private final CandidateScreens candidates;
  private final Runnable saved;
  private final SyncEngine engine;
  private final Executor ui;
  private Screen status;

  /** @param saved what follows a resolved conflict: back, and a sync soon */
  SyncScreens(AppShell shell, Messages messages, FieldContext context, SyncEngine engine, Executor ui,
      CandidateScreens candidates, Runnable saved) {
    this.shell = shell;
    this.messages = messages;
    this.context = context;
    this.candidates = candidates;
    this.saved = saved;
    this.engine = engine;
    this.ui = ui;
  }

  void showStatus() {
    if (status == null) {
      // Made when first asked for, not at login: the caseload comes first.
      SyncStatusPresenter presenter = new SyncStatusPresenter(context, engine, ui, new SyncStatusPresenter.Actions() {
        @Override
        public void resolve(UUID recordId) {
          showConflict(recordId);
        }

        @Override
        public void openCandidate(UUID candidateId) {
          candidates.showCandidate(candidateId);
        }
      });
      status = new Screen(messages.get("syncPage.title"), new SyncStatusView(presenter, messages), false,
          presenter::refresh);
    }
    if (shell.current() != status) {
      shell.show(status);
    }
  }

  private void showConflict(UUID recordId) {
    ConflictPresenter presenter = new ConflictPresenter(context, recordId, saved);
    shell.show(new Screen(messages.get("conflict.title"), new ConflictView(presenter, messages, shell::back), false,
        null));
  }
}
