package nl.trede.client.ui.session;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import nl.trede.client.ui.kit.Columns;
import nl.trede.client.ui.kit.Forms;
import nl.trede.client.ui.kit.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The session on top (day, title, kind, place, the numbers), Wijzigen and Uitnodigen, then the
 * invited: one card each with the presence chips, or the one line saying why there are none.
 */
public final class SessionView extends ScrollPane {
  private final VBox invitees = new VBox(8);
  private final Map<UUID, InviteeRow> rows = new HashMap<>();

  public SessionView(SessionPresenter presenter, Messages messages) {
    Label when = Forms.shownWhenSet("session-when", presenter.when(), "text-muted");
    Label title = Forms.shownWhenSet("session-title", presenter.title(), "card-title");
    Label kind = Forms.shownWhenSet("session-kind", presenter.kind(), "text-muted");
    Label details = Forms.shownWhenSet("session-details", presenter.details());
    Label note = Forms.shownWhenSet("session-note", presenter.note(), "text-muted");
    Label counts = Forms.shownWhenSet("session-counts", presenter.counts());
    Label cancelled = Forms.shownWhenSet("session-cancelled", presenter.cancelled(), "warning-box");
    VBox card = new VBox(4, cancelled, when, title, kind, details, note, counts);
    card.getStyleClass().add("card");
    Button edit = new Button(messages.get("session.edit"), new FontIcon(Material2AL.EDIT));
    edit.setId("edit-session");
    edit.setOnAction(e -> presenter.edit());
    Button invite = new Button(messages.get("session.invite"), new FontIcon(Material2MZ.PERSON_ADD));
    invite.setId("invite");
    invite.getStyleClass().add("accent");
    invite.setOnAction(e -> presenter.invite());
    for (Button b : List.of(edit, invite)) {
      b.setMaxWidth(Double.MAX_VALUE);
      b.disableProperty().bind(presenter.exists().not());
    }
    Label why = Forms.shownWhenSet("presence-why", presenter.presenceWhy(), "hint");
    Label error = Forms.shownWhenSet("session-error", presenter.error(), "form-error");
    Label empty = Forms.shownWhenSet("invited-empty", presenter.invitedEmpty(), "text-muted");
    invitees.setId("invitees");
    presenter.invitees().addListener((ListChangeListener<SessionPresenter.Invitee>) c -> render(presenter, messages));
    render(presenter, messages);
    VBox page = new VBox(12, card, new Columns(140, 2, invite, edit), Forms.section(messages.get("session.invited")),
        why, error, empty, invitees);
    page.getStyleClass().add("page");
    setContent(page);
    setFitToWidth(true);
    getStyleClass().add("page-scroll");
  }

  /** Rows are kept by invitation and updated in place (InviteeRow). */
  private void render(SessionPresenter presenter, Messages messages) {
    List<InviteeRow> shown = presenter.invitees().stream().map(i -> {
      InviteeRow row = rows.computeIfAbsent(i.attendanceId(), id -> new InviteeRow(presenter, i, messages));
      row.update(i, presenter);
      return row;
    }).toList();
    rows.keySet().retainAll(presenter.invitees().stream().map(SessionPresenter.Invitee::attendanceId).toList());
    invitees.getChildren().setAll(shown);
  }
}
