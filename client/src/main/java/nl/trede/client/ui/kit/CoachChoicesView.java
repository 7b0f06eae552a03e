package nl.trede.client.ui.kit;

import javafx.scene.layout.VBox;

/** The coaches to tick, by name and role, in as many columns as fit; a hint while the device knows none. */
public final class CoachChoicesView {
  private CoachChoicesView() {}

  public static VBox of(CoachChoices coaches, Messages messages) {
    VBox box = new VBox(6, Forms.checks("coach", coaches.picks(), p -> p.colleague().role() == null
        ? p.colleague().displayName() : messages.get("coaches.choice", p.colleague().displayName(),
            messages.label(p.colleague().role())),
        CoachChoices.Pick::chosen, p -> p.colleague().userId().toString()));
    if (coaches.picks().isEmpty()) {
      box.getChildren().add(Forms.hint(messages.get("coaches.noneKnown")));
    }
    return box;
  }
}
