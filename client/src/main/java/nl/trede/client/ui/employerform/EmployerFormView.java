package nl.trede.client.ui.employerform;

import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import nl.trede.client.ui.kit.Forms;
import nl.trede.client.ui.kit.Messages;
import nl.trede.domain.Colleague;
import nl.trede.domain.employer.Sector;

public final class EmployerFormView extends ScrollPane {
  public EmployerFormView(EmployerFormPresenter presenter, Messages messages, Runnable cancel) {
    var errors = presenter.errors();
    TextField name = Forms.text("employer-name-field", presenter.name());
    TextField kvk = Forms.text("kvk", presenter.kvkNumber());
    kvk.setPromptText(messages.get("employerForm.kvkPrompt"));
    ComboBox<Sector> sector = Forms.choice(messages::label);
    sector.setId("sector");
    sector.getItems().setAll(presenter.sectors());
    sector.valueProperty().bindBidirectional(presenter.sector());
    TextField address = Forms.text("address", presenter.address());
    TextField person = Forms.text("contact-person", presenter.contactPerson());
    TextField phone = Forms.text("contact-phone", presenter.contactPhone());
    TextField email = Forms.text("contact-email", presenter.contactEmail());
    CheckBox harrie = new CheckBox(messages.get("employerForm.harrie"));
    harrie.setId("harrie");
    harrie.setWrapText(true);
    harrie.selectedProperty().bindBidirectional(presenter.harrieTrained());
    CheckBox sroi = new CheckBox(messages.get("employerForm.sroi"));
    sroi.setId("sroi");
    sroi.setWrapText(true);
    sroi.selectedProperty().bindBidirectional(presenter.sroiObligation());
    TextField sroiValue = Forms.text("sroi-value", presenter.sroiContractValue());
    sroiValue.disableProperty().bind(presenter.sroiObligation().not());
    ComboBox<Colleague> owner = Forms.choice(Colleague::displayName);
    owner.setId("account-owner");
    owner.getItems().setAll(presenter.owners());
    owner.valueProperty().bindBidirectional(presenter.accountOwner());
    VBox page = new VBox(10, Forms.generalError(errors),
        Forms.field(messages.get("employerForm.name"), name, errors.binding("name")),
        Forms.field(messages.get("employerForm.kvk"), kvk, errors.binding("kvkNumber")),
        Forms.field(messages.get("employerForm.sector"), sector, errors.binding("sector")),
        Forms.field(messages.get("employerForm.address"), address, errors.binding("address")),
        Forms.field(messages.get("employerForm.owner"), owner, errors.binding("accountOwnerId")),
        Forms.hint(messages.get("employerForm.ownerHint")),
        Forms.section(messages.get("employerForm.contact")),
        Forms.field(messages.get("employerForm.contactPerson"), person, errors.binding("contactPerson")),
        Forms.field(messages.get("employerForm.contactPhone"), phone, errors.binding("contactPhone")),
        Forms.field(messages.get("employerForm.contactEmail"), email, errors.binding("contactEmail")),
        harrie, sroi,
        Forms.field(messages.get("employerForm.sroiValue"), sroiValue, errors.binding("sroiContractValue")),
        Forms.buttons(messages, presenter::save, cancel));
    page.getStyleClass().add("page");
    setContent(page);
    setFitToWidth(true);
  }
}
