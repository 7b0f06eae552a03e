package nl.trede.client.ui.assessment;

import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import nl.trede.client.ui.kit.Forms;
import nl.trede.client.ui.kit.FormErrors;
import nl.trede.client.ui.kit.Messages;
import nl.trede.domain.assessment.AssessmentKind;
import nl.trede.domain.assessment.SkillResult;

/**
 * First which measurement (two large choices), then only its own questions: the taalmeter's three
 * verdicts as one tap each and the level, or the loonwaarde with who measured and where; then the
 * day and a note.
 */
public final class AssessmentFormView extends ScrollPane {
  public AssessmentFormView(AssessmentFormPresenter presenter, Messages messages, Runnable cancel) {
    FormErrors errors = presenter.errors();
    VBox kind = Forms.choiceList("kind", List.of(AssessmentKind.values()),
        k -> messages.get("assessment.choose." + k.name()), presenter.kind());
    DatePicker date = Forms.datePicker();
    date.setId("date");
    date.valueProperty().bindBidirectional(presenter.date());
    TextArea note = Forms.area("note", 3);
    note.textProperty().bindBidirectional(presenter.note());

    Label about = Forms.wrapped(presenter.about(), "form-about");
    about.setId("form-about");
    VBox page = new VBox(10, Forms.generalError(errors), about,
        Forms.field(messages.get("assessment.kind"), kind, errors.binding("kind")),
        shownFor(taalmeter(presenter, messages), presenter, AssessmentKind.TAALMETER),
        shownFor(loonwaarde(presenter, messages), presenter, AssessmentKind.LOONWAARDE),
        Forms.field(messages.get("assessment.date"), date, errors.binding("date")),
        Forms.field(messages.get("assessment.note"), note, errors.binding("note")),
        Forms.buttons(messages, presenter::save, cancel));
    if (presenter.correcting()) {
      page.getChildren().add(0, Forms.hint(messages.get("assessment.correcting")));
    }
    page.getStyleClass().add("page");
    setContent(page);
    setFitToWidth(true);
  }

  /** Taal, Rekenen, Digitaal: each voldoende or onvoldoende; the level when the taalmeter gave one. */
  private static VBox taalmeter(AssessmentFormPresenter presenter, Messages messages) {
    FormErrors errors = presenter.errors();
    List<SkillResult> verdicts = List.of(SkillResult.values());
    FlowPane level = Forms.chips("language-level", AssessmentFormPresenter.LEVELS,
        l -> AssessmentFormPresenter.NO_LEVEL.equals(l) ? messages.get("assessment.levelNone") : l, presenter.level());
    return new VBox(10,
        Forms.field(messages.get("assessment.language"), Forms.chips("language", verdicts, messages::label,
            presenter.language()), errors.binding("language")),
        Forms.field(messages.get("assessment.numeracy"), Forms.chips("numeracy", verdicts, messages::label,
            presenter.numeracy()), errors.binding("numeracy")),
        Forms.field(messages.get("assessment.digital"), Forms.chips("digital", verdicts, messages::label,
            presenter.digital()), errors.binding("digital")),
        Forms.field(messages.get("assessment.level"), level, errors.binding("languageLevel")));
  }

  /** The percentage (digits only), who measured it, and at which placement. */
  private static VBox loonwaarde(AssessmentFormPresenter presenter, Messages messages) {
    FormErrors errors = presenter.errors();
    TextField percent = Forms.text("wage-value", presenter.percent());
    percent.setTextFormatter(new TextFormatter<String>(change -> change.getControlNewText().matches("\\d{0,3}")
        ? change : null));
    percent.setPromptText(messages.get("assessment.percentPrompt"));
    FlowPane by = Forms.chips("assessor", List.of(AssessmentFormPresenter.Assessor.values()),
        a -> messages.get("assessment.assessor." + a.name()), presenter.assessor());
    TextField organisation = Forms.text("assessor-name", presenter.organisation());
    organisation.setPromptText(messages.get("assessment.organisationPrompt"));
    BooleanBinding external = presenter.assessor().isEqualTo(AssessmentFormPresenter.Assessor.EXTERNAL);
    organisation.visibleProperty().bind(external);
    organisation.managedProperty().bind(external);
    ComboBox<AssessmentFormPresenter.PlacementChoice> placement =
        Forms.choice(AssessmentFormPresenter.PlacementChoice::label);
    placement.setId("placement");
    placement.getItems().setAll(presenter.placements());
    placement.valueProperty().bindBidirectional(presenter.placement());
    return new VBox(10,
        Forms.field(messages.get("assessment.percent"), percent, errors.binding("wageValuePercent")),
        Forms.field(messages.get("assessment.assessor"), new VBox(8, by, organisation), errors.binding("assessor")),
        Forms.field(messages.get("assessment.placement"), placement, errors.binding("placementId")));
  }

  private static Node shownFor(VBox part, AssessmentFormPresenter presenter, AssessmentKind kind) {
    part.setId("part-" + kind.name().toLowerCase(java.util.Locale.ROOT));
    BooleanBinding chosen = presenter.kind().isEqualTo(kind);
    part.visibleProperty().bind(chosen);
    part.managedProperty().bind(chosen);
    return part;
  }
}
