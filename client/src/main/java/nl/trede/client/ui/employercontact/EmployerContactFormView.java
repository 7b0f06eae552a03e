package nl.trede.client.ui.employercontact;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import nl.trede.client.ui.kit.Forms;
import nl.trede.client.ui.kit.Messages;
import nl.trede.domain.employer.Vacancy;

/**
 * How (chips) and what was discussed first, with the hint that no candidate belongs in it; then
 * with whom, the day (today), the follow-up (chips) and the vacancy; Opslaan in the bar that stays
 * at the bottom.
 */
public final class EmployerContactFormView extends BorderPane {
  public EmployerContactFormView(EmployerContactFormPresenter presenter, Messages messages, Runnable cancel) {
    var errors = presenter.errors();
    FlowPane kind = Forms.chips("kind", EmployerContactFormPresenter.KINDS,
        k -> messages.get("employerContact.kind." + k.name()), presenter.kind());
    TextArea summary = Forms.area("summary", 4);
    summary.textProperty().bindBidirectional(presenter.summary());
    summary.setPromptText(messages.get("employerContact.summaryPrompt"));
    Label noCandidates = Forms.hint(messages.get("employerContact.noCandidates"));
    noCandidates.setId("no-candidates-hint");
    TextField spokeWith = Forms.text("spoke-with", presenter.spokeWith());
    DatePicker date = Forms.datePicker();
    date.setId("date");
    date.valueProperty().bindBidirectional(presenter.date());
    DatePicker followUp = Forms.datePicker();
    followUp.setId("follow-up");
    followUp.valueProperty().bindBidirectional(presenter.followUp());
    FlowPane quick = new FlowPane(8, 8);
    quick.setId("follow-up-quick");
    for (int weeks : EmployerContactFormPresenter.FOLLOW_UP_WEEKS) {
      Button chip = new Button(messages.get("contact.inWeeks", weeks));
      chip.setId("follow-up-in-" + weeks);
      chip.getStyleClass().add("chip");
      chip.setOnAction(e -> presenter.followUpIn(weeks));
      quick.getChildren().add(chip);
    }
    Button none = new Button(messages.get("employerContact.noFollowUp"));
    none.setId("follow-up-none");
    none.getStyleClass().add("chip");
    none.setOnAction(e -> presenter.followUp().set(null));
    quick.getChildren().add(none);
    ComboBox<Vacancy> vacancy = Forms.choice(Vacancy::title);
    vacancy.setId("vacancy");
    vacancy.getItems().add(null);
    vacancy.getItems().addAll(presenter.vacancies());
    vacancy.valueProperty().bindBidirectional(presenter.vacancy());
    vacancy.setPromptText(messages.get("employerContact.noVacancy"));
    VBox vacancyField = Forms.field(messages.get("employerContact.vacancy"), vacancy, errors.binding("vacancyId"));
    vacancyField.setVisible(!presenter.vacancies().isEmpty());
    vacancyField.setManaged(!presenter.vacancies().isEmpty());

    Label about = Forms.wrapped(presenter.about(), "form-about");
    about.setId("form-about");
    Label heading = Forms.hint(presenter.heading());
    heading.setId("form-heading");
    heading.setVisible(presenter.correcting());
    heading.setManaged(presenter.correcting());
    VBox page = new VBox(10, about, heading, Forms.generalError(errors),
        Forms.field(messages.get("employerContact.kind"), kind, errors.binding("kind")),
        Forms.field(messages.get("employerContact.summary"), new VBox(4, summary, noCandidates),
            errors.binding("summary")),
        Forms.field(messages.get("employerContact.spokeWith"), spokeWith, errors.binding("spokeWith")),
        Forms.field(messages.get("employerContact.date"), date, errors.binding("date")),
        Forms.field(messages.get("employerContact.followUp"), new VBox(8, followUp, quick),
            errors.binding("followUpDate")),
        vacancyField);
    page.getStyleClass().add("page");
    setCenter(Forms.withSaveBar(page, messages, presenter::save, cancel));
  }
}
