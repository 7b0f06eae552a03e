package nl.trede.client.ui.intake;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import nl.trede.client.ui.kit.Columns;
import nl.trede.client.ui.kit.CoachChoicesView;
import nl.trede.client.ui.kit.DimensionChoice;
import nl.trede.client.ui.kit.Forms;
import nl.trede.client.ui.kit.Messages;
import nl.trede.client.ui.kit.PersonFieldsView;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The intake on one page: the person and how they came in, the classification, the coaches; a
 * possible duplicate right above Opslaan, with the file to open and a way to register anyway.
 */
public final class IntakeView extends ScrollPane {
  private final VBox duplicates = new VBox(6);

  public IntakeView(IntakePresenter presenter, Messages messages, Runnable cancel) {
    var errors = presenter.errors();
    VBox page = new VBox(10, Forms.hint(messages.get("intake.explain")), Forms.generalError(errors));
    page.getChildren().addAll(PersonFieldsView.of(presenter.person(), errors, messages));
    if (!presenter.dimensions().isEmpty()) {
      page.getChildren().add(Forms.section(messages.get("intake.classification")));
      Columns dimensions = Forms.row();
      for (IntakePresenter.DimensionRow row : presenter.dimensions()) {
        ComboBox<DimensionChoice> box = Forms.choice(DimensionChoice::label);
        box.setId("dimension-" + row.dimension().key());
        box.getItems().setAll(row.choices());
        box.valueProperty().bindBidirectional(row.value());
        dimensions.getChildren().add(Forms.field(row.dimension().label(), box,
            errors.binding("classification." + row.dimension().key())));
      }
      page.getChildren().add(dimensions);
    }
    page.getChildren().addAll(Forms.section(messages.get("intake.coaches")),
        CoachChoicesView.of(presenter.coaches(), messages));
    duplicates.setId("duplicates");
    duplicates.getStyleClass().add("warning-box");
    presenter.duplicates().addListener((ListChangeListener<IntakePresenter.Duplicate>) c ->
        showDuplicates(presenter, messages));
    showDuplicates(presenter, messages);
    page.getChildren().addAll(duplicates, Forms.buttons(messages, presenter::save, cancel));
    page.getStyleClass().add("page");
    setContent(page);
    setFitToWidth(true);
  }

  private void showDuplicates(IntakePresenter presenter, Messages messages) {
    duplicates.getChildren().clear();
    duplicates.setVisible(!presenter.duplicates().isEmpty());
    duplicates.setManaged(duplicates.isVisible());
    if (presenter.duplicates().isEmpty()) {
      return;
    }
    Label title = Forms.wrapped(messages.get("intake.duplicateTitle"), "card-title");
    title.setGraphic(new FontIcon(Material2MZ.WARNING));
    duplicates.getChildren().add(title);
    for (IntakePresenter.Duplicate d : presenter.duplicates()) {
      Button open = new Button(messages.get("intake.openDuplicate"));
      open.setId("open-duplicate-" + d.candidateId());
      open.getStyleClass().add("flat");
      open.setOnAction(e -> presenter.openDuplicate(d));
      duplicates.getChildren().addAll(Forms.wrapped(d.text()), open);
    }
    Button anyway = new Button(messages.get("intake.registerAnyway"));
    anyway.setId("register-anyway");
    anyway.setWrapText(true);
    anyway.setMaxWidth(Double.MAX_VALUE);
    anyway.setOnAction(e -> presenter.registerAnyway());
    duplicates.getChildren().addAll(Forms.hint(messages.get("intake.duplicateHint")), anyway);
  }
}
