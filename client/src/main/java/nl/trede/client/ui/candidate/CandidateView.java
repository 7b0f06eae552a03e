package nl.trede.client.ui.candidate;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import nl.trede.client.store.SyncState;
import nl.trede.client.ui.Messages;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Details card, three big action buttons, and the timeline. */
public final class CandidateView extends ScrollPane {
  private final VBox timeline = new VBox(8);

  public CandidateView(CandidatePresenter presenter, Messages messages) {
    Label name = bound(presenter.name(), "card-title");
    name.setId("candidate-name");
    Label rung = bound(presenter.rung(), "rung");
    rung.setId("candidate-rung");
    VBox details = new VBox(4, name, bound(presenter.born(), "text-muted"),
        bound(presenter.phone(), "text-muted"), bound(presenter.address(), "text-muted"), rung);
    details.getStyleClass().add("card");

    Button contact = action(messages.get("candidate.recordContact"), Material2AL.CHAT, "record-contact");
    contact.setOnAction(e -> presenter.recordContact());
    Button step = action(messages.get("candidate.recordStep"), Material2MZ.TRENDING_UP, "record-step");
    step.setOnAction(e -> presenter.recordStep());
    Button hours = action(messages.get("candidate.bookHours"), Material2AL.ACCESS_TIME, "book-hours");
    hours.setOnAction(e -> presenter.bookHours());

    Label heading = new Label(messages.get("candidate.timeline"));
    heading.getStyleClass().add("section-title");
    timeline.setId("timeline");
    Label empty = new Label(messages.get("candidate.timelineEmpty"));
    empty.getStyleClass().add("text-muted");
    presenter.timeline().addListener((ListChangeListener<CandidatePresenter.Item>) change ->
        render(presenter, empty));
    render(presenter, empty);

    VBox page = new VBox(12, details, contact, step, hours, heading, timeline);
    page.getStyleClass().add("page");
    setContent(page);
    setFitToWidth(true);
  }

  private void render(CandidatePresenter presenter, Label empty) {
    timeline.getChildren().clear();
    if (presenter.timeline().isEmpty()) {
      timeline.getChildren().add(empty);
    }
    for (CandidatePresenter.Item item : presenter.timeline()) {
      Label title = new Label(item.title());
      title.getStyleClass().add("card-title");
      title.setGraphic(new FontIcon(switch (item.type()) {
        case CONTACT -> Material2AL.CHAT;
        case LADDER_STEP -> Material2MZ.TRENDING_UP;
        default -> Material2AL.ACCESS_TIME;
      }));
      title.setWrapText(true);
      Label when = new Label(item.when());
      when.getStyleClass().add("text-muted");
      VBox card = new VBox(2, when, title);
      for (String line : item.details()) {
        Label detail = new Label(line);
        detail.setWrapText(true);
        card.getChildren().add(detail);
      }
      Label state = new Label(item.state());
      state.setWrapText(true);
      state.getStyleClass().add("state-" + item.syncState().name().toLowerCase());
      state.setGraphic(new FontIcon(stateIcon(item.syncState())));
      card.getChildren().add(state);
      card.getStyleClass().add("card");
      timeline.getChildren().add(card);
    }
  }

  private static Ikon stateIcon(SyncState state) {
    return switch (state) {
      case PENDING -> Material2AL.CLOUD_UPLOAD;
      case SYNCED -> Material2AL.CLOUD_DONE;
      case CONFLICT -> Material2MZ.WARNING;
      case REJECTED -> Material2AL.ERROR_OUTLINE;
    };
  }

  private static Label bound(ReadOnlyStringProperty text, String style) {
    Label label = new Label();
    label.textProperty().bind(text);
    label.visibleProperty().bind(text.isNotEmpty());
    label.managedProperty().bind(label.visibleProperty());
    label.setWrapText(true);
    label.getStyleClass().add(style);
    return label;
  }

  private static Button action(String text, Ikon icon, String id) {
    Button button = new Button(text, new FontIcon(icon));
    button.setId(id);
    button.setMaxWidth(Double.MAX_VALUE);
    button.getStyleClass().add("primary-action");
    return button;
  }
}
