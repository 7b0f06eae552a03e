package nl.trede.client.ui.login;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import nl.trede.client.ui.kit.Forms;
import nl.trede.client.ui.kit.Messages;

/** Server address, user name, password. */
public final class LoginView extends ScrollPane {
  public LoginView(LoginPresenter presenter, Messages messages) {
    Label brand = new Label(messages.get("app.title"));
    brand.getStyleClass().add("brand");
    Label subtitle = new Label(messages.get("login.subtitle"));
    subtitle.getStyleClass().add("text-muted");
    subtitle.setWrapText(true);

    TextField server = new TextField();
    server.setId("server");
    server.textProperty().bindBidirectional(presenter.server());
    TextField username = new TextField();
    username.setId("username");
    username.textProperty().bindBidirectional(presenter.username());
    PasswordField password = new PasswordField();
    password.setId("password");
    password.textProperty().bindBidirectional(presenter.password());

    Button submit = new Button(messages.get("login.submit"));
    submit.setId("login");
    submit.setDefaultButton(true);
    submit.getStyleClass().addAll("accent", "primary-action");
    submit.setMaxWidth(Double.MAX_VALUE);
    submit.disableProperty().bind(presenter.busy());
    submit.setOnAction(e -> presenter.login());
    password.setOnAction(e -> presenter.login());

    ProgressIndicator progress = new ProgressIndicator();
    progress.setMaxSize(32, 32);
    progress.visibleProperty().bind(presenter.busy());
    progress.managedProperty().bind(presenter.busy());

    Label error = new Label();
    error.setId("login-error");
    error.getStyleClass().add("form-error");
    error.setWrapText(true);
    error.textProperty().bind(presenter.error());
    error.visibleProperty().bind(presenter.error().isNotEmpty());
    error.managedProperty().bind(error.visibleProperty());

    Label hint = new Label(messages.get("login.offlineHint"));
    hint.getStyleClass().add("text-muted");
    hint.setWrapText(true);

    VBox form = new VBox(12, brand, subtitle,
        Forms.field(messages.get("login.server"), server, null),
        Forms.field(messages.get("login.username"), username, null),
        Forms.field(messages.get("login.password"), password, null),
        error, submit, progress, hint);
    form.setAlignment(Pos.TOP_CENTER);
    form.getStyleClass().add("page");
    setContent(form);
    setFitToWidth(true);
  }
}
