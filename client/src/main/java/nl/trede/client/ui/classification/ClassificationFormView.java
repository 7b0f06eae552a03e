package nl.trede.client.ui.classification;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import nl.trede.client.ui.kit.DimensionChoice;
import nl.trede.client.ui.kit.Forms;
import nl.trede.client.ui.kit.Messages;

/** One choice list per dimension; dimensions the coach may not change are shown, not offered. */
public final class ClassificationFormView extends ScrollPane {
  public ClassificationFormView(ClassificationFormPresenter presenter, Messages messages, Runnable cancel) {
    var errors = presenter.errors();
    VBox page = new VBox(10, Forms.hint(messages.get("classification.explain", presenter.candidateName())),
        Forms.generalError(errors));
    for (ClassificationFormPresenter.Row row : presenter.rows()) {
      String field = "classification." + row.dimension().key();
      if (row.editable()) {
        ComboBox<DimensionChoice> box = Forms.choice(DimensionChoice::label);
        box.setId("dimension-" + row.dimension().key());
        box.getItems().setAll(row.choices());
        box.valueProperty().bindBidirectional(row.value());
        page.getChildren().add(Forms.field(row.dimension().label(), box, errors.binding(field)));
      } else {
        Label value = new Label(row.value().get().label());
        value.setId("dimension-" + row.dimension().key());
        value.setWrapText(true);
        value.getStyleClass().add(row.value().get().stale() ? "tag-warning" : "classification-value");
        page.getChildren().add(Forms.field(row.dimension().label(), new VBox(2, value, Forms.hint(row.note())),
            errors.binding(field)));
      }
    }
    page.getChildren().add(Forms.buttons(messages, presenter::save, cancel));
    page.getStyleClass().add("page");
    setContent(page);
    setFitToWidth(true);
  }
}
