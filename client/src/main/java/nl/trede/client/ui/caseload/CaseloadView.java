package nl.trede.client.ui.caseload;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.trede.client.ui.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** A search field over a list of candidate cards; a tap opens the candidate. */
public final class CaseloadView extends VBox {
  public CaseloadView(CaseloadPresenter presenter, Messages messages) {
    TextField search = new TextField();
    search.setId("search");
    search.setPromptText(messages.get("caseload.search"));
    search.textProperty().bindBidirectional(presenter.search());
    search.getStyleClass().add("search");

    ListView<CaseloadPresenter.Row> list = new ListView<>(presenter.rows());
    list.setId("caseload");
    list.getStyleClass().add("card-list");
    list.setPlaceholder(wrapped(messages.get("caseload.empty")));
    list.setCellFactory(view -> new ListCell<>() {
      {
        // A zero preferred width lets the list size cells to its own width, so long rung names
        // wrap instead of pushing a sideways scrollbar onto a phone screen.
        setPrefWidth(0);
      }

      @Override
      protected void updateItem(CaseloadPresenter.Row row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
          setGraphic(null);
          setText(null);
          return;
        }
        Label name = new Label(row.name());
        name.getStyleClass().add("card-title");
        if (row.pending()) {
          name.setGraphic(new FontIcon(Material2MZ.SYNC));
          name.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        }
        Label rung = new Label(row.rung());
        rung.getStyleClass().add("text-muted");
        rung.setWrapText(true);
        Label next = new Label(row.nextContact());
        next.getStyleClass().add(row.overdue() ? "overdue" : "text-muted");
        VBox card = new VBox(2, name, rung, next);
        card.getStyleClass().add("card");
        setGraphic(card);
        setText(null);
      }
    });
    list.setOnMouseClicked(e -> presenter.open(list.getSelectionModel().getSelectedItem()));
    list.setOnKeyPressed(e -> {
      if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
        presenter.open(list.getSelectionModel().getSelectedItem());
      }
    });
    VBox.setVgrow(list, Priority.ALWAYS);
    getChildren().addAll(search, list);
    setSpacing(8);
    getStyleClass().add("page");
  }

  private static Label wrapped(String text) {
    Label label = new Label(text);
    label.setWrapText(true);
    return label;
  }
}
