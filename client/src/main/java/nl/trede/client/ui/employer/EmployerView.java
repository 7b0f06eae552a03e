package nl.trede.client.ui.employer;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import nl.trede.client.ui.kit.Forms;
import nl.trede.client.ui.kit.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * Details card with Bewerken and the follow-up when due; then the contacts with Contact vastleggen
 * on top (newest first, corrected ones struck through); then the vacancies with Vacature toevoegen.
 */
public final class EmployerView extends ScrollPane {
  private final VBox detailLines = new VBox(2);
  private final VBox vacancyCards = new VBox(8);
  private final VBox contactCards = new VBox(8);

  public EmployerView(EmployerPresenter presenter, Messages messages) {
    Label name = new Label();
    name.setId("employer-name");
    name.getStyleClass().add("card-title");
    name.setWrapText(true);
    name.textProperty().bind(presenter.name());
    Button edit = new Button(messages.get("employer.edit"), new FontIcon(Material2AL.EDIT));
    edit.setId("edit-employer");
    edit.getStyleClass().add("flat");
    edit.setOnAction(e -> presenter.edit());
    Label followUp = new Label();
    followUp.setId("employer-follow-up");
    followUp.setWrapText(true);
    followUp.getStyleClass().add(presenter.followUpOverdue().get() ? "overdue" : "due");
    presenter.followUpOverdue().addListener((obs, was, is) -> followUp.getStyleClass().setAll("label",
        is ? "overdue" : "due"));
    followUp.textProperty().bind(presenter.followUp());
    followUp.visibleProperty().bind(presenter.followUp().isNotNull());
    followUp.managedProperty().bind(followUp.visibleProperty());
    VBox card = new VBox(4, name, detailLines, followUp, edit);
    card.getStyleClass().add("card");
    Button record = new Button(messages.get("employerContact.record"), new FontIcon(Material2AL.CHAT));
    record.setId("record-employer-contact");
    record.getStyleClass().addAll("accent", "primary-action");
    record.setMaxWidth(Double.MAX_VALUE);
    record.setOnAction(e -> presenter.recordContact());
    record.setVisible(presenter.mayRecordContacts());
    record.setManaged(presenter.mayRecordContacts());
    contactCards.setId("employer-contacts");
    presenter.contacts().addListener((ListChangeListener<EmployerPresenter.ContactRow>) c -> renderContacts(presenter,
        messages));
    renderContacts(presenter, messages);
    Button add = new Button(messages.get("employer.newVacancy"), new FontIcon(Material2AL.ADD));
    add.setId("new-vacancy");
    add.getStyleClass().add("primary-action");
    add.setMaxWidth(Double.MAX_VALUE);
    add.setOnAction(e -> presenter.newVacancy());
    vacancyCards.setId("vacancies");
    presenter.details().addListener((ListChangeListener<String>) c -> render(presenter, messages));
    presenter.vacancies().addListener((ListChangeListener<EmployerPresenter.VacancyRow>) c -> render(presenter, messages));
    render(presenter, messages);
    VBox page = new VBox(12, card, Forms.section(messages.get("employerContact.section")), record, contactCards,
        Forms.section(messages.get("employer.vacancies")), add, vacancyCards);
    page.getStyleClass().add("page");
    setContent(page);
    setFitToWidth(true);
  }

  private void renderContacts(EmployerPresenter presenter, Messages messages) {
    contactCards.getChildren().clear();
    if (presenter.contacts().isEmpty()) {
      Label none = new Label(messages.get("employerContact.none"));
      none.setWrapText(true);
      none.getStyleClass().add("empty-state");
      contactCards.getChildren().add(none);
    }
    for (EmployerPresenter.ContactRow row : presenter.contacts()) {
      Label when = new Label(row.when());
      when.getStyleClass().add("text-muted");
      VBox card = new VBox(2, when, Forms.wrapped(row.title(), "card-title"));
      card.setId("employer-contact-" + row.id());
      row.details().forEach(line -> card.getChildren().add(Forms.wrapped(line)));
      Label state = Forms.wrapped(row.state(), "state-" + row.syncState().name().toLowerCase(java.util.Locale.ROOT));
      HBox footer = new HBox(8, state);
      footer.setAlignment(Pos.CENTER_LEFT);
      HBox.setHgrow(state, Priority.ALWAYS);
      state.setMaxWidth(Double.MAX_VALUE);
      if (row.correctable()) {
        Button correct = new Button(messages.get("timeline.correct"));
        correct.setId("correct-" + row.id());
        correct.getStyleClass().addAll("flat", "small-action");
        correct.setOnAction(e -> presenter.correct(row));
        footer.getChildren().add(correct);
      }
      card.getChildren().add(footer);
      card.getStyleClass().add("card");
      if (row.corrected()) {
        card.getStyleClass().add("corrected");
      }
      contactCards.getChildren().add(card);
    }
  }

  private void render(EmployerPresenter presenter, Messages messages) {
    detailLines.getChildren().clear();
    for (String line : presenter.details()) {
      Label label = new Label(line);
      label.setWrapText(true);
      label.getStyleClass().add("text-muted");
      detailLines.getChildren().add(label);
    }
    vacancyCards.getChildren().clear();
    if (presenter.vacancies().isEmpty()) {
      Label none = new Label(messages.get("employer.noVacancies"));
      none.setWrapText(true);
      none.getStyleClass().add("empty-state");
      vacancyCards.getChildren().add(none);
    }
    for (EmployerPresenter.VacancyRow row : presenter.vacancies()) {
      vacancyCards.getChildren().add(Forms.card("vacancy-" + row.vacancyId(), () -> presenter.openVacancy(row),
          Forms.wrapped(row.title(), "card-title"), Forms.wrapped(row.details() + " · " + row.status(), "text-muted")));
    }
  }
}
