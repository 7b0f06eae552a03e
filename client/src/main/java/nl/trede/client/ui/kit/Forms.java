package nl.trede.client.ui.kit;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.StringBinding;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
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
    caption.setWrapText(true);
    caption.setMinHeight(Region.USE_PREF_SIZE);
    Label errorLabel = new Label();
    errorLabel.getStyleClass().add("field-error");
    errorLabel.setWrapText(true);
    errorLabel.setMinHeight(Region.USE_PREF_SIZE);
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

  /** A one-line text field bound both ways to the presenter's property. */
  public static TextField text(String id, javafx.beans.property.StringProperty value) {
    TextField field = new TextField();
    field.setId(id);
    field.textProperty().bindBidirectional(value);
    return field;
  }

  /**
   * Choices as large toggle chips that wrap over the width: one tap, no popup, reachable with a
   * thumb. The chip of the property's value is selected; a tap sets it.
   */
  public static <T> FlowPane chips(String id, List<T> values, Function<T, String> text,
      javafx.beans.property.ObjectProperty<T> value) {
    FlowPane pane = new FlowPane(8, 8);
    pane.setId(id);
    pane.getStyleClass().add("chips");
    ToggleGroup group = new ToggleGroup();
    for (T item : values) {
      ToggleButton chip = new ToggleButton(text.apply(item));
      chip.setId(id + "-" + String.valueOf(item).toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
      chip.getStyleClass().add("chip");
      chip.setUserData(item);
      chip.setToggleGroup(group);
      chip.setSelected(java.util.Objects.equals(item, value.get()));
      chip.setOnAction(e -> {
        if (chip.isSelected()) {
          value.set(item);
        } else if (java.util.Objects.equals(item, value.get())) {
          // Tapping the chosen chip again keeps it: a choice never silently disappears.
          chip.setSelected(true);
        }
      });
      pane.getChildren().add(chip);
    }
    value.addListener((obs, old, now) -> group.getToggles().forEach(
        t -> t.setSelected(java.util.Objects.equals(t.getUserData(), now))));
    return pane;
  }

  /**
   * The same as one full-width button per choice, stacked: for choices with long labels, such as
   * the rungs of the Participatieladder.
   */
  public static <T> VBox choiceList(String id, List<T> values, Function<T, String> text,
      javafx.beans.property.ObjectProperty<T> value) {
    FlowPane chips = chips(id, values, text, value);
    VBox list = new VBox(6);
    list.setId(id);
    chips.setId(null);
    for (javafx.scene.Node node : List.copyOf(chips.getChildren())) {
      ToggleButton chip = (ToggleButton) node;
      chip.setMaxWidth(Double.MAX_VALUE);
      chip.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
      chip.setWrapText(true);
      list.getChildren().add(chip);
    }
    list.getStyleClass().add("choice-list");
    return list;
  }

  /**
   * A card that acts as a button: a tap, Enter or Space runs the action. A VBox rather than a
   * Button with a graphic, because a Button sizes wrapped text inside its graphic as if it had no
   * width and grows far too tall.
   */
  public static VBox card(String id, Runnable action, javafx.scene.Node... content) {
    VBox card = new VBox(2, content);
    card.setId(id);
    card.getStyleClass().addAll("card", "clickable");
    card.setFocusTraversable(true);
    card.setAccessibleRole(javafx.scene.AccessibleRole.BUTTON);
    card.setOnMouseClicked(e -> action.run());
    card.setOnKeyPressed(e -> {
      if (e.getCode() == javafx.scene.input.KeyCode.ENTER || e.getCode() == javafx.scene.input.KeyCode.SPACE) {
        action.run();
        e.consume();
      }
    });
    return card;
  }

  /** A wrapping label that follows the presenter's text, hidden (and taking no room) while it is empty. */
  public static Label shownWhenSet(String id, javafx.beans.value.ObservableStringValue text, String... styles) {
    Label label = wrapped("", styles);
    label.setId(id);
    label.textProperty().bind(text);
    label.visibleProperty().bind(label.textProperty().isNotEmpty());
    label.managedProperty().bind(label.visibleProperty());
    return label;
  }

  /** A label that wraps and never shrinks below its text (inside cells and cards too). */
  public static Label wrapped(String text, String... styles) {
    Label label = new Label(text);
    label.setWrapText(true);
    label.setMinHeight(Region.USE_PREF_SIZE);
    label.getStyleClass().addAll(styles);
    return label;
  }

  /** A question answered with Ja or Nee, as two chips. */
  public static HBox yesNo(String id, Messages messages, javafx.beans.property.BooleanProperty value) {
    ToggleGroup group = new ToggleGroup();
    ToggleButton yes = new ToggleButton(messages.get("common.yes"));
    ToggleButton no = new ToggleButton(messages.get("common.no"));
    yes.setId(id + "-yes");
    no.setId(id + "-no");
    for (ToggleButton b : List.of(yes, no)) {
      b.getStyleClass().add("chip");
      b.setToggleGroup(group);
    }
    yes.setSelected(value.get());
    no.setSelected(!value.get());
    yes.setOnAction(e -> {
      yes.setSelected(true);
      value.set(true);
    });
    no.setOnAction(e -> {
      no.setSelected(true);
      value.set(false);
    });
    value.addListener((obs, old, now) -> {
      yes.setSelected(now);
      no.setSelected(!now);
    });
    HBox box = new HBox(8, yes, no);
    box.setId(id);
    return box;
  }

  /**
   * Short fields side by side on a tablet, one under the other on a phone ({@link Columns}): about
   * 260 pixels each, so two fit on a tablet's page and one on a phone's.
   */
  public static Columns row(Node... fields) {
    return new Columns(260, fields);
  }

  /** A check box per item, in as many columns as fit, each bound to the item's property. */
  public static <T> Columns checks(String id, List<T> items, Function<T, String> text,
      Function<T, javafx.beans.property.BooleanProperty> chosen, Function<T, String> itemId) {
    Columns pane = new Columns(220);
    pane.setId(id);
    for (T item : items) {
      javafx.scene.control.CheckBox box = new javafx.scene.control.CheckBox(text.apply(item));
      box.setId(id + "-" + itemId.apply(item));
      box.setWrapText(true);
      box.selectedProperty().bindBidirectional(chosen.apply(item));
      pane.getChildren().add(box);
    }
    return pane;
  }

  /** A heading between the parts of a long form or page. */
  public static Label section(String text) {
    Label label = new Label(text);
    label.getStyleClass().add("section-title");
    label.setWrapText(true);
    return label;
  }

  /** A muted explanation under a field or heading. */
  public static Label hint(String text) {
    Label label = new Label(text);
    label.getStyleClass().addAll("text-muted", "hint");
    label.setWrapText(true);
    label.setMinHeight(Region.USE_PREF_SIZE);
    return label;
  }

  /** A muted explanation that follows the presenter; hidden while empty. */
  public static Label hint(javafx.beans.value.ObservableStringValue text) {
    Label label = hint("");
    label.textProperty().bind(text);
    label.visibleProperty().bind(label.textProperty().isNotEmpty());
    label.managedProperty().bind(label.visibleProperty());
    return label;
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

  /**
   * A form whose Opslaan stays in reach: the fields scroll, the bar with Annuleren and Opslaan
   * stays at the bottom above the sync strip, never below seven fields (decision 0033).
   */
  public static javafx.scene.layout.BorderPane withSaveBar(Node page, Messages messages, Runnable save,
      Runnable cancel) {
    javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(page);
    scroll.setFitToWidth(true);
    Button saveButton = saveButton(messages, save);
    Button cancelButton = cancelButton(messages, cancel);
    cancelButton.setMaxWidth(Region.USE_PREF_SIZE);
    cancelButton.setMinWidth(Region.USE_PREF_SIZE);
    HBox bar = new HBox(8, cancelButton, saveButton);
    HBox.setHgrow(saveButton, javafx.scene.layout.Priority.ALWAYS);
    bar.getStyleClass().add("save-bar");
    bar.setId("save-bar");
    javafx.scene.layout.BorderPane form = new javafx.scene.layout.BorderPane(scroll);
    form.setBottom(bar);
    return form;
  }

  /** Opslaan and Annuleren, full width, at the end of every form. */
  public static VBox buttons(Messages messages, Runnable save, Runnable cancel) {
    return new VBox(8, saveButton(messages, save), cancelButton(messages, cancel));
  }

  private static Button saveButton(Messages messages, Runnable save) {
    Button saveButton = new Button(messages.get("common.save"));
    saveButton.setId("save");
    saveButton.getStyleClass().addAll("accent", "primary-action");
    saveButton.setMaxWidth(Double.MAX_VALUE);
    saveButton.setOnAction(e -> save.run());
    return saveButton;
  }

  /** Annuleren, full width: for a page whose main action is not Opslaan. */
  public static Button cancelButton(Messages messages, Runnable cancel) {
    Button cancelButton = new Button(messages.get("common.cancel"));
    cancelButton.setId("cancel");
    cancelButton.getStyleClass().addAll("flat", "primary-action");
    cancelButton.setMaxWidth(Double.MAX_VALUE);
    cancelButton.setOnAction(e -> cancel.run());
    return cancelButton;
  }
}
