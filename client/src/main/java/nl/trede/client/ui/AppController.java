package nl.trede.client.ui;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import javafx.scene.Parent;
import nl.trede.client.device.Device;
import nl.trede.client.login.LoginService;
import nl.trede.client.login.Session;
import nl.trede.client.sync.Backoff;
import nl.trede.client.sync.SyncEngine;
import nl.trede.client.ui.candidate.CandidatePresenter;
import nl.trede.client.ui.candidate.CandidateView;
import nl.trede.client.ui.caseload.CaseloadPresenter;
import nl.trede.client.ui.caseload.CaseloadView;
import nl.trede.client.ui.contact.ContactFormPresenter;
import nl.trede.client.ui.contact.ContactFormView;
import nl.trede.client.ui.hours.HoursFormPresenter;
import nl.trede.client.ui.hours.HoursFormView;
import nl.trede.client.ui.ladder.LadderFormPresenter;
import nl.trede.client.ui.ladder.LadderFormView;
import nl.trede.client.ui.login.LoginPresenter;
import nl.trede.client.ui.login.LoginView;
import nl.trede.client.ui.syncbar.SyncBarPresenter;
import nl.trede.client.ui.syncbar.SyncBarView;

/**
 * Wires the screens together: login opens the user's store and starts the sync engine; the
 * caseload leads to a candidate, the candidate to the three forms; every save asks for a sync.
 */
public final class AppController implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(AppController.class.getName());

  /** Start-up options: the server address to prefill and, for the demo, a user to log in as. */
  public record Options(String serverUrl, String user, String password) {}

  private final LoginService loginService;
  private final Messages messages;
  private final Clock clock;
  private final Executor background;
  private final Executor ui;
  private final Device device;
  private final SyncEngine.Settings syncSettings;
  private final AppShell shell;

  private Session session;
  private SyncEngine engine;

  public AppController(LoginService loginService, Messages messages, Clock clock, Executor background,
      Executor ui, Device device, SyncEngine.Settings syncSettings) {
    this.loginService = loginService;
    this.messages = messages;
    this.clock = clock;
    this.background = background;
    this.ui = ui;
    this.device = device;
    this.syncSettings = syncSettings;
    this.shell = new AppShell(messages);
    device.onResume(() -> withEngine(SyncEngine::requestSync));
    device.onPause(() -> withEngine(SyncEngine::requestSync));
  }

  public Parent root() {
    return shell;
  }

  public AppShell shell() {
    return shell;
  }

  public Optional<Session> session() {
    return Optional.ofNullable(session);
  }

  public Optional<SyncEngine> engine() {
    return Optional.ofNullable(engine);
  }

  public void start(Options options) {
    LoginPresenter presenter = showLogin(options.serverUrl());
    if (options.user() != null && options.password() != null) {
      presenter.username().set(options.user());
      presenter.password().set(options.password());
      presenter.login();
    }
  }

  private LoginPresenter showLogin(String serverUrl) {
    LoginPresenter presenter = new LoginPresenter(loginService, messages, background, ui, this::loggedIn);
    presenter.server().set(serverUrl == null ? "" : serverUrl);
    shell.setLogoutAction(null);
    shell.setStatusBar(null);
    shell.show(new Screen(messages.get("login.title"), new LoginView(presenter, messages), true, null));
    return presenter;
  }

  private void loggedIn(Session newSession) {
    session = newSession;
    engine = new SyncEngine(newSession.store(), newSession.client(), clock, Backoff.standard(), syncSettings);
    SyncBarPresenter bar = new SyncBarPresenter(engine, messages, ui, shell::refresh);
    shell.setStatusBar(new SyncBarView(bar, messages));
    shell.setLogoutAction(this::logout);
    showCaseload();
    engine.start();
    LOG.log(Level.INFO, "logged in user={0} online={1}", newSession.user().userId(), newSession.online());
  }

  private void showCaseload() {
    CaseloadPresenter presenter = new CaseloadPresenter(session.store(), messages, clock, this::showCandidate);
    shell.show(new Screen(messages.get("caseload.title"), new CaseloadView(presenter, messages), true,
        presenter::refresh));
  }

  private void showCandidate(UUID candidateId) {
    CandidatePresenter presenter = new CandidatePresenter(session.store(), messages, clock, candidateId,
        new CandidatePresenter.Actions() {
          @Override
          public void recordContact(UUID id) {
            ContactFormPresenter form = new ContactFormPresenter(session.store(), messages, clock, id,
                userId(), AppController.this::saved);
            shell.show(new Screen(messages.get("contact.title"),
                new ContactFormView(form, messages, shell::back), false, null));
          }

          @Override
          public void recordStep(UUID id) {
            LadderFormPresenter form = new LadderFormPresenter(session.store(), messages, clock, id,
                userId(), AppController.this::saved);
            shell.show(new Screen(messages.get("ladder.title"),
                new LadderFormView(form, messages, shell::back), false, null));
          }

          @Override
          public void bookHours(UUID id) {
            HoursFormPresenter form = new HoursFormPresenter(session.store(), messages, clock, id,
                userId(), AppController.this::saved);
            shell.show(new Screen(messages.get("hours.title"),
                new HoursFormView(form, messages, shell::back), false, null));
          }
        });
    shell.show(new Screen(messages.get("candidate.title"), new CandidateView(presenter, messages), false,
        presenter::refresh));
  }

  private UUID userId() {
    return session.user().userId();
  }

  private void saved() {
    shell.back();
    withEngine(SyncEngine::requestSoon);
  }

  private void withEngine(java.util.function.Consumer<SyncEngine> action) {
    if (engine != null) {
      action.accept(engine);
    }
  }

  private void logout() {
    String server = session == null ? "" : session.user().serverUrl();
    closeSession();
    showLogin(server);
  }

  private void closeSession() {
    if (engine != null) {
      engine.close();
      engine = null;
    }
    if (session != null) {
      session.store().close();
      session = null;
    }
  }

  @Override
  public void close() {
    closeSession();
  }
}
