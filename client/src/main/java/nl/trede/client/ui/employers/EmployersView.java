package nl.trede.client.ui.employers;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.trede.client.ui.kit.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** Register button on top (the jobhunter is at the reception desk), search, cards. */
public final class EmployersView extends VBox {
  public EmployersView(EmployersPresenter presenter, Messages messages) {
    Button register = new Button(messages.get("employers.register"), new FontIcon(Material2AL.ADD_BUSINESS));
    register.setId("register-employer");
    register.getStyleClass().addAll("accent", "primary-action");
    register.setMaxWidth(Double.MAX_VALUE);
    register.setOnAction(e -> presenter.register());
    TextField search = new TextField();
    search.setId("employer-search");
    search.setPromptText(messages.get("employers.search"));
    search.textProperty().bindBidirectional(presenter.search());
    Label summary = new Label();
    summary.getStyleClass().add("text-muted");
    summary.textProperty().bind(presenter.summary());
    ListView<EmployersPresenter.Row> list = new ListView<>(presenter.rows());
    list.setId("employers");
    list.getStyleClass().add("card-list");
    Label placeholder = new Label();
    placeholder.setWrapText(true);
    placeholder.getStyleClass().add("empty-state");
    placeholder.textProperty().bind(presenter.emptyText());
    list.setPlaceholder(placeholder);
    list.setCellFactory(view -> new ListCell<>() {
      {
        setPrefWidth(0);
      }

      @Override
      protected void updateItem(EmployersPresenter.Row row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
          setGraphic(null);
          return;
        }
        Label name = new Label(row.name());
        name.getStyleClass().add("card-title");
        name.setWrapText(true);
        Label details = new Label(row.details());
        details.setWrapText(true);
        details.getStyleClass().add("text-muted");
        Label vacancies = new Label(row.vacancies());
        vacancies.getStyleClass().add("text-muted");
        VBox card = new VBox(2, name, details, vacancies);
        if (row.followUp() != null) {
          Label followUp = nl.trede.client.ui.kit.Forms.wrapped(row.followUp(), row.followUpOverdue() ? "overdue" : "due");
          followUp.setId("follow-up-" + row.employerId());
          card.getChildren().add(followUp);
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
    getChildren().addAll(register, search, summary, list);
    setSpacing(8);
    getStyleClass().add("page");
  }
}
