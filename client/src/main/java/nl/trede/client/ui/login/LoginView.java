package nl.trede.client.ui.login;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import nl.trede.client.ui.kit.Forms;
import nl.trede.client.ui.kit.Messages;

/**
 * Server address, user name, password; why the screen is shown when the app decided it (the store
 * was wiped); choosing one's own password after an admin set one; starting afresh on this device.
 */
public final class LoginView extends ScrollPane {
  public LoginView(LoginPresenter presenter, Messages messages) {
    Label brand = new Label(messages.get("app.title"));
    brand.getStyleClass().add("brand");
    Label subtitle = new Label(messages.get("login.subtitle"));
    subtitle.getStyleClass().add("text-muted");
    subtitle.setWrapText(true);

    Label notice = new Label();
    notice.setId("login-notice");
    notice.getStyleClass().add("warning-box");
    notice.setWrapText(true);
    notice.setMaxWidth(Double.MAX_VALUE);
    notice.textProperty().bind(presenter.notice());
    showWhen(notice, presenter.notice().isNotEmpty());

    TextField server = new TextField();
    server.setId("server");
    server.textProperty().bindBidirectional(presenter.server());
    Node serverField = Forms.field(messages.get("login.server"), server, null);
    // Provisioned: the coach sees whose app this is, never a server address.
    showWhen(serverField, presenter.municipality().isEmpty());
    Label municipality = new Label();
    municipality.setId("login-municipality");
    municipality.getStyleClass().add("login-municipality");
    municipality.textProperty().bind(presenter.municipality());
    showWhen(municipality, presenter.municipality().isNotEmpty());
    TextField username = new TextField();
    username.setId("username");
    username.textProperty().bindBidirectional(presenter.username());
    PasswordField password = new PasswordField();
    password.setId("password");
    password.textProperty().bindBidirectional(presenter.password());
    // Typing a long password on a phone's keyboard goes wrong unseen; the coach may look at it.
    TextField shown = new TextField();
    shown.setId("password-shown");
    shown.textProperty().bindBidirectional(presenter.password());
    CheckBox reveal = new CheckBox(messages.get("login.showPassword"));
    reveal.setId("show-password");
    showWhen(shown, reveal.selectedProperty());
    showWhen(password, reveal.selectedProperty().not());
    Node passwordField = Forms.field(messages.get("login.password"), new VBox(6, password, shown, reveal), null);
    showWhen(passwordField, presenter.choosingPassword().not());

    Button submit = new Button(messages.get("login.submit"));
    submit.setId("login");
    submit.setDefaultButton(true);
    submit.getStyleClass().addAll("accent", "primary-action");
    submit.setMaxWidth(Double.MAX_VALUE);
    submit.disableProperty().bind(presenter.busy());
    submit.setOnAction(e -> presenter.login());
    password.setOnAction(e -> presenter.login());
    shown.setOnAction(e -> presenter.login());
    showWhen(submit, presenter.choosingPassword().not());

    ProgressIndicator progress = new ProgressIndicator();
    progress.setMaxSize(32, 32);
    progress.visibleProperty().bind(presenter.busy());
    progress.managedProperty().bind(presenter.busy());

    Label error = new Label();
    error.setId("login-error");
    error.getStyleClass().add("form-error");
    error.setWrapText(true);
    error.textProperty().bind(presenter.error());
    showWhen(error, presenter.error().isNotEmpty());

    Label hint = new Label(messages.get("login.offlineHint"));
    hint.getStyleClass().add("text-muted");
    hint.setWrapText(true);

    VBox form = new VBox(12, brand, municipality, subtitle, notice, serverField,
        Forms.field(messages.get("login.username"), username, null),
        passwordField, choosePassword(presenter, messages), error, submit, savePassword(presenter, messages),
        freshStart(presenter, messages), progress, hint);
    form.setAlignment(Pos.TOP_CENTER);
    form.getStyleClass().add("page");
    setContent(form);
    setFitToWidth(true);
  }

  /** A password of one's own, typed twice, after the server said an admin set this one. */
  private static Node choosePassword(LoginPresenter presenter, Messages messages) {
    Label lead = new Label(messages.get("login.newPassword.lead", presenter.minimumLength()));
    lead.setId("new-password-lead");
    lead.setWrapText(true);
    PasswordField chosen = new PasswordField();
    chosen.setId("new-password");
    chosen.textProperty().bindBidirectional(presenter.newPassword());
    PasswordField repeat = new PasswordField();
    repeat.setId("repeat-password");
    repeat.textProperty().bindBidirectional(presenter.repeatPassword());
    repeat.setOnAction(e -> presenter.savePassword());
    VBox box = new VBox(12, lead, Forms.field(messages.get("login.newPassword"), chosen, null),
        Forms.field(messages.get("login.newPassword.repeat"), repeat, null));
    box.setId("choose-password");
    showWhen(box, presenter.choosingPassword());
    return box;
  }

  /** Below the error, as the login button is: a rule the password breaks shows above the button, on screen. */
  private static Node savePassword(LoginPresenter presenter, Messages messages) {
    Button save = new Button(messages.get("login.newPassword.save"));
    save.setId("save-password");
    save.setDefaultButton(true);
    save.getStyleClass().addAll("accent", "primary-action");
    save.setMaxWidth(Double.MAX_VALUE);
    save.disableProperty().bind(presenter.busy());
    save.setOnAction(e -> presenter.savePassword());
    Button back = new Button(messages.get("login.newPassword.back"));
    back.setId("cancel-password");
    back.getStyleClass().add("flat");
    back.setOnAction(e -> presenter.cancelPasswordChoice());
    VBox box = new VBox(12, save, back);
    showWhen(box, presenter.choosingPassword());
    return box;
  }

  /** What the user may do when the password does not open the store of an earlier password. */
  private static Node freshStart(LoginPresenter presenter, Messages messages) {
    Label explain = new Label(messages.get("login.freshStart.explain"));
    explain.setWrapText(true);
    explain.getStyleClass().add("text-muted");
    Button start = new Button(messages.get("login.freshStart"));
    start.setId("fresh-start");
    start.setMaxWidth(Double.MAX_VALUE);
    start.disableProperty().bind(presenter.busy());
    start.setOnAction(e -> presenter.startAfresh());
    VBox box = new VBox(8, explain, start);
    box.setId("fresh-start-offer");
    showWhen(box, presenter.freshStartOffered().and(presenter.choosingPassword().not()));
    return box;
  }

  private static void showWhen(Node node, javafx.beans.value.ObservableValue<Boolean> shown) {
    node.visibleProperty().bind(shown);
    node.managedProperty().bind(node.visibleProperty());
  }
}
