package nl.trede.client.ui.session;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.trede.client.ui.kit.Messages;
import nl.trede.domain.session.SessionAttendance.Presence;

/**
 * One invited candidate on the session's page: the name (to their file), the presence chips, "Wil
 * vervolg" and a line of note. Kept while the page lives and updated in place, so a tap that
 * follows typing a note (whose save refreshes the page) lands on the chip it was aimed at.
 */
final class InviteeRow extends VBox {
  private final Map<Presence, ToggleButton> presence = new EnumMap<>(Presence.class);
  private final HBox presenceChips = new HBox(6);
  private final ToggleButton followUp;
  private final ToggleButton declaration = new ToggleButton();
  private final TextField note = new TextField();
  private final Button name = new Button();
  private SessionPresenter.Invitee shown;

  InviteeRow(SessionPresenter presenter, SessionPresenter.Invitee invitee, Messages messages) {
    String id = invitee.candidateId().toString();
    setId("invitee-" + id);
    name.setId("invitee-name-" + id);
    name.getStyleClass().addAll("flat", "card-title", "invitee-name");
    name.setWrapText(true);
    name.setOnAction(e -> presenter.openCandidate(shown));
    presenceChips.setId("presence-" + id);
    for (Presence p : Presence.values()) {
      ToggleButton chip = new ToggleButton(messages.label(p));
      chip.setId(p.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-" + id);
      chip.getStyleClass().addAll("chip", "presence-chip");
      chip.setWrapText(true);
      chip.setMinWidth(0);
      chip.setPrefWidth(0);
      chip.setMaxWidth(Double.MAX_VALUE);
      chip.setMaxHeight(Double.MAX_VALUE);
      HBox.setHgrow(chip, Priority.ALWAYS);
      chip.setOnAction(e -> presenter.presence(shown, p));
      presence.put(p, chip);
      presenceChips.getChildren().add(chip);
    }
    followUp = new ToggleButton(messages.get("session.wantsFollowUp"));
    followUp.setId("follow-up-" + id);
    followUp.getStyleClass().add("chip");
    followUp.setOnAction(e -> presenter.wantsFollowUp(shown, followUp.isSelected()));
    declaration.setId("declaration-" + id);
    declaration.getStyleClass().add("chip");
    declaration.setWrapText(true);
    declaration.setOnAction(e -> presenter.declarationSigned(shown, declaration.isSelected()));
    note.setId("note-" + id);
    note.setPromptText(messages.get("session.notePrompt"));
    note.focusedProperty().addListener((obs, was, is) -> {
      if (!is) {
        presenter.note(shown, note.getText());
      }
    });
    note.setOnKeyPressed(e -> {
      if (e.getCode() == KeyCode.ENTER) {
        presenter.note(shown, note.getText());
      }
    });
    getChildren().addAll(name, presenceChips, new FlowPane(8, 8, followUp, declaration), note);
    setSpacing(6);
    getStyleClass().add("card");
    update(invitee, presenter);
  }

  void update(SessionPresenter.Invitee invitee, SessionPresenter presenter) {
    shown = invitee;
    name.setText(invitee.name());
    presence.forEach((p, chip) -> chip.setSelected(p == invitee.presence()));
    followUp.setSelected(invitee.wantsFollowUp());
    declaration.setText(presenter.declaration().get());
    declaration.setSelected(Boolean.TRUE.equals(invitee.declarationSigned()));
    show(declaration, presenter.declaration().get() != null && invitee.maySign());
    if (!note.isFocused()) {
      note.setText(invitee.note() == null ? "" : invitee.note());
    }
    show(presenceChips, presenter.presenceOffered().get());
    show(followUp.getParent(), presenter.followUpOffered().get());
    show(note, presenter.followUpOffered().get());
  }

  private static void show(javafx.scene.Node node, boolean shown) {
    node.setVisible(shown);
    node.setManaged(shown);
  }
}
