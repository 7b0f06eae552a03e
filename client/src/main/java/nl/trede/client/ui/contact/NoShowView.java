package nl.trede.client.ui.contact;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import nl.trede.client.ui.kit.Forms;
import nl.trede.client.ui.kit.Messages;

/**
 * "Niet verschenen": the short path for a candidate who was not home or did not come. Who, where
 * (the usual place chosen), when (now), a reason if there is one, and Opslaan: one tap from the
 * caseload card and one to save. A no-show took no time and discussed nothing, so the full form's
 * "Wat is besproken" is not asked.
 */
public final class NoShowView extends BorderPane {
  public NoShowView(ContactFormPresenter presenter, Messages messages, Runnable cancel) {
    var errors = presenter.errors();
    Label about = Forms.wrapped(presenter.about(), "form-about");
    about.setId("form-about");
    TextField reason = Forms.text("no-show-reason", presenter.summary());
    reason.setPromptText(messages.get("noShow.reasonPrompt"));
    VBox page = new VBox(10, about, Forms.hint(messages.get("noShow.explain")), Forms.generalError(errors),
        Forms.field(messages.get("contact.location"), Forms.chips("location", ContactFormPresenter.LOCATIONS,
            l -> messages.get("LocationType.short." + l.name()), presenter.location()), errors.binding("location")),
        ContactFields.when(presenter, messages),
        Forms.field(messages.get("noShow.reason"), reason, errors.binding("summary")));
    page.getStyleClass().add("page");
    setCenter(Forms.withSaveBar(page, messages, presenter::save, cancel));
  }
}
