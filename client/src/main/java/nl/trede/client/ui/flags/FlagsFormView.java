package nl.trede.client.ui.flags;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import nl.trede.client.ui.kit.Columns;
import nl.trede.client.ui.kit.FormErrors;
import nl.trede.client.ui.kit.Forms;
import nl.trede.client.ui.kit.Messages;
import nl.trede.domain.candidate.CandidateFlag;
import nl.trede.domain.candidate.ExemptionKind;
import nl.trede.domain.candidate.ParticipationActivity;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Flags with the loonwaarde, the exemptions as cards, the hours of taking part per activity. */
public final class FlagsFormView extends ScrollPane {
  private final VBox exemptions = new VBox(8);

  public FlagsFormView(FlagsFormPresenter presenter, Messages messages, Runnable cancel) {
    FormErrors errors = presenter.errors();
    TextField wage = Forms.text("wage-value", presenter.wageValue());
    VBox wageField = Forms.field(messages.get("flagsForm.wageValue"), wage, errors.binding("wageValuePercent"));
    exemptions.setId("exemptions");
    presenter.exemptions().addListener((ListChangeListener<FlagsFormPresenter.ExemptionRow>) c ->
        renderExemptions(presenter, messages));
    renderExemptions(presenter, messages);
    Button add = new Button(messages.get("flagsForm.addExemption"), new FontIcon(Material2AL.ADD));
    add.setId("add-exemption");
    add.getStyleClass().add("flat");
    add.setOnAction(e -> presenter.addExemption());
    Columns hours = Forms.row();
    for (ParticipationActivity a : ParticipationActivity.values()) {
      TextField field = Forms.text("hours-" + a.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
          presenter.hours().get(a));
      field.setPromptText("0");
      hours.getChildren().add(Forms.field(messages.label(a), field, errors.binding("participation." + a.name())));
    }
    VBox page = new VBox(10, Forms.hint(messages.get("flagsForm.explain", presenter.candidateName())),
        Forms.generalError(errors),
        Forms.section(messages.get("flagsForm.flags")),
        Forms.checks("flag", java.util.List.of(CandidateFlag.values()), messages::label,
            f -> presenter.flags().get(f), f -> f.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')),
        wageField,
        Forms.section(messages.get("flagsForm.exemptions")), Forms.hint(messages.get("flagsForm.exemptionsHint")),
        exemptions, add,
        Forms.section(messages.get("flagsForm.participation")), Forms.hint(messages.get("flagsForm.participationHint")),
        hours,
        Forms.buttons(messages, presenter::save, cancel));
    page.getStyleClass().add("page");
    setContent(page);
    setFitToWidth(true);
  }

  private void renderExemptions(FlagsFormPresenter presenter, Messages messages) {
    exemptions.getChildren().clear();
    FormErrors errors = presenter.errors();
    for (int i = 0; i < presenter.exemptions().size(); i++) {
      FlagsFormPresenter.ExemptionRow row = presenter.exemptions().get(i);
      String at = "exemptions[" + i + "].";
      ComboBox<ExemptionKind> kind = Forms.choice(messages::label);
      kind.setId("exemption-kind-" + i);
      kind.getItems().setAll(ExemptionKind.values());
      kind.valueProperty().bindBidirectional(row.kind());
      DatePicker from = Forms.datePicker();
      from.setId("exemption-from-" + i);
      from.valueProperty().bindBidirectional(row.from());
      DatePicker until = Forms.datePicker();
      until.setId("exemption-until-" + i);
      until.valueProperty().bindBidirectional(row.until());
      Button remove = new Button(messages.get("flagsForm.removeExemption"),
          new FontIcon(Material2MZ.REMOVE_CIRCLE_OUTLINE));
      remove.setId("remove-exemption-" + i);
      remove.getStyleClass().addAll("flat", "small-action");
      remove.setOnAction(e -> presenter.removeExemption(row));
      VBox card = new VBox(8,
          Forms.row(Forms.field(messages.get("flagsForm.exemptionKind"), kind, errors.binding(at + "kind")),
              Forms.field(messages.get("flagsForm.exemptionReason"), Forms.text("exemption-reason-" + i, row.reason()),
                  errors.binding(at + "reason"))),
          Forms.row(Forms.field(messages.get("flagsForm.exemptionFrom"), from, errors.binding(at + "from")),
              Forms.field(messages.get("flagsForm.exemptionUntil"), until, errors.binding(at + "until"))),
          remove);
      card.getStyleClass().add("card");
      exemptions.getChildren().add(card);
    }
  }
}
