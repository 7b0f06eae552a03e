package nl.trede.client.ui.hoursweek;

import java.util.Arrays;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.trede.client.ui.kit.FormErrors;
import nl.trede.client.ui.kit.Forms;
import nl.trede.client.ui.kit.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The week, its entries as large check rows (confirmed ones with a check mark and who confirmed),
 * the total chosen, and the employer's confirmation: name, a warning with an icon when the name is
 * not the contact on file, Bevestigen.
 */
public final class WeekConfirmationView extends ScrollPane {
  private final VBox entries = new VBox(8);
  private final WeekConfirmationPresenter presenter;
  private final Messages messages;

  public WeekConfirmationView(WeekConfirmationPresenter presenter, Messages messages, Runnable cancel) {
    this.presenter = presenter;
    this.messages = messages;
    FormErrors errors = presenter.errors();
    Label about = Forms.wrapped(presenter.about(), "form-about");
    about.setId("form-about");
    var week = Forms.chips("week", Arrays.asList(WeekConfirmationPresenter.Week.values()), presenter::weekLabel,
        presenter.week());
    Label range = Forms.hint(presenter.range());
    range.setId("week-range");
    entries.setId("week-entries");
    presenter.rows().addListener((ListChangeListener<WeekConfirmationPresenter.Row>) c -> render());
    render();
    Label total = new Label();
    total.setId("week-total");
    total.getStyleClass().add("amount-line");
    total.setWrapText(true);
    total.textProperty().bind(presenter.total());
    VBox page = new VBox(10, about, Forms.generalError(errors), week, range, entries, total, confirmCard(errors),
        Forms.cancelButton(messages, cancel));
    page.getStyleClass().add("page");
    setContent(page);
    setFitToWidth(true);
  }

  private void render() {
    entries.getChildren().clear();
    if (presenter.rows().isEmpty()) {
      Label empty = Forms.wrapped(messages.get("hours.week.empty"), "empty-state");
      empty.setId("week-empty");
      entries.getChildren().add(empty);
    }
    for (WeekConfirmationPresenter.Row row : presenter.rows()) {
      entries.getChildren().add(row.confirmed() ? confirmedRow(row) : choosableRow(row));
    }
  }

  /** A check box the width of the screen: the whole card is the touch target. */
  private Node choosableRow(WeekConfirmationPresenter.Row row) {
    CheckBox box = new CheckBox();
    box.setId("week-select-" + row.entry().id());
    box.selectedProperty().bindBidirectional(row.selected());
    box.setAccessibleText(row.day() + ", " + row.hours());
    VBox text = texts(row);
    HBox card = new HBox(12, box, text);
    card.setId("week-entry-" + row.entry().id());
    card.setAlignment(Pos.CENTER_LEFT);
    card.getStyleClass().addAll("card", "clickable");
    card.setOnMouseClicked(e -> {
      if (!isInside(e.getTarget(), box)) {
        row.selected().set(!row.selected().get());
      }
    });
    return card;
  }

  /** Confirmed already: a check mark and who confirmed, not choosable again. */
  private Node confirmedRow(WeekConfirmationPresenter.Row row) {
    FontIcon mark = new FontIcon(Material2AL.CHECK_CIRCLE);
    mark.getStyleClass().add("confirmed-mark");
    VBox text = texts(row);
    Label confirmed = Forms.wrapped(row.confirmedText(), "confirmation");
    confirmed.setId("week-confirmed-" + row.entry().id());
    text.getChildren().add(confirmed);
    HBox card = new HBox(12, mark, text);
    card.setId("week-entry-" + row.entry().id());
    card.setAlignment(Pos.CENTER_LEFT);
    card.getStyleClass().addAll("card", "week-confirmed");
    return card;
  }

  private static VBox texts(WeekConfirmationPresenter.Row row) {
    Label day = Forms.wrapped(row.day() + " · " + row.hours(), "card-title");
    Label detail = Forms.wrapped(row.detail(), "text-muted");
    VBox text = new VBox(2, day, detail);
    HBox.setHgrow(text, Priority.ALWAYS);
    return text;
  }

  private void bringIntoView(Node node) {
    Node content = getContent();
    content.applyCss();
    layout();
    double contentHeight = content.getBoundsInLocal().getHeight();
    double viewport = getViewportBounds().getHeight();
    if (contentHeight <= viewport) {
      return;
    }
    double bottom = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMaxY();
    double top = Math.max(0, bottom + 8 - viewport);
    setVvalue(Math.min(1, top / (contentHeight - viewport)));
  }

  private static boolean isInside(Object target, Node node) {
    for (Node n = target instanceof Node t ? t : null; n != null; n = n.getParent()) {
      if (n == node) {
        return true;
      }
    }
    return false;
  }

  /** The employer's contact types their name; a warning first when it is not the contact on file. */
  private VBox confirmCard(FormErrors errors) {
    TextField name = new TextField();
    name.setId("confirm-name");
    name.setPromptText(messages.get("hours.confirmNamePrompt"));
    name.textProperty().bindBidirectional(presenter.confirmName());
    name.setOnAction(e -> presenter.confirm());
    Label warning = Forms.wrapped("", "warning-box");
    warning.setId("week-warning");
    warning.setGraphic(new FontIcon(Material2MZ.WARNING));
    warning.setMaxWidth(Double.MAX_VALUE);
    warning.textProperty().bind(presenter.warning());
    Button anyway = new Button(messages.get("hours.week.confirmAnyway"), new FontIcon(Material2AL.CHECK_CIRCLE));
    anyway.setId("week-confirm-anyway");
    anyway.getStyleClass().addAll("primary-action");
    anyway.setMaxWidth(Double.MAX_VALUE);
    anyway.setOnAction(e -> presenter.confirmAnyway());
    VBox warned = new VBox(8, warning, anyway);
    warned.setId("week-warned");
    warned.visibleProperty().bind(presenter.warning().isNotEmpty());
    warned.managedProperty().bind(warned.visibleProperty());
    // The warning takes Bevestigen's place at the foot of the page: brought into view whole, so
    // "Toch bevestigen" is not below the edge of a small phone.
    presenter.warning().addListener((obs, old, now) -> {
      if (now != null && !now.isEmpty()) {
        javafx.application.Platform.runLater(() -> bringIntoView(warned));
      }
    });
    Button confirm = new Button(messages.get("hours.confirm"), new FontIcon(Material2AL.CHECK_CIRCLE));
    confirm.setId("week-confirm");
    confirm.getStyleClass().addAll("success", "primary-action");
    confirm.setMaxWidth(Double.MAX_VALUE);
    confirm.setOnAction(e -> presenter.confirm());
    confirm.disableProperty().bind(presenter.anySelected().not());
    // While the warning asks "Toch bevestigen?", that is the one way on; changing the name asks anew.
    confirm.visibleProperty().bind(warned.visibleProperty().not());
    confirm.managedProperty().bind(confirm.visibleProperty());
    VBox card = new VBox(8, Forms.section(messages.get("hours.confirmTitle")),
        Forms.hint(messages.get("hours.week.explain")),
        Forms.field(messages.get("hours.confirmName"), name, errors.binding("confirmedBy")),
        warned, confirm);
    card.getStyleClass().addAll("card", "confirm-card");
    return card;
  }
}
