package nl.trede.client.ui.candidate;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import nl.trede.client.ui.kit.Columns;
import nl.trede.client.ui.kit.Forms;
import nl.trede.client.ui.kit.Messages;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The parts of the candidate page about the file itself: a banner when it is closed, what the
 * role may do with it (the role table decides which buttons exist), and its referrals.
 */
final class FileCards {
  private FileCards() {}

  /** "Dossier gesloten op …", above everything, while the file is closed. */
  static Label closedBanner(CandidatePresenter presenter) {
    Label banner = new Label();
    banner.setId("closed-banner");
    banner.setWrapText(true);
    banner.getStyleClass().add("warning-box");
    banner.setGraphic(new FontIcon(Material2AL.FOLDER));
    banner.textProperty().bind(presenter.rights().closedBanner());
    banner.visibleProperty().bind(presenter.rights().closedBanner().isNotEmpty());
    banner.managedProperty().bind(banner.visibleProperty());
    return banner;
  }

  /** What can be done with the file; a button only for what the role may do. */
  static VBox fileActions(CandidatePresenter presenter, Messages messages) {
    Button person = button(messages.get("candidate.editPerson"), Material2AL.EDIT, "edit-person",
        presenter.rights().canEditFile());
    person.setOnAction(e -> presenter.editPerson());
    Button assign = button(messages.get("candidate.assign"), Material2MZ.PEOPLE_OUTLINE, "assign",
        presenter.rights().canAssign());
    assign.setOnAction(e -> presenter.assign());
    Button exit = button("", Material2AL.FOLDER, "exit-file", presenter.rights().canClose());
    exit.textProperty().bind(Bindings.when(presenter.rights().fileClosed()).then(messages.get("candidate.reopen"))
        .otherwise(messages.get("candidate.close")));
    exit.setOnAction(e -> presenter.exit());
    Button refer = button(messages.get("candidate.refer"), Material2MZ.SEND, "refer", presenter.rights().canRefer());
    refer.setOnAction(e -> presenter.refer());
    Label carried = new Label();
    carried.setId("carried-by");
    carried.setWrapText(true);
    carried.getStyleClass().add("text-muted");
    carried.textProperty().bind(presenter.rights().carriedBy());
    VBox card = new VBox(8, Forms.section(messages.get("candidate.file")), carried,
        new Columns(140, 2, person, assign, exit, refer));
    card.setId("file-actions");
    card.getStyleClass().add("card");
    return card;
  }

  /** The referrals, open ones first, each with how it stands; an open one can be signed off. */
  static VBox referrals(CandidatePresenter presenter, Messages messages) {
    VBox list = new VBox(8);
    list.setId("referrals");
    Runnable render = () -> {
      list.getChildren().clear();
      if (presenter.referrals().isEmpty()) {
        list.getChildren().add(Forms.wrapped(messages.get("candidate.noReferrals"), "text-muted"));
      }
      for (CandidatePresenter.ReferralCard r : presenter.referrals()) {
        VBox card = new VBox(2, Forms.wrapped(r.title(), "card-title"), Forms.wrapped(r.goal()),
            Forms.wrapped(r.status(), r.open() ? "text-muted" : "referral-closed"));
        card.setId("referral-" + r.id());
        if (r.open() && presenter.rights().canRefer().get()) {
          Button signOff = new Button(messages.get("candidate.signOff"));
          signOff.setId("sign-off-" + r.id());
          signOff.getStyleClass().addAll("flat", "small-action");
          signOff.setOnAction(e -> presenter.signOff(r));
          card.getChildren().add(signOff);
        }
        card.getStyleClass().add("referral");
        list.getChildren().add(card);
      }
    };
    presenter.referrals().addListener((ListChangeListener<CandidatePresenter.ReferralCard>) c -> render.run());
    presenter.rights().canRefer().addListener((obs, was, is) -> render.run());
    render.run();
    VBox card = new VBox(6, Forms.section(messages.get("candidate.referrals")), list);
    card.setId("referrals-card");
    card.getStyleClass().add("card");
    return card;
  }

  static Button button(String text, Ikon icon, String id, ObservableBooleanValue shown) {
    Button button = new Button(text, new FontIcon(icon));
    button.setId(id);
    button.setMaxWidth(Double.MAX_VALUE);
    button.setWrapText(true);
    button.getStyleClass().add("primary-action");
    button.visibleProperty().bind(shown);
    button.managedProperty().bind(button.visibleProperty());
    return button;
  }

  /** "Bijeenkomsten": the sessions the candidate was invited to; hidden when none. */
  static VBox sessions(CandidateSessions sessions, Messages messages) {
    VBox cards = new VBox(8);
    cards.setId("candidate-sessions");
    VBox part = new VBox(8, Forms.section(messages.get("candidate.sessions")), cards);
    Runnable render = () -> {
      cards.getChildren().clear();
      for (CandidateSessions.Line line : sessions.lines()) {
        VBox card = Forms.card("candidate-session-" + line.sessionId(), () -> sessions.open(line),
            Forms.wrapped(line.title(), "card-title"));
        line.details().forEach(d -> card.getChildren().add(Forms.wrapped(d, "text-muted")));
        cards.getChildren().add(card);
      }
      part.setVisible(!sessions.lines().isEmpty());
      part.setManaged(part.isVisible());
    };
    sessions.lines().addListener((ListChangeListener<CandidateSessions.Line>) c -> render.run());
    render.run();
    return part;
  }
}
