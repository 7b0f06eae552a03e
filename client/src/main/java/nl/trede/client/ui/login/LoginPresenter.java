package nl.trede.client.ui.login;

import java.util.Arrays;
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

/**
 * Logs in off the UI thread (key derivation takes a moment on a phone, the network longer) and
 * reports the result on it.
 */
public final class LoginPresenter {
  private final StringProperty server = new SimpleStringProperty("");
  private final StringProperty username = new SimpleStringProperty("");
  private final StringProperty password = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty();
  private final BooleanProperty busy = new SimpleBooleanProperty();

  private final LoginService service;
  private final Messages messages;
  private final Executor background;
  private final Executor ui;
  private final Consumer<Session> onLoggedIn;

  public LoginPresenter(LoginService service, Messages messages, Executor background, Executor ui,
      Consumer<Session> onLoggedIn) {
    this.service = service;
    this.messages = messages;
    this.background = background;
    this.ui = ui;
    this.onLoggedIn = onLoggedIn;
  }

  public void login() {
    if (busy.get()) {
      return;
    }
    busy.set(true);
    error.set(null);
    String serverUrl = server.get().strip();
    String user = username.get().strip();
    char[] secret = password.get().toCharArray();
    background.execute(() -> {
      try {
        Session session = service.login(serverUrl, user, secret);
        ui.execute(() -> {
          busy.set(false);
          password.set("");
          onLoggedIn.accept(session);
        });
      } catch (LoginException e) {
        ui.execute(() -> {
          busy.set(false);
          error.set(messages.get("login.error." + e.reason().name()));
        });
      } catch (RuntimeException e) {
        ui.execute(() -> {
          busy.set(false);
          error.set(messages.get("login.error.SERVER_ERROR"));
        });
      } finally {
        Arrays.fill(secret, '\0');
      }
    });
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

  public StringProperty error() {
    return error;
  }

  public BooleanProperty busy() {
    return busy;
  }
}
