package nl.trede.client.ui.agenda;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import nl.trede.client.ui.kit.Forms;
import nl.trede.client.ui.kit.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The agenda as headings per day with a card per candidate; the late ones first, marked with an
 * icon and words, not colour alone. A tap on a card opens the candidate; the buttons on it record
 * the contact or the no-show at once.
 */
public final class AgendaView extends ScrollPane {
  private final VBox days = new VBox(8);

  public AgendaView(AgendaPresenter presenter, Messages messages) {
    Label summary = Forms.hint(presenter.summary());
    summary.setId("agenda-summary");
    Label reminders = Forms.wrapped(presenter.reminderNote(), "text-muted");
    reminders.setGraphic(new FontIcon(Material2AL.ALARM));
    reminders.setId("agenda-reminders");
    Label later = Forms.hint(presenter.later());
    later.setId("agenda-later");
    days.setId("agenda");
    presenter.days().addListener((ListChangeListener<AgendaPresenter.Day>) c -> render(presenter, messages));
    render(presenter, messages);
    VBox page = new VBox(10, summary, reminders, days, later);
    page.getStyleClass().add("page");
    setContent(page);
    setFitToWidth(true);
  }

  private void render(AgendaPresenter presenter, Messages messages) {
    days.getChildren().clear();
    if (presenter.days().isEmpty()) {
      Label empty = new Label(presenter.emptyText());
      empty.setWrapText(true);
      empty.getStyleClass().add("empty-state");
      days.getChildren().add(empty);
    }
    for (AgendaPresenter.Day day : presenter.days()) {
      Label heading = Forms.section(day.title());
      heading.setId("day-" + day.id());
      if (day.overdue()) {
        heading.setGraphic(new FontIcon(Material2MZ.WARNING));
        heading.getStyleClass().add("overdue");
      }
      days.getChildren().add(heading);
      for (AgendaPresenter.SessionRow session : day.sessions()) {
        Label text = Forms.wrapped(session.text(), "card-title");
        text.setGraphic(new FontIcon(Material2AL.GROUPS));
        days.getChildren().add(Forms.card("agenda-session-" + session.sessionId(), () -> presenter.openSession(session),
            text));
      }
      for (AgendaPresenter.Row row : day.rows()) {
        days.getChildren().add(card(presenter, messages, row));
      }
    }
  }

  private static VBox card(AgendaPresenter presenter, Messages messages, AgendaPresenter.Row row) {
    Label name = Forms.wrapped(row.name(), "card-title");
    Label due = Forms.wrapped(row.due(), row.overdue() ? "overdue" : "text-muted");
    Button contact = new Button(messages.get("candidate.recordContact"), new FontIcon(Material2AL.CHAT));
    contact.setId("agenda-contact-" + row.candidateId());
    contact.getStyleClass().addAll("flat", "card-action");
    contact.setOnAction(e -> presenter.recordContact(row));
    FlowPane actions = new FlowPane(8, 4, contact);
    if (row.noShowPossible()) {
      Button noShow = new Button(messages.get("candidate.recordNoShow"), new FontIcon(Material2AL.EVENT_BUSY));
      noShow.setId("agenda-no-show-" + row.candidateId());
      noShow.getStyleClass().addAll("flat", "card-action");
      noShow.setOnAction(e -> presenter.recordNoShow(row));
      actions.getChildren().add(noShow);
    }
    // The buttons act on their own; a tap on them does not also open the candidate.
    actions.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, javafx.event.Event::consume);
    VBox card = row.aftercare()
        ? Forms.card("agenda-" + row.candidateId(), () -> presenter.open(row), name, aftercareTag(presenter, row), due,
            actions)
        : Forms.card("agenda-" + row.candidateId(), () -> presenter.open(row), name, due, actions);
    if (row.overdue()) {
      card.getStyleClass().add("card-warning");
    }
    return card;
  }

  private static Label aftercareTag(AgendaPresenter presenter, AgendaPresenter.Row row) {
    Label tag = new Label(presenter.aftercareText());
    tag.setId("agenda-aftercare-" + row.candidateId());
    tag.getStyleClass().add("tag");
    return tag;
  }
}
