package nl.trede.client.ui.vacancies;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.trede.client.ui.kit.Messages;

public final class VacanciesView extends VBox {
  public VacanciesView(VacanciesPresenter presenter, Messages messages) {
    CheckBox onlyOpen = new CheckBox(messages.get("vacancies.onlyOpen"));
    onlyOpen.setId("only-open");
    onlyOpen.selectedProperty().bindBidirectional(presenter.onlyOpen());
    Label summary = new Label();
    summary.getStyleClass().add("text-muted");
    summary.textProperty().bind(presenter.summary());
    ListView<VacanciesPresenter.Row> list = new ListView<>(presenter.rows());
    list.setId("vacancy-list");
    list.getStyleClass().add("card-list");
    Label placeholder = new Label(presenter.emptyText());
    placeholder.setWrapText(true);
    placeholder.getStyleClass().add("empty-state");
    list.setPlaceholder(placeholder);
    list.setCellFactory(view -> new ListCell<>() {
      {
        setPrefWidth(0);
      }

      @Override
      protected void updateItem(VacanciesPresenter.Row row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
          setGraphic(null);
          return;
        }
        Label title = new Label(row.title());
        title.getStyleClass().add("card-title");
        title.setWrapText(true);
        Label employer = new Label(row.employer());
        employer.setWrapText(true);
        Label details = new Label(row.details() + " · " + row.status());
        details.getStyleClass().add("text-muted");
        details.setWrapText(true);
        VBox card = new VBox(2, title, employer, details);
        if (row.suitsRegister()) {
          Label tag = new Label(messages.get("vacancy.suitsRegisterShort"));
          tag.getStyleClass().add("tag");
          card.getChildren().add(tag);
        }
        card.getStyleClass().add("card");
        setGraphic(card);
      }
    });
    list.setOnMouseClicked(e -> presenter.open(list.getSelectionModel().getSelectedItem()));
    list.setOnKeyPressed(e -> {
      if (e.getCode() == KeyCode.ENTER) {
        presenter.open(list.getSelectionModel().getSelectedItem());
      }
    });
    VBox.setVgrow(list, Priority.ALWAYS);
    getChildren().addAll(onlyOpen, summary, list);
    setSpacing(8);
    getStyleClass().add("page");
  }
}
