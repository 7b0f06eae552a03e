package nl.trede.client.ui.employer;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import nl.trede.client.ui.kit.Forms;
import nl.trede.client.ui.kit.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** Details card with Bewerken, then the vacancies with Vacature toevoegen on top. */
public final class EmployerView extends ScrollPane {
  private final VBox detailLines = new VBox(2);
  private final VBox vacancyCards = new VBox(8);

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
    VBox card = new VBox(4, name, detailLines, edit);
    card.getStyleClass().add("card");
    Button add = new Button(messages.get("employer.newVacancy"), new FontIcon(Material2AL.ADD));
    add.setId("new-vacancy");
    add.getStyleClass().addAll("accent", "primary-action");
    add.setMaxWidth(Double.MAX_VALUE);
    add.setOnAction(e -> presenter.newVacancy());
    vacancyCards.setId("vacancies");
    presenter.details().addListener((ListChangeListener<String>) c -> render(presenter, messages));
    presenter.vacancies().addListener((ListChangeListener<EmployerPresenter.VacancyRow>) c -> render(presenter, messages));
    render(presenter, messages);
    VBox page = new VBox(12, card, Forms.section(messages.get("employer.vacancies")), add, vacancyCards);
    page.getStyleClass().add("page");
    setContent(page);
    setFitToWidth(true);
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
