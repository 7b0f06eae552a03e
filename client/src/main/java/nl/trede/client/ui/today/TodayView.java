package nl.trede.client.ui.today;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import nl.trede.client.ui.kit.Forms;
import nl.trede.client.ui.kit.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** A card per placement: who, where, until when, hours; big buttons to book hours and to have the week confirmed. */
public final class TodayView extends ScrollPane {
  private final VBox cards = new VBox(10);

  public TodayView(TodayPresenter presenter, Messages messages) {
    Label summary = Forms.hint(presenter.summary());
    summary.setId("today-summary");
    cards.setId("today");
    presenter.rows().addListener((ListChangeListener<TodayPresenter.Row>) c -> render(presenter, messages));
    render(presenter, messages);
    VBox page = new VBox(10, summary, cards);
    page.getStyleClass().add("page");
    setContent(page);
    setFitToWidth(true);
  }

  private void render(TodayPresenter presenter, Messages messages) {
    cards.getChildren().clear();
    if (presenter.rows().isEmpty()) {
      Label empty = new Label(presenter.emptyText());
      empty.setWrapText(true);
      empty.getStyleClass().add("empty-state");
      cards.getChildren().add(empty);
    }
    for (TodayPresenter.Row row : presenter.rows()) {
      Label name = Forms.wrapped(row.candidate(), "card-title");
      Label where = Forms.wrapped(row.where());
      Label coaching = Forms.wrapped(row.coaching(), row.overrun() ? "overdue" : "text-muted");
      if (row.overrun()) {
        coaching.setGraphic(new FontIcon(Material2MZ.WARNING));
      }
      Label hours = Forms.wrapped(row.hours(), "text-muted");
      Button book = new Button(messages.get("today.book"), new FontIcon(Material2AL.ACCESS_TIME));
      book.setId("book-" + row.placementId());
      book.getStyleClass().addAll("accent", "primary-action");
      book.setMaxWidth(Double.MAX_VALUE);
      book.setOnAction(e -> presenter.bookHours(row));
      Button confirmWeek = new Button(messages.get("hours.week.action"), new FontIcon(Material2AL.DONE_ALL));
      confirmWeek.setId("confirm-week-" + row.placementId());
      confirmWeek.getStyleClass().add("primary-action");
      confirmWeek.setMaxWidth(Double.MAX_VALUE);
      confirmWeek.setOnAction(e -> presenter.confirmWeek(row));
      VBox actions = new VBox(8, book, confirmWeek);
      actions.setPadding(new javafx.geometry.Insets(6, 0, 0, 0));
      VBox card = Forms.card("open-" + row.placementId(), () -> presenter.open(row), name, where, coaching, hours,
          actions);
      card.setSpacing(4);
      if (row.overrun()) {
        card.getStyleClass().add("card-warning");
      }
      cards.getChildren().add(card);
    }
  }
}
