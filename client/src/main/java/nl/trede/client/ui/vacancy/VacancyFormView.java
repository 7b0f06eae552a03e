package nl.trede.client.ui.vacancy;

import java.util.Arrays;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.trede.client.ui.kit.Forms;
import nl.trede.client.ui.kit.Messages;
import nl.trede.domain.employer.Requirement;
import nl.trede.domain.employer.VacancyStatus;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Title, tasks one by one, hours, requirements, doelgroepregister, status; and matching when saved. */
public final class VacancyFormView extends ScrollPane {
  private final VBox taskRows = new VBox(6);

  public VacancyFormView(VacancyFormPresenter presenter, Messages messages, Runnable cancel, Runnable findCandidates) {
    var errors = presenter.errors();
    Label employer = Forms.hint(messages.get("vacancy.at", presenter.employerName()));
    TextField title = Forms.text("vacancy-title", presenter.title());
    taskRows.setId("tasks");
    presenter.tasks().addListener((ListChangeListener<String>) c -> renderTasks(presenter, messages));
    renderTasks(presenter, messages);
    TextField newTask = Forms.text("new-task", presenter.newTask());
    newTask.setPromptText(messages.get("vacancy.taskPrompt"));
    newTask.setOnAction(e -> presenter.addTask());
    HBox.setHgrow(newTask, Priority.ALWAYS);
    Button addTask = new Button(null, new FontIcon(Material2AL.ADD));
    addTask.setId("add-task");
    addTask.setAccessibleText(messages.get("vacancy.addTask"));
    addTask.setTooltip(new javafx.scene.control.Tooltip(messages.get("vacancy.addTask")));
    addTask.getStyleClass().add("button-icon");
    addTask.setOnAction(e -> presenter.addTask());
    HBox taskInput = new HBox(8, newTask, addTask);
    taskInput.setAlignment(Pos.CENTER_LEFT);
    TextField hours = Forms.text("vacancy-hours", presenter.hoursPerWeek());
    hours.setPromptText(messages.get("placement.hoursPrompt"));
    VBox requirements = new VBox(6);
    requirements.setId("requirements");
    for (Requirement r : Requirement.values()) {
      CheckBox box = new CheckBox(messages.label(r));
      box.setId("requirement-" + r.name().toLowerCase().replace('_', '-'));
      box.setWrapText(true);
      box.selectedProperty().bindBidirectional(presenter.requirement(r));
      requirements.getChildren().add(box);
    }
    ComboBox<String> level = Forms.choice(l -> l);
    level.setId("language-level");
    level.getItems().setAll(VacancyFormPresenter.LEVELS);
    level.valueProperty().bindBidirectional(presenter.languageLevel());
    VBox levelBox = Forms.field(messages.get("vacancy.languageLevel"), level, errors.binding("languageLevel"));
    levelBox.visibleProperty().bind(presenter.requirement(Requirement.DUTCH_LANGUAGE_LEVEL));
    levelBox.managedProperty().bind(levelBox.visibleProperty());
    CheckBox register = new CheckBox(messages.get("vacancy.suitsRegister"));
    register.setId("suits-register");
    register.setWrapText(true);
    register.selectedProperty().bindBidirectional(presenter.suitsRegister());
    ComboBox<VacancyStatus> status = Forms.choice(messages::label);
    status.setId("vacancy-status");
    status.getItems().setAll(Arrays.asList(VacancyStatus.values()));
    status.valueProperty().bindBidirectional(presenter.status());

    VBox page = new VBox(10, employer, Forms.generalError(errors),
        Forms.field(messages.get("vacancy.title"), title, errors.binding("title")),
        Forms.field(messages.get("vacancy.tasks"), new VBox(8, Forms.hint(messages.get("vacancy.tasksExplain")),
            taskRows, taskInput), errors.binding("tasks")),
        Forms.field(messages.get("vacancy.hours"), hours, errors.binding("hoursPerWeek")),
        Forms.field(messages.get("vacancy.requirements"), requirements, errors.binding("requirements")),
        levelBox, register,
        Forms.field(messages.get("vacancy.status"), status, errors.binding("status")),
        Forms.buttons(messages, presenter::save, cancel));
    if (!presenter.isNew() && findCandidates != null) {
      Button match = new Button(messages.get("vacancy.findCandidates"), new FontIcon(Material2MZ.PEOPLE));
      match.setId("find-candidates");
      match.getStyleClass().add("primary-action");
      match.setMaxWidth(Double.MAX_VALUE);
      match.setOnAction(e -> findCandidates.run());
      page.getChildren().add(1, match);
    }
    page.getStyleClass().add("page");
    setContent(page);
    setFitToWidth(true);
  }

  private void renderTasks(VacancyFormPresenter presenter, Messages messages) {
    taskRows.getChildren().clear();
    for (int i = 0; i < presenter.tasks().size(); i++) {
      int index = i;
      Label text = new Label((i + 1) + ". " + presenter.tasks().get(i));
      text.setWrapText(true);
      text.setMaxWidth(Double.MAX_VALUE);
      HBox.setHgrow(text, Priority.ALWAYS);
      Button remove = new Button(null, new FontIcon(Material2AL.CLOSE));
      remove.setId("remove-task-" + i);
      remove.setAccessibleText(messages.get("vacancy.removeTask"));
      remove.getStyleClass().addAll("flat", "button-icon");
      remove.setOnAction(e -> presenter.removeTask(index));
      HBox row = new HBox(8, text, remove);
      row.setAlignment(Pos.CENTER_LEFT);
      row.getStyleClass().add("task-row");
      taskRows.getChildren().add(row);
    }
  }
}
