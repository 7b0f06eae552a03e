package nl.trede.client.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import javafx.beans.binding.StringBinding;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Building blocks the form views share: a labelled field with its error, Dutch dates. */
public final class Forms {
  private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d-M-yyyy");

  private Forms() {}

  /** A label above the control and, under it, the field's violation when there is one. */
  public static VBox field(String label, Node control, StringBinding error) {
    Label caption = new Label(label);
    caption.getStyleClass().add("field-label");
    caption.setLabelFor(control);
    Label errorLabel = new Label();
    errorLabel.getStyleClass().add("field-error");
    errorLabel.setWrapText(true);
    if (error != null) {
      errorLabel.textProperty().bind(error);
      errorLabel.visibleProperty().bind(error.isNotEmpty());
      errorLabel.managedProperty().bind(errorLabel.visibleProperty());
      error.addListener((obs, old, now) -> {
        if (now == null || now.isEmpty()) {
          control.getStyleClass().remove("invalid");
        } else if (!control.getStyleClass().contains("invalid")) {
          control.getStyleClass().add("invalid");
        }
      });
    } else {
      errorLabel.setVisible(false);
      errorLabel.setManaged(false);
    }
    VBox box = new VBox(4, caption, control, errorLabel);
    box.getStyleClass().add("form-field");
    return box;
  }

  /** Dates typed and shown the Dutch way (24-11-2026). */
  public static DatePicker datePicker() {
    DatePicker picker = new DatePicker();
    picker.setConverter(new StringConverter<>() {
      @Override
      public String toString(LocalDate date) {
        return date == null ? "" : DUTCH_DATE.format(date);
      }

      @Override
      public LocalDate fromString(String text) {
        if (text == null || text.isBlank()) {
          return null;
        }
        try {
          return LocalDate.parse(text.strip(), DUTCH_DATE);
        } catch (DateTimeParseException e) {
          return null;
        }
      }
    });
    picker.setPromptText("dd-mm-jjjj");
    picker.setMaxWidth(Double.MAX_VALUE);
    return picker;
  }

  /** A choice list that shows each value in Dutch. */
  public static <T> ComboBox<T> choice(Function<T, String> text) {
    ComboBox<T> box = new ComboBox<>();
    box.setMaxWidth(Double.MAX_VALUE);
    StringConverter<T> converter = new StringConverter<>() {
      @Override
      public String toString(T value) {
        return value == null ? "" : text.apply(value);
      }

      @Override
      public T fromString(String string) {
        return null;
      }
    };
    box.setConverter(converter);
    box.setCellFactory(list -> new ListCell<>() {
      @Override
      protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : text.apply(item));
      }
    });
    return box;
  }

  public static TextArea area(String id, int rows) {
    TextArea area = new TextArea();
    area.setId(id);
    area.setWrapText(true);
    area.setPrefRowCount(rows);
    return area;
  }

  /** The violations that belong to no field of the form, above the form. */
  public static Label generalError(FormErrors errors) {
    Label general = new Label();
    general.setId("form-error");
    general.getStyleClass().add("form-error");
    general.setWrapText(true);
    general.textProperty().bind(errors.general());
    general.visibleProperty().bind(errors.general().isNotEmpty());
    general.managedProperty().bind(general.visibleProperty());
    return general;
  }

  /** Opslaan and Annuleren, full width, at the end of every form. */
  public static VBox buttons(Messages messages, Runnable save, Runnable cancel) {
    Button saveButton = new Button(messages.get("common.save"));
    saveButton.setId("save");
    saveButton.getStyleClass().addAll("accent", "primary-action");
    saveButton.setMaxWidth(Double.MAX_VALUE);
    saveButton.setOnAction(e -> save.run());
    Button cancelButton = new Button(messages.get("common.cancel"));
    cancelButton.setId("cancel");
    cancelButton.getStyleClass().addAll("flat", "primary-action");
    cancelButton.setMaxWidth(Double.MAX_VALUE);
    cancelButton.setOnAction(e -> cancel.run());
    return new VBox(8, saveButton, cancelButton);
  }
}
