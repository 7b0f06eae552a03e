package nl.trede.client.ui.kit;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.layout.VBox;
import nl.trede.domain.candidate.BenefitKind;
import nl.trede.domain.candidate.InflowReason;

/** The fields of {@link PersonFields}, in the order a person is asked them at an intake. */
public final class PersonFieldsView {
  private PersonFieldsView() {}

  public static List<Node> of(PersonFields p, FormErrors errors, Messages messages) {
    DatePicker born = Forms.datePicker();
    born.setId("date-of-birth");
    born.valueProperty().bindBidirectional(p.dateOfBirth());
    DatePicker inflowDate = Forms.datePicker();
    inflowDate.setId("inflow-date");
    inflowDate.valueProperty().bindBidirectional(p.inflowDate());
    ComboBox<InflowReason> reason = Forms.choice(messages::label);
    reason.setId("inflow-reason");
    reason.getItems().setAll(InflowReason.values());
    reason.valueProperty().bindBidirectional(p.inflowReason());
    CheckBox noBenefit = new CheckBox(messages.get("person.noBenefit"));
    noBenefit.setId("no-benefit");
    noBenefit.setWrapText(true);
    noBenefit.selectedProperty().bindBidirectional(p.noBenefit());
    DatePicker benefit = Forms.datePicker();
    benefit.setId("benefit-start");
    benefit.valueProperty().bindBidirectional(p.benefitStartDate());
    benefit.disableProperty().bind(p.noBenefit());
    ComboBox<BenefitKind> kind = Forms.choice(messages::label);
    kind.setId("benefit-kind");
    kind.getItems().setAll(BenefitKind.values());
    kind.valueProperty().bindBidirectional(p.benefitKind());
    kind.disableProperty().bind(p.noBenefit());
    return List.of(
        Forms.section(messages.get("person.section")),
        Forms.row(Forms.field(messages.get("person.givenName"), Forms.text("given-name", p.givenName()),
                errors.binding("givenName")),
            Forms.field(messages.get("person.familyName"), Forms.text("family-name", p.familyName()),
                errors.binding("familyName"))),
        Forms.row(Forms.field(messages.get("person.dateOfBirth"), born, errors.binding("dateOfBirth")),
            Forms.field(messages.get("person.phone"), Forms.text("phone", p.phone()), errors.binding("phone"))),
        Forms.field(messages.get("person.address"), Forms.text("address", p.address()), errors.binding("address")),
        Forms.hint(messages.get("person.noBsn")),
        Forms.section(messages.get("person.inflowSection")),
        Forms.row(Forms.field(messages.get("person.inflowDate"), inflowDate, errors.binding("inflow.date")),
            Forms.field(messages.get("person.inflowReason"), reason, errors.binding("inflow.reason"))),
        Forms.row(Forms.field(messages.get("person.benefitStart"), new VBox(8, benefit, noBenefit),
            errors.binding("benefitStartDate")),
            Forms.field(messages.get("person.benefitKind"), kind, errors.binding("benefitKind"))));
  }
}
