package nl.trede.client.ui.contact;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.trede.client.ui.kit.Forms;
import nl.trede.client.ui.kit.Messages;
import nl.trede.domain.contact.WorkplaceSignal;
import nl.trede.domain.contact.WorkplaceSignals;

/**
 * Where (chips), what was discussed, how long (chips), what was agreed, who else was there, when
 * (now), aftercare, what to signal to the case manager from the workplace, the next date (chips, and
 * which date applies without one and why); Opslaan in a bar that stays at the bottom.
 */
public final class ContactFormView extends BorderPane {
  public ContactFormView(ContactFormPresenter presenter, Messages messages, Runnable cancel) {
    var errors = presenter.errors();
    FlowPane location = Forms.chips("location", ContactFormPresenter.LOCATIONS,
        l -> messages.get("LocationType.short." + l.name()), presenter.location());
    HBox when = ContactFields.when(presenter, messages);

    // A correction of a no-show keeps the choice; a new no-show has its own short page.
    CheckBox noShow = new CheckBox(messages.get("contact.noShow"));
    noShow.setId("no-show");
    noShow.setWrapText(true);
    noShow.selectedProperty().bindBidirectional(presenter.noShow());
    noShow.setVisible(presenter.correcting());
    noShow.setManaged(presenter.correcting());

    FlowPane duration = ContactFields.durations(presenter, messages);
    duration.disableProperty().bind(presenter.noShow());

    TextField others = Forms.text("others-present", presenter.othersPresent());
    others.setPromptText(messages.get("contact.othersPrompt"));
    TextArea summary = Forms.area("summary", 4);
    summary.textProperty().bindBidirectional(presenter.summary());
    TextArea agreements = Forms.area("agreements", 3);
    agreements.textProperty().bindBidirectional(presenter.agreements());
    agreements.setPromptText(messages.get("contact.agreementsPrompt"));
    CheckBox aftercare = new CheckBox(messages.get("contact.aftercare"));
    aftercare.setId("aftercare");
    aftercare.setWrapText(true);
    aftercare.selectedProperty().bindBidirectional(presenter.aftercare());

    VBox signals = signals(presenter, messages);

    DatePicker next = Forms.datePicker();
    next.setId("next-contact");
    next.valueProperty().bindBidirectional(presenter.nextContact());
    FlowPane quick = new FlowPane(8, 8);
    quick.setId("next-quick");
    for (int weeks : new int[] {1, 2, 4}) {
      Button chip = new Button(messages.get("contact.inWeeks", weeks));
      chip.setId("next-in-" + weeks);
      chip.getStyleClass().add("chip");
      chip.setOnAction(e -> presenter.nextIn(7 * weeks));
      quick.getChildren().add(chip);
    }
    Button byDefault = new Button(presenter.defaultChip());
    byDefault.setId("next-by-plan");
    byDefault.getStyleClass().add("chip");
    byDefault.setOnAction(e -> presenter.nextByPlan());
    quick.getChildren().add(byDefault);
    Label nextHint = Forms.hint(presenter.planHint());
    nextHint.setId("next-default");

    Label heading = Forms.hint(presenter.heading());
    heading.setId("form-heading");
    Label about = Forms.wrapped(presenter.about(), "form-about");
    about.setId("form-about");
    // What is typed comes first, under where: on a 640 px phone it is on the first screen, and
    // what is prefilled (now, 45 minutes) waits below for the rare change.
    VBox page = new VBox(10, about, heading, Forms.generalError(errors),
        Forms.field(messages.get("contact.location"), location, errors.binding("location")),
        Forms.field(messages.get("contact.summary"), summary, errors.binding("summary")),
        Forms.field(messages.get("contact.duration"), duration, errors.binding("durationMinutes")),
        Forms.field(messages.get("contact.agreements"), agreements, errors.binding("agreements")),
        Forms.field(messages.get("contact.othersPresent"), others, errors.binding("othersPresent")),
        when,
        noShow,
        aftercare,
        Forms.field(messages.get("contact.signals"), signals, errors.binding("signals")),
        Forms.field(messages.get("contact.nextContact"), new VBox(8, next, quick, nextHint),
            errors.binding("nextContactDate")));
    page.getStyleClass().add("page");
    setCenter(Forms.withSaveBar(page, messages, presenter::save, cancel));
  }

  /**
   * A box per workplace signal (002 §3.4.3), with who will see it: ticking one is telling the case
   * manager, not a note to self.
   */
  private static VBox signals(ContactFormPresenter presenter, Messages messages) {
    VBox boxes = new VBox(6);
    boxes.setId("signals");
    for (WorkplaceSignal signal : WorkplaceSignal.values()) {
      CheckBox box = new CheckBox(messages.label(signal));
      box.setId("signal-" + signal.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
      box.setWrapText(true);
      box.selectedProperty().bindBidirectional(presenter.signal(signal));
      boxes.getChildren().add(box);
    }
    boxes.getChildren().add(Forms.hint(messages.get("contact.signalsHint", WorkplaceSignals.OPEN_WEEKS)));
    return boxes;
  }
}
