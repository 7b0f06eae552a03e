package nl.trede.client.ui.person;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import nl.trede.client.ui.kit.Forms;
import nl.trede.client.ui.kit.Messages;
import nl.trede.client.ui.kit.PersonFieldsView;
import nl.trede.domain.employer.Requirement;

/** The person and inflow, then what a match looks at. */
public final class PersonFormView extends ScrollPane {
  public PersonFormView(PersonFormPresenter presenter, Messages messages, Runnable cancel) {
    var errors = presenter.errors();
    VBox page = new VBox(10, Forms.hint(messages.get("person.explain", presenter.candidateName())),
        Forms.generalError(errors));
    page.getChildren().addAll(PersonFieldsView.of(presenter.person(), errors, messages));
    ComboBox<String> level = Forms.choice(l -> l.isEmpty() ? messages.get("person.levelNone") : l);
    level.setId("language-level");
    level.getItems().setAll(PersonFormPresenter.LEVELS);
    level.valueProperty().bindBidirectional(presenter.languageLevel());
    page.getChildren().addAll(Forms.section(messages.get("person.workSection")),
        Forms.row(Forms.field(messages.get("person.languageLevel"), level, errors.binding("languageLevel")),
            Forms.field(messages.get("person.availableHours"),
                Forms.text("available-hours", presenter.availableHours()), errors.binding("availableHoursPerWeek"))),
        Forms.field(messages.get("person.certificates"), Forms.checks("certificate", PersonFormPresenter.CERTIFICATES,
            messages::label, r -> presenter.certificates().get(r), Requirement::name), errors.binding("certificates")),
        Forms.buttons(messages, presenter::save, cancel));
    page.getStyleClass().add("page");
    setContent(page);
    setFitToWidth(true);
  }
}
