package nl.trede.client.ui.kit;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A big button that hands a link to the device ({@link OutsideLinks}); when the device cannot
 * open it, the hint and the number or address appear under it, selectable to copy.
 */
public final class OutsideAction extends VBox {
  private final Button button;

  public OutsideAction(String text, Ikon icon, String id, Supplier<Optional<OutsideLinks.ByHand>> open) {
    super(4);
    button = new Button(text, new FontIcon(icon));
    button.setId(id);
    button.setMaxWidth(Double.MAX_VALUE);
    button.setWrapText(true);
    button.getStyleClass().addAll("primary-action", "outside-action");
    Label hint = new Label();
    hint.setId(id + "-hint");
    hint.setWrapText(true);
    TextField copy = new TextField();
    copy.setId(id + "-by-hand");
    copy.setEditable(false);
    copy.getStyleClass().add("by-hand");
    VBox byHand = new VBox(4, hint, copy);
    byHand.getStyleClass().add("warning-box");
    byHand.setVisible(false);
    byHand.managedProperty().bind(byHand.visibleProperty());
    button.setOnAction(e -> open.get().ifPresent(shown -> {
      hint.setText(shown.hint());
      copy.setText(shown.text());
      byHand.setVisible(true);
      copy.requestFocus();
      // Selected to copy, with the caret at the start so a long address shows from its beginning.
      copy.selectRange(copy.getLength(), 0);
    }));
    getChildren().addAll(button, byHand);
  }

  /** Adds a style to the button, e.g. AtlantaFX's {@code success} for the card's one call. */
  public OutsideAction styled(String styleClass) {
    button.getStyleClass().add(styleClass);
    return this;
  }

  /** The button's text, for a page that changes it as the record does. */
  public StringProperty textProperty() {
    return button.textProperty();
  }
}
