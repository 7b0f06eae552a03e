package nl.trede.client.ui.shell;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.scene.Parent;
import nl.trede.client.device.Device;
import nl.trede.client.login.LoginService;
import nl.trede.client.login.Session;
import nl.trede.client.store.RecordSaver;
import nl.trede.client.sync.Backoff;
import nl.trede.client.sync.ColleagueRefresh;
import nl.trede.client.sync.SyncEngine;
import nl.trede.client.sync.SyncException;
import nl.trede.client.ui.caseload.CaseloadPresenter;
import nl.trede.client.ui.caseload.CaseloadView;
import nl.trede.client.ui.employers.EmployersPresenter;
import nl.trede.client.ui.employers.EmployersView;
import nl.trede.client.ui.inbox.DeclinePresenter;
import nl.trede.client.ui.inbox.DeclineView;
import nl.trede.client.ui.inbox.InboxPresenter;
import nl.trede.client.ui.inbox.InboxView;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.Messages;
import nl.trede.client.ui.login.LoginPresenter;
import nl.trede.client.ui.login.LoginView;
import nl.trede.client.ui.shell.AppShell.NavItem;
import nl.trede.client.ui.syncbar.SyncBarPresenter;
import nl.trede.client.ui.syncbar.SyncBarView;
import nl.trede.client.ui.today.TodayPresenter;
import nl.trede.client.ui.today.TodayView;
import nl.trede.client.ui.vacancies.VacanciesPresenter;
import nl.trede.client.ui.vacancies.VacanciesView;
import nl.trede.domain.Role;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Wires the screens together: login opens the user's store and starts the sync engine; the home
 * screen and the bottom navigation follow the role (DOMAIN §1): a coach or case manager starts at
 * "Mijn kandidaten" with the "Agenda" beside it, a jobcoach at "Vandaag", a jobhunter at the
 * employers. Every save asks for a sync soon; going to the background syncs at once. The agenda's
 * reminders are planned afresh after each save and sync, and cancelled at logout.
 */
public final class AppController implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(AppController.class.getName());

  /** How often the list of colleagues is asked for, at most: a new coach appears within this. */
  private static final java.time.Duration COLLEAGUES_EVERY = java.time.Duration.ofMinutes(10);

  private static final String INBOX = "inbox";

  /**
   * How the app starts: the server, a demo's automatic login, and the municipality's name when the
   * app was provisioned (then the login shows the name, not the server address).
   */
  public record Options(String serverUrl, String user, String password, String municipality) {
    public Options(String serverUrl, String user, String password) {
      this(serverUrl, user, password, null);
    }
  }

  private final LoginService loginService;
  private final Messages messages;
  private final Clock clock;
  private final Executor background;
  private final Executor ui;
  private final SyncEngine.Settings syncSettings;
  private final AppShell shell;
  private final AgendaScreen agenda;
  private final Device device;

  private Session session;
  private String municipality;
  private SyncEngine engine;
  private FieldContext context;
  private CandidateScreens candidates;
  private SyncScreens syncScreens;
  private EmployerScreens employers;
  private SessionScreens sessions;

  public AppController(LoginService loginService, Messages messages, Clock clock, Executor background,
      Executor ui, Device device, SyncEngine.Settings syncSettings) {
    this.loginService = loginService;
    this.messages = messages;
    this.clock = clock;
    this.background = background;
    this.ui = ui;
    this.syncSettings = syncSettings;
    this.shell = new AppShell(messages);
    this.device = device;
    this.agenda = new AgendaScreen(shell, messages, clock, ui, device, () -> {
      if (context != null) {
        showAgenda();
      }
    });
    // Saves are committed when Opslaan is tapped, so there is nothing to flush; what matters when
    // the phone puts the app away is that the outbox leaves while the OS still lets it run.
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
    municipality = options.municipality();
    LoginPresenter presenter = showLogin(options.serverUrl());
    if (options.user() != null && options.password() != null) {
      presenter.username().set(options.user());
      presenter.password().set(options.password());
      presenter.login();
    }
  }

  private LoginPresenter showLogin(String serverUrl) {
    return showLogin(serverUrl, null);
  }

  /** The login screen, with the user name to log in with again. */
  private LoginPresenter showLogin(String serverUrl, String username) {
    LoginPresenter presenter = new LoginPresenter(loginService, messages, background, ui, this::loggedIn);
    presenter.server().set(serverUrl == null ? "" : serverUrl);
    presenter.municipality().set(municipality == null ? "" : municipality);
    presenter.username().set(username == null ? "" : username);
    shell.setLogoutAction(null);
    shell.setStatusBar(null);
    shell.hideNotice();
    shell.setNavigation(List.of());
    shell.show(new Screen(messages.get("login.title"), new LoginView(presenter, messages), true, null));
    return presenter;
  }

  private void loggedIn(Session newSession) {
    session = newSession;
    context = new FieldContext(newSession.store(), messages, clock, newSession.user(), device);
    engine = new SyncEngine(newSession.store(), newSession.client(), clock, Backoff.standard(), syncSettings);
    SyncEngine newEngine = engine;
    // Every save may move a next contact, so the reminders are planned again with the sync request.
    Runnable afterSave = () -> {
      withEngine(SyncEngine::requestSoon);
      planReminders();
    };
    UndoOffer undo = new UndoOffer(shell, messages, afterSave,
        (type, recordId, undoing, then) -> background.execute(() -> {
          RecordSaver.Undone undone = newEngine.betweenRuns(() -> newSession.store().isOpen()
              ? newSession.store().saves().undo(type, recordId, undoing) : RecordSaver.Undone.NOTHING);
          newEngine.requestSoon();
          ui.execute(() -> then.accept(undone));
        }));
    candidates = new CandidateScreens(shell, messages, context, afterSave, this::showCaseload, undo,
        id -> sessions.showSession(id));
    sessions = new SessionScreens(shell, messages, context, () -> withEngine(SyncEngine::requestSoon),
        candidates::showCandidate);
    employers = new EmployerScreens(shell, messages, context, () -> withEngine(SyncEngine::requestSoon), undo,
        newSession.user().serverUrl(), background, ui);
    // The colleagues a case manager assigns, by name, also offline: refreshed after syncs.
    engine.addListener(new ColleagueRefresh(newSession.client(), newSession.store().account(), clock, background,
        COLLEAGUES_EVERY));
    // A sync that ends after a logout must not refresh a page over a closed store.
    Runnable refresh = () -> {
      if (session == newSession) {
        shell.refresh();
        countInbox();
        planReminders();
      }
    };
    // The server ended this device's hold on the user's data: wipe it once the engine has stopped.
    engine.addListener(status -> {
      if (status.wipesDevice()) {
        ui.execute(() -> wipe(newSession, status.lastError()));
      }
    });
    syncScreens = new SyncScreens(shell, messages, context, engine, ui, candidates, this::saved);
    SyncBarPresenter bar = new SyncBarPresenter(engine, messages, clock, ui, refresh, this::showSyncStatus);
    shell.setStatusBar(new SyncBarView(bar, messages));
    shell.setLogoutAction(this::logout);
    shell.setNavigation(navigation(newSession.user().role()));
    showHome();
    countInbox();
    planReminders();
    engine.start();
    LOG.log(Level.INFO, "logged in user={0} role={1} online={2}", newSession.user().userId(),
        newSession.user().role(), newSession.online());
  }

  /** The role's main screens, the first being home (DOMAIN §1 and the decisions of issue 5). */
  private List<NavItem> navigation(Role role) {
    List<NavItem> items = new ArrayList<>();
    NavItem caseload = new NavItem("caseload", messages.get("nav.caseload"), Material2MZ.PEOPLE, this::showCaseload);
    NavItem agenda = new NavItem("agenda", messages.get("nav.agenda"), Material2AL.EVENT_NOTE, this::showAgenda);
    NavItem employers = new NavItem("employers", messages.get("nav.employers"), Material2AL.BUSINESS,
        this::showEmployers);
    NavItem vacancies = new NavItem("vacancies", messages.get("nav.vacancies"), Material2MZ.WORK_OUTLINE,
        this::showVacancies);
    switch (role) {
      case JOBCOACH -> {
        items.add(new NavItem("today", messages.get("nav.today"), Material2MZ.TODAY, this::showToday));
        items.add(caseload);
        items.add(agenda);
      }
      case JOBHUNTER -> {
        items.add(employers);
        items.add(vacancies);
      }
      case CASE_MANAGER, OFFICE, ADMIN -> {
        items.add(caseload);
        items.add(agenda);
        items.add(vacancies);
      }
      case PARTICIPATION_COACH -> {
        items.add(caseload);
        items.add(agenda);
        items.add(employers);
      }
    }
    // Every role holds or joins group sessions: jobhunters markets, coaches and case managers trainings.
    items.add(new NavItem(SessionScreens.NAV_ID, messages.get("nav.sessions"), Material2AL.GROUPS,
        () -> sessions.showSessions()));
    if (role.hasCaseload()) {
      // Referrals to the user's team: coaches and jobcoaches have no console to find them in.
      items.add(new NavItem(INBOX, messages.get("nav.inbox"), Material2AL.INBOX, this::showInbox));
    }
    return items;
  }

  private void showHome() {
    switch (session.user().role()) {
      case JOBCOACH -> showToday();
      case JOBHUNTER -> showEmployers();
      default -> showCaseload();
    }
  }

  // ------------------------------------------------------------------ main screens

  private void showCaseload() {
    CaseloadPresenter presenter = new CaseloadPresenter(context, candidates::showCandidate, candidates::showIntake);
    presenter.offerNoShow(id -> candidates.recordContact(id, true));
    shell.show(new Screen(messages.get("caseload.title"), new CaseloadView(presenter, messages), true,
        presenter::refresh));
    shell.select("caseload");
  }

  private void showAgenda() {
    agenda.show(context, candidates, sessions);
  }

  private void planReminders() {
    agenda.plan(context);
  }

  private void showToday() {
    TodayPresenter presenter = new TodayPresenter(context, new TodayPresenter.Actions() {
      @Override
      public void bookHours(UUID candidateId, UUID placementId) {
        candidates.bookHours(candidateId, placementId);
      }

      @Override
      public void openPlacement(UUID candidateId, UUID placementId) {
        candidates.openPlacement(candidateId, placementId);
      }

      @Override
      public void confirmWeek(UUID candidateId, UUID placementId) {
        candidates.confirmWeek(candidateId, placementId);
      }
    });
    shell.show(new Screen(messages.get("today.title"), new TodayView(presenter, messages), true, presenter::refresh));
    shell.select("today");
  }

  private void showEmployers() {
    EmployersPresenter presenter = new EmployersPresenter(context, new EmployersPresenter.Actions() {
      @Override
      public void open(UUID employerId) {
        employers.showEmployer(employerId);
      }

      @Override
      public void register() {
        employers.showEmployerForm(null);
      }
    });
    shell.show(new Screen(messages.get("employers.title"), new EmployersView(presenter, messages), true,
        presenter::refresh));
    shell.select("employers");
  }

  private void showVacancies() {
    VacanciesPresenter presenter = new VacanciesPresenter(context, employers::showVacancyForm);
    shell.show(new Screen(messages.get("vacancies.title"), new VacanciesView(presenter, messages), true,
        presenter::refresh));
    shell.select("vacancies");
  }

  private void showInbox() {
    InboxPresenter presenter = new InboxPresenter(context, new InboxPresenter.Actions() {
      @Override
      public void openCandidate(UUID candidateId) {
        candidates.showCandidate(candidateId);
      }

      @Override
      public void decline(UUID referralId) {
        DeclinePresenter form = new DeclinePresenter(context, referralId, AppController.this::saved);
        shell.show(new Screen(messages.get("decline.title"), new DeclineView(form, messages, shell::back), false,
            null));
      }

      @Override
      public void answered() {
        countInbox();
        withEngine(SyncEngine::requestSoon);
      }
    });
    shell.show(new Screen(messages.get("inbox.title"), new InboxView(presenter, messages), true, () -> {
      presenter.refresh();
      countInbox();
    }));
    shell.select(INBOX);
  }

  /** The number beside "Aanmeldingen": what waits for the user's team on this device. */
  private void countInbox() {
    if (context != null && session.user().role().hasCaseload()) {
      shell.setBadge(INBOX, InboxPresenter.waitingCount(context));
    }
  }

  private void showSyncStatus() {
    if (syncScreens != null) {
      syncScreens.showStatus();
    }
  }

  // ------------------------------------------------------------------ plumbing

  private void saved() {
    shell.back();
    withEngine(SyncEngine::requestSoon);
    planReminders();
  }

  private void withEngine(Consumer<SyncEngine> action) {
    if (engine != null) {
      action.accept(engine);
    }
  }

  /**
   * An admin revoked this device or deactivated the user: the session ends, the user's store is
   * deleted from the device (database, salt, log files: not only the token), and the login screen
   * says why and how many changes the server never got went with it. Nothing of it can be sent any
   * more (the server refuses this device), so no last push is tried (docs/security.md).
   */
  private void wipe(Session ended, SyncException.Kind why) {
    if (session != ended) {
      return;
    }
    String server = ended.user().serverUrl();
    String username = ended.user().username();
    int unsent = ended.store().unsentCount();
    closeSession();
    boolean gone = loginService.wipe(username, unsent);
    LOG.log(gone ? Level.INFO : Level.ERROR, "device access ended reason={0} user={1} wiped={2} unsentLost={3}",
        why, ended.user().userId(), gone, unsent);
    showLogin(server, username).accessEnded(why.name(), unsent);
  }

  /**
   * Logging out with work not yet sent asks first, and says the work is safe: it stays in this
   * user's encrypted store and goes out after the next login.
   */
  private void logout() {
    int unsent = session == null ? 0 : session.store().unsentCount();
    if (unsent == 0) {
      logoutNow();
      return;
    }
    shell.notify(messages.get("logout.unsent", unsent), messages.get("logout.anyway"), this::logoutNow,
        javafx.util.Duration.seconds(10));
  }

  private void logoutNow() {
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
    context = null;
    candidates = null;
    syncScreens = null;
    employers = null;
    sessions = null;
    planReminders();
  }

  @Override
  public void close() {
    closeSession();
    agenda.close();
  }
}
