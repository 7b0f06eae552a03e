package nl.trede.client.ui.login;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.trede.client.login.LoginException;
import nl.trede.client.login.LoginService;
import nl.trede.client.login.Session;
import nl.trede.client.ui.kit.Messages;
import nl.trede.domain.PasswordRule;
import nl.trede.domain.Violation;

/**
 * Logs in off the UI thread (key derivation takes a moment on a phone, the network longer) and
 * reports the result on it. Two more steps may follow a login: choosing one's own password when an
 * admin set it (the server said so), and starting afresh on this device when the password does not
 * open the store the user has here (it is of an earlier password).
 */
public final class LoginPresenter {
  private final StringProperty server = new SimpleStringProperty("");
  private final StringProperty username = new SimpleStringProperty("");
  private final StringProperty password = new SimpleStringProperty("");
  private final StringProperty newPassword = new SimpleStringProperty("");
  private final StringProperty repeatPassword = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty();
  private final StringProperty notice = new SimpleStringProperty();
  private final StringProperty municipality = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final BooleanProperty choosingPassword = new SimpleBooleanProperty();
  private final BooleanProperty freshStartOffered = new SimpleBooleanProperty();

  private final LoginService service;
  private final Messages messages;
  private final Executor background;
  private final Executor ui;
  private final Consumer<Session> onLoggedIn;

  /** One way of asking the server: a login, a login starting afresh, a new password. */
  @FunctionalInterface
  private interface Attempt {
    Session run(String serverUrl, String user, char[] secret, char[] chosen) throws LoginException;
  }

  public LoginPresenter(LoginService service, Messages messages, Executor background, Executor ui,
      Consumer<Session> onLoggedIn) {
    this.service = service;
    this.messages = messages;
    this.background = background;
    this.ui = ui;
    this.onLoggedIn = onLoggedIn;
  }

  public void login() {
    attempt((url, user, secret, chosen) -> service.login(url, user, secret, false));
  }

  /** Replaces the store of an earlier password, once the server accepts this one. */
  public void startAfresh() {
    attempt((url, user, secret, chosen) -> service.login(url, user, secret, true));
  }

  /** The user's own password in place of the one an admin set; checked here with the shared rule first. */
  public void savePassword() {
    List<Violation> wrong = PasswordRule.check("newPassword", newPassword.get(), password.get());
    if (!wrong.isEmpty()) {
      error.set(messages.get("login.newPassword.error." + wrong.get(0).rule(),
          wrong.get(0).rule().equals("max-length") ? PasswordRule.MAX_LENGTH : PasswordRule.MIN_LENGTH));
      return;
    }
    if (!newPassword.get().equals(repeatPassword.get())) {
      error.set(messages.get("login.newPassword.error.mismatch"));
      return;
    }
    attempt((url, user, secret, chosen) -> service.changePassword(url, user, secret, chosen));
  }

  /** Back from choosing a password to the login form. */
  public void cancelPasswordChoice() {
    choosingPassword.set(false);
    newPassword.set("");
    repeatPassword.set("");
    error.set(null);
  }

  private void attempt(Attempt attempt) {
    if (busy.get()) {
      return;
    }
    busy.set(true);
    error.set(null);
    String serverUrl = server.get().strip();
    String user = username.get().strip();
    char[] secret = password.get().toCharArray();
    char[] chosen = newPassword.get().toCharArray();
    background.execute(() -> {
      try {
        Session session = attempt.run(serverUrl, user, secret, chosen);
        ui.execute(() -> {
          busy.set(false);
          password.set("");
          cancelPasswordChoice();
          freshStartOffered.set(false);
          notice.set(null);
          onLoggedIn.accept(session);
        });
      } catch (LoginException e) {
        ui.execute(() -> refused(e));
      } catch (RuntimeException e) {
        ui.execute(() -> {
          busy.set(false);
          error.set(messages.get("login.error.SERVER_ERROR"));
        });
      } finally {
        Arrays.fill(secret, '\0');
        Arrays.fill(chosen, '\0');
      }
    });
  }

  private void refused(LoginException e) {
    busy.set(false);
    LoginException.Reason reason = e.reason();
    switch (reason) {
      case PASSWORD_CHANGE_REQUIRED -> {
        // The password typed stays: it goes with the new one, which the server checks against it.
        choosingPassword.set(true);
        freshStartOffered.set(false);
        error.set(null);
      }
      case STORE_DOES_NOT_OPEN -> {
        freshStartOffered.set(true);
        error.set(messages.get("login.error.STORE_DOES_NOT_OPEN"));
      }
      case DEVICE_REVOKED, USER_DEACTIVATED -> accessEnded(reason.name(), e.unsentWiped());
      default -> error.set(messages.get("login.error." + reason.name()));
    }
  }

  /**
   * What this user had on the device is gone: say so where the login starts again, with why
   * ({@code DEVICE_REVOKED} or {@code USER_DEACTIVATED}) and how many changes the server never got
   * were lost with it ({@link LoginException#UNKNOWN} when that could not be counted).
   */
  public void accessEnded(String why, int unsentWiped) {
    choosingPassword.set(false);
    freshStartOffered.set(false);
    password.set("");
    error.set(null);
    // What happened and what was lost first, what to do about it after.
    notice.set(messages.get("login.error." + why) + " " + messages.get("login.wiped.unsent", unsentWiped) + "\n\n"
        + messages.get("login.accessEnded.help." + why));
  }

  /** The municipality the app was provisioned for; empty when the server address is typed. */
  public StringProperty municipality() {
    return municipality;
  }

  public StringProperty server() {
    return server;
  }

  public StringProperty username() {
    return username;
  }

  public StringProperty password() {
    return password;
  }

  public StringProperty newPassword() {
    return newPassword;
  }

  public StringProperty repeatPassword() {
    return repeatPassword;
  }

  public StringProperty error() {
    return error;
  }

  /** Why the login screen is shown, when it is not the user's own choice (their store was wiped). */
  public StringProperty notice() {
    return notice;
  }

  public BooleanProperty busy() {
    return busy;
  }

  public BooleanProperty choosingPassword() {
    return choosingPassword;
  }

  public BooleanProperty freshStartOffered() {
    return freshStartOffered;
  }

  /** The shortest password the user may choose (PasswordRule), for the screen's explanation. */
  public int minimumLength() {
    return PasswordRule.MIN_LENGTH;
  }
}
