package nl.trede.client.ui.broadintake;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import nl.trede.client.ui.broadintake.BroadIntakeFormPresenter.DomainRow;
import nl.trede.client.ui.broadintake.BroadIntakeFormPresenter.ExperienceRow;
import nl.trede.client.ui.kit.FormErrors;
import nl.trede.client.ui.kit.Forms;
import nl.trede.client.ui.kit.Messages;
import nl.trede.config.BroadIntakePolicy;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The brede uitvraag on a phone, one column: the day, then each life domain with its score as five
 * chips (one tap) and the meaning of the one chosen, a note beside it; then education, work
 * experience (a job per card, added and removed), talents and drives, the support need, and last
 * the question about signs of a work limitation.
 */
public final class BroadIntakeFormView extends ScrollPane {
  private final BroadIntakeFormPresenter presenter;
  private final Messages messages;
  private final FormErrors errors;
  private final VBox jobs = new VBox(8);

  public BroadIntakeFormView(BroadIntakeFormPresenter presenter, Messages messages, Runnable cancel) {
    this.presenter = presenter;
    this.messages = messages;
    this.errors = presenter.errors();
    DatePicker date = Forms.datePicker();
    date.setId("date");
    date.valueProperty().bindBidirectional(presenter.date());
    Label about = Forms.wrapped(presenter.about(), "form-about");
    about.setId("form-about");
    VBox page = new VBox(10, Forms.generalError(errors), about,
        Forms.field(messages.get("broadIntake.date"), date, errors.binding("date")),
        Forms.section(messages.get("broadIntake.domains")), Forms.hint(messages.get("broadIntake.scale")));
    presenter.startedFrom().ifPresent(d -> page.getChildren().add(2,
        Forms.hint(messages.get("broadIntake.startedFrom", messages.date(d)))));
    if (presenter.correcting()) {
      page.getChildren().add(0, Forms.hint(messages.get("broadIntake.correcting")));
    }
    presenter.domains().forEach(row -> page.getChildren().add(domain(row)));
    page.getChildren().addAll(Forms.section(messages.get("broadIntake.educationAndWork")), education(),
        Forms.field(messages.get("broadIntake.diplomas"), area("diplomas", 2, presenter.diplomas()),
            errors.binding("diplomas")),
        experience(),
        Forms.section(messages.get("broadIntake.talentsAndDrives")),
        Forms.field(messages.get("broadIntake.talents"), talents(), errors.binding("talents")),
        Forms.field(messages.get("broadIntake.drives"), area("drives", 2, presenter.drives()),
            errors.binding("drives")),
        Forms.section(messages.get("broadIntake.support")),
        Forms.field(messages.get("broadIntake.supportNeed"), area("support-need", 3, presenter.supportNeed()),
            errors.binding("supportNeed")),
        Forms.field(messages.get("broadIntake.workLimitation"), Forms.chips("work-limitation", List.of(true, false),
            yes -> messages.get(yes ? "common.yes" : "common.no"), presenter.workLimitation()),
            errors.binding("workLimitationSigns")),
        Forms.hint(messages.get("broadIntake.workLimitationHint")),
        Forms.buttons(messages, presenter::save, cancel));
    page.getStyleClass().add("page");
    setContent(page);
    setFitToWidth(true);
  }

  /** "Financiën": five chips, the meaning of the score chosen, and a note. */
  private VBox domain(DomainRow row) {
    String at = "domains[" + row.index() + "]";
    FlowPane scores = Forms.chips("score-" + row.key(), BroadIntakeFormPresenter.SCORES, String::valueOf,
        row.score());
    Label meaning = Forms.wrapped("", "text-muted");
    meaning.setId("meaning-" + row.key());
    meaning.textProperty().bind(Bindings.createStringBinding(() -> row.score().get() == null ? ""
        : messages.get("broadIntake.score." + row.score().get()), row.score()));
    TextField note = Forms.text("note-" + row.key(), row.note());
    note.setPromptText(messages.get("broadIntake.notePrompt"));
    Label noteError = Forms.shownWhenSet("note-error-" + row.key(), errors.binding(at + ".note"), "field-error");
    VBox box = Forms.field(row.label(), new VBox(6, scores, meaning, note, noteError),
        errors.binding(at + ".score"));
    box.setId("domain-" + row.key());
    return box;
  }

  private VBox education() {
    ComboBox<BroadIntakePolicy.Choice> level = Forms.choice(BroadIntakePolicy.Choice::label);
    level.setId("education-level");
    level.getItems().setAll(presenter.educationLevels());
    level.valueProperty().bindBidirectional(presenter.education());
    level.setPromptText(messages.get("broadIntake.educationPrompt"));
    return Forms.field(messages.get("broadIntake.education"), level, errors.binding("educationLevel"));
  }

  /** A card per job with its three fields and Verwijderen; Werkervaring toevoegen below them. */
  private VBox experience() {
    jobs.setId("experience");
    Runnable render = () -> {
      jobs.getChildren().clear();
      for (int i = 0; i < presenter.experience().size(); i++) {
        jobs.getChildren().add(job(i, presenter.experience().get(i)));
      }
    };
    presenter.experience().addListener((ListChangeListener<ExperienceRow>) c -> render.run());
    render.run();
    Button add = new Button(messages.get("broadIntake.addExperience"), new FontIcon(Material2AL.ADD));
    add.setId("add-experience");
    add.getStyleClass().add("flat");
    add.setOnAction(e -> presenter.addExperience());
    return Forms.field(messages.get("broadIntake.experience"), new VBox(8, jobs, add), errors.binding("experience"));
  }

  private VBox job(int index, ExperienceRow row) {
    String at = "experience[" + index + "]";
    TextField role = Forms.text("experience-role-" + index, row.role());
    role.setPromptText(messages.get("broadIntake.role"));
    TextField organisation = Forms.text("experience-organisation-" + index, row.organisation());
    organisation.setPromptText(messages.get("broadIntake.organisation"));
    TextField years = Forms.text("experience-years-" + index, row.years());
    years.setPromptText(messages.get("broadIntake.years.prompt"));
    years.setTextFormatter(new TextFormatter<String>(change -> change.getControlNewText().matches("\\d{0,2}")
        ? change : null));
    Button remove = new Button(messages.get("broadIntake.removeExperience"));
    remove.setId("experience-remove-" + index);
    remove.getStyleClass().addAll("flat", "small-action");
    remove.setOnAction(e -> presenter.removeExperience(row));
    VBox card = new VBox(6,
        Forms.field(messages.get("broadIntake.role"), role, errors.binding(at + ".role")),
        Forms.field(messages.get("broadIntake.organisation"), organisation, errors.binding(at + ".organisation")),
        Forms.field(messages.get("broadIntake.yearsLabel"), years, errors.binding(at + ".years")), remove);
    card.getStyleClass().add("card");
    return card;
  }

  private TextField talents() {
    TextField field = Forms.text("talents", presenter.talents());
    field.setPromptText(messages.get("broadIntake.talentsPrompt"));
    return field;
  }

  private static TextArea area(String id, int rows, javafx.beans.property.StringProperty value) {
    TextArea area = Forms.area(id, rows);
    area.textProperty().bindBidirectional(value);
    return area;
  }
}
