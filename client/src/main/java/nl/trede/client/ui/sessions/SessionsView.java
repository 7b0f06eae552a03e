package nl.trede.client.ui.sessions;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.trede.client.ui.kit.Forms;
import nl.trede.client.ui.kit.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** "Bijeenkomst plannen" on top, then the coming sessions and the held ones as cards. */
public final class SessionsView extends VBox {
  private final VBox cards = new VBox(8);

  public SessionsView(SessionsPresenter presenter, Messages messages) {
    Button plan = new Button(messages.get("sessions.plan"), new FontIcon(Material2AL.ADD));
    plan.setId("plan-session");
    plan.getStyleClass().addAll("accent", "primary-action");
    plan.setMaxWidth(Double.MAX_VALUE);
    plan.setOnAction(e -> presenter.plan());
    Label empty = Forms.shownWhenSet("sessions-empty", presenter.emptyText(), "empty-state");
    cards.setId("sessions");
    Runnable render = () -> render(presenter, messages);
    presenter.coming().addListener((ListChangeListener<SessionsPresenter.Row>) c -> render.run());
    presenter.held().addListener((ListChangeListener<SessionsPresenter.Row>) c -> render.run());
    render.run();
    ScrollPane scroll = new ScrollPane(new VBox(8, empty, cards));
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("page-scroll");
    VBox.setVgrow(scroll, Priority.ALWAYS);
    getChildren().addAll(plan, scroll);
    setSpacing(8);
    getStyleClass().add("page");
  }

  private void render(SessionsPresenter presenter, Messages messages) {
    cards.getChildren().clear();
    group(presenter, messages.get("sessions.coming"), presenter.coming(), messages);
    group(presenter, messages.get("sessions.held"), presenter.held(), messages);
  }

  private void group(SessionsPresenter presenter, String heading, List<SessionsPresenter.Row> rows,
      Messages messages) {
    if (rows.isEmpty()) {
      return;
    }
    cards.getChildren().add(Forms.section(heading));
    for (SessionsPresenter.Row row : rows) {
      Label when = Forms.wrapped(row.when(), "text-muted");
      Label title = Forms.wrapped(row.title(), "card-title");
      // The title is often the kind's label itself: then the place alone.
      String kindText = row.kind().equals(row.title()) ? null : row.kind();
      Label kind = Forms.wrapped(String.join(" · ", java.util.stream.Stream.of(kindText, row.place())
          .filter(java.util.Objects::nonNull).toList()), "text-muted");
      kind.setVisible(!kind.getText().isEmpty());
      kind.setManaged(kind.isVisible());
      VBox card = Forms.card("session-" + row.sessionId(), () -> presenter.open(row), when, title, kind);
      if (!row.counts().isEmpty()) {
        Label counts = Forms.wrapped(row.counts());
        counts.setId("session-counts-" + row.sessionId());
        card.getChildren().add(counts);
      }
      if (row.cancelled()) {
        Label cancelled = Forms.wrapped(messages.get("sessions.cancelled"), "overdue");
        cancelled.setId("session-cancelled-" + row.sessionId());
        card.getChildren().add(cancelled);
      }
      cards.getChildren().add(card);
    }
  }
}
