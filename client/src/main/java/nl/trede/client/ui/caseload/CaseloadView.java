package nl.trede.client.ui.caseload;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.trede.client.ui.kit.Forms;
import nl.trede.client.ui.kit.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * A search field and a filter button over a list of candidate cards; the filters fold open under
 * the search field, each a choice list driven by the municipality's configuration. A tap on a card
 * (or Enter on the selected one) opens the candidate.
 */
public final class CaseloadView extends VBox {
  private final VBox filterPanel = new VBox(8);

  public CaseloadView(CaseloadPresenter presenter, Messages messages) {
    filterPanel.setId("filter-panel");
    filterPanel.getStyleClass().add("filter-panel");
    filterPanel.visibleProperty().bind(presenter.filtersOpen());
    filterPanel.managedProperty().bind(filterPanel.visibleProperty());
    presenter.dimensions().addListener((ListChangeListener<CaseloadPresenter.DimensionFilter>) c ->
        buildFilters(presenter, messages));
    buildFilters(presenter, messages);

    Label summary = new Label();
    summary.setId("caseload-summary");
    summary.getStyleClass().add("text-muted");
    summary.textProperty().bind(presenter.summary());
    ListView<CaseloadPresenter.Row> list = list(presenter);
    VBox.setVgrow(filterPanel, Priority.ALWAYS);
    getChildren().addAll(searchBar(presenter, messages), filterPanel, summary, list);
    if (presenter.canRegister()) {
      Button register = new Button(messages.get("caseload.register"), new FontIcon(Material2MZ.PERSON_ADD));
      register.setId("register-candidate");
      register.getStyleClass().addAll("accent", "primary-action");
      register.setMaxWidth(Double.MAX_VALUE);
      register.setOnAction(e -> presenter.register());
      getChildren().add(0, register);
    }
    setSpacing(8);
    getStyleClass().add("page");
  }

  /** The search field, and the button that folds the filters open (marked while any is set). */
  private static HBox searchBar(CaseloadPresenter presenter, Messages messages) {
    TextField search = new TextField();
    search.setId("search");
    search.setPromptText(messages.get("caseload.search"));
    search.textProperty().bindBidirectional(presenter.search());
    search.getStyleClass().add("search");
    HBox.setHgrow(search, Priority.ALWAYS);
    Button filters = new Button(null, new FontIcon(Material2AL.FILTER_LIST));
    filters.setId("filters");
    filters.setAccessibleText(messages.get("filter.button"));
    filters.setTooltip(new javafx.scene.control.Tooltip(messages.get("filter.button")));
    filters.getStyleClass().add("button-icon");
    filters.setOnAction(e -> presenter.toggleFilters());
    presenter.filtered().addListener((obs, was, is) -> mark(filters, is));
    mark(filters, presenter.filtered().get());
    HBox top = new HBox(8, search, filters);
    top.setAlignment(Pos.CENTER_LEFT);
    return top;
  }

  /** The candidate cards; a tap or Enter opens one. */
  private static ListView<CaseloadPresenter.Row> list(CaseloadPresenter presenter) {
    ListView<CaseloadPresenter.Row> list = new ListView<>(presenter.rows());
    list.setId("caseload");
    list.getStyleClass().add("card-list");
    Label placeholder = new Label();
    placeholder.setWrapText(true);
    placeholder.textProperty().bind(presenter.emptyText());
    placeholder.getStyleClass().add("empty-state");
    list.setPlaceholder(placeholder);
    list.setCellFactory(view -> new ListCell<>() {
      {
        // A zero preferred width lets the list size cells to its own width, so long rung names
        // wrap instead of pushing a sideways scrollbar onto a phone screen.
        setPrefWidth(0);
      }

      @Override
      protected void updateItem(CaseloadPresenter.Row row, boolean empty) {
        super.updateItem(row, empty);
        setGraphic(empty || row == null ? null : card(row, presenter));
        setText(null);
      }
    });
    list.setOnMouseClicked(e -> presenter.open(list.getSelectionModel().getSelectedItem()));
    list.setOnKeyPressed(e -> {
      if (e.getCode() == KeyCode.ENTER) {
        presenter.open(list.getSelectionModel().getSelectedItem());
      }
    });
    VBox.setVgrow(list, Priority.ALWAYS);
    // On a phone the filters take the list's place while open; Klaar brings the list back.
    list.visibleProperty().bind(presenter.filtersOpen().not());
    list.managedProperty().bind(list.visibleProperty());
    return list;
  }

  private static VBox card(CaseloadPresenter.Row row, CaseloadPresenter presenter) {
    Label name = new Label(row.name());
    name.getStyleClass().add("card-title");
    if (row.pending()) {
      name.setGraphic(new FontIcon(Material2MZ.SYNC));
      name.setContentDisplay(ContentDisplay.RIGHT);
    }
    Label rung = Forms.wrapped(row.rung(), "text-muted");
    Label next = Forms.wrapped(row.nextContact(), row.overdue() ? "overdue" : "text-muted");
    if (row.overdue()) {
      next.setGraphic(new FontIcon(Material2AL.ACCESS_ALARM));
    }
    VBox card = new VBox(2, name, rung, next);
    card.setId("caseload-" + row.candidateId());
    if (!row.signals().isEmpty()) {
      // A signal from the workplace (002 §3.4.3) in words with an icon, not by a colour alone.
      FlowPane signals = new FlowPane(4, 4);
      signals.setId("signals-" + row.candidateId());
      for (String signal : row.signals()) {
        Label s = new Label(signal, new FontIcon(Material2AL.ERROR_OUTLINE));
        s.getStyleClass().add("tag-signal");
        signals.getChildren().add(s);
      }
      card.getChildren().add(signals);
    }
    if (!row.tags().isEmpty()) {
      FlowPane tags = new FlowPane(4, 4);
      for (CaseloadPresenter.Tag tag : row.tags()) {
        Label t = new Label(tag.text());
        t.getStyleClass().add(tag.warning() ? "tag-warning" : "tag");
        tags.getChildren().add(t);
      }
      card.getChildren().add(tags);
    }
    if (presenter.offersNoShow()) {
      Button noShow = new Button(presenter.noShowLabel(), new FontIcon(Material2AL.EVENT_BUSY));
      noShow.setId("no-show-" + row.candidateId());
      noShow.getStyleClass().addAll("flat", "card-action");
      noShow.setOnAction(e -> presenter.noShow(row));
      // The tap is the button's: it must not also open the candidate under it.
      noShow.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, javafx.event.Event::consume);
      card.getChildren().add(noShow);
    }
    card.getStyleClass().add("card");
    return card;
  }

  private void buildFilters(CaseloadPresenter presenter, Messages messages) {
    filterPanel.getChildren().clear();
    VBox fields = new VBox(8);
    if (presenter.groups().size() > 1) {
      fields.getChildren().add(Forms.field(messages.get("filter.group"),
          combo("filter-group", presenter.groups(), presenter.group()), null));
    }
    for (CaseloadPresenter.DimensionFilter d : presenter.dimensions()) {
      fields.getChildren().add(Forms.field(d.label(),
          combo("filter-" + d.key(), javafx.collections.FXCollections.observableArrayList(d.options()), d.selected()),
          null));
    }
    fields.getChildren().add(Forms.field(messages.get("filter.rung"),
        combo("filter-rung", javafx.collections.FXCollections.observableArrayList(presenter.rungs()), presenter.rung()),
        null));
    fields.getChildren().add(Forms.field(messages.get("filter.flag"),
        combo("filter-flag", javafx.collections.FXCollections.observableArrayList(presenter.flags()), presenter.flag()),
        null));
    Button clear = new Button(messages.get("filter.clear"));
    clear.setId("filter-clear");
    clear.getStyleClass().add("flat");
    clear.setOnAction(e -> presenter.clearFilters());
    Button done = new Button(messages.get("filter.done"));
    done.setId("filter-done");
    done.getStyleClass().add("accent");
    done.setOnAction(e -> presenter.toggleFilters());
    HBox buttons = new HBox(8, clear, done);
    buttons.setAlignment(Pos.CENTER_RIGHT);
    // The panel scrolls on its own: a scheme may have many dimensions (Lansingerland has a dozen).
    ScrollPane scroll = new ScrollPane(fields);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("filter-scroll");
    VBox.setVgrow(scroll, Priority.ALWAYS);
    filterPanel.getChildren().addAll(scroll, buttons);
  }

  private static ComboBox<CaseloadPresenter.Option> combo(String id,
      javafx.collections.ObservableList<CaseloadPresenter.Option> options,
      javafx.beans.property.ObjectProperty<CaseloadPresenter.Option> value) {
    ComboBox<CaseloadPresenter.Option> box = Forms.choice(CaseloadPresenter.Option::label);
    box.setId(id);
    box.setItems(options);
    box.valueProperty().bindBidirectional(value);
    return box;
  }

  private static void mark(Button filters, boolean active) {
    filters.getStyleClass().remove("filter-active");
    if (active) {
      filters.getStyleClass().add("filter-active");
    }
  }
}
