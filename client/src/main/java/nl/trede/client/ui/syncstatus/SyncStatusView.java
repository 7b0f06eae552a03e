package nl.trede.client.ui.syncstatus;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import nl.trede.client.ui.kit.Forms;
import nl.trede.client.ui.kit.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

public final class SyncStatusView extends ScrollPane {
  private final VBox problems = new VBox(8);
  private final VBox leftFiles = new VBox(8);

  public SyncStatusView(SyncStatusPresenter presenter, Messages messages) {
    Label pending = new Label();
    pending.setId("status-pending");
    pending.getStyleClass().add("card-title");
    pending.setWrapText(true);
    pending.textProperty().bind(presenter.pending());
    Label last = new Label();
    last.setId("status-last");
    last.getStyleClass().add("text-muted");
    last.setWrapText(true);
    last.textProperty().bind(presenter.lastSync());
    Label error = Forms.hint(presenter.error());
    error.setId("status-error");
    error.getStyleClass().add("warning-box");
    // Told plainly, once the device found the server restored: its work went out again (decision 0047).
    Label restored = Forms.hint(presenter.restored());
    restored.setId("status-restored");
    restored.getStyleClass().add("warning-box");
    ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
    progress.setMaxWidth(Double.MAX_VALUE);
    progress.visibleProperty().bind(presenter.running());
    progress.managedProperty().bind(progress.visibleProperty());
    Button sync = new Button(messages.get("syncPage.syncNow"), new FontIcon(Material2MZ.SYNC));
    sync.setId("sync-now");
    sync.getStyleClass().addAll("accent", "primary-action");
    sync.setMaxWidth(Double.MAX_VALUE);
    sync.disableProperty().bind(presenter.running());
    sync.setOnAction(e -> presenter.syncNow());
    VBox card = new VBox(6, pending, last, progress, error, restored, Forms.hint(messages.get("syncPage.explain")), sync);
    card.getStyleClass().add("card");
    problems.setId("problems");
    presenter.problems().addListener((ListChangeListener<SyncStatusPresenter.Problem>) c -> render(presenter, messages));
    render(presenter, messages);
    leftFiles.setId("left-files");
    Label leftSection = Forms.section(messages.get("syncPage.leftFiles"));
    leftSection.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(presenter.leftFiles()));
    leftSection.managedProperty().bind(leftSection.visibleProperty());
    presenter.leftFiles().addListener((ListChangeListener<SyncStatusPresenter.LeftFile>) c
        -> renderLeftFiles(presenter, messages));
    presenter.confirmingDiscard().addListener((o, was, now) -> renderLeftFiles(presenter, messages));
    renderLeftFiles(presenter, messages);
    VBox page = new VBox(12, card, Forms.section(messages.get("syncPage.problems")), problems, leftSection,
        leftFiles);
    page.getStyleClass().add("page");
    setContent(page);
    setFitToWidth(true);
  }

  private void render(SyncStatusPresenter presenter, Messages messages) {
    problems.getChildren().clear();
    if (presenter.problems().isEmpty()) {
      Label none = new Label(messages.get("syncPage.noProblems"));
      none.setWrapText(true);
      none.getStyleClass().add("empty-state");
      problems.getChildren().add(none);
    }
    for (SyncStatusPresenter.Problem p : presenter.problems()) {
      Label title = new Label(p.title());
      title.getStyleClass().add("card-title");
      title.setWrapText(true);
      Label detail = new Label(p.detail());
      detail.setWrapText(true);
      detail.getStyleClass().add(p.conflict() ? "state-conflict" : "state-rejected");
      VBox card = new VBox(6, title, detail);
      if (p.conflict()) {
        Button resolve = new Button(messages.get("syncPage.resolve"));
        resolve.setId("resolve-" + p.recordId());
        resolve.getStyleClass().addAll("accent", "primary-action");
        resolve.setMaxWidth(Double.MAX_VALUE);
        resolve.setOnAction(e -> presenter.resolve(p));
        card.getChildren().add(resolve);
      } else if (p.candidateId() != null) {
        Button open = new Button(messages.get("syncPage.openCandidate"));
        open.setId("open-" + p.recordId());
        open.getStyleClass().add("flat");
        open.setOnAction(e -> presenter.open(p));
        card.getChildren().add(open);
      }
      card.getStyleClass().add("card");
      problems.getChildren().add(card);
    }
  }

  private void renderLeftFiles(SyncStatusPresenter presenter, Messages messages) {
    leftFiles.getChildren().clear();
    for (SyncStatusPresenter.LeftFile f : presenter.leftFiles()) {
      Label title = new Label(f.title());
      title.getStyleClass().add("card-title");
      title.setWrapText(true);
      Label detail = new Label(f.detail());
      detail.setWrapText(true);
      VBox card = new VBox(6, title, detail);
      card.setId("left-" + f.candidateId());
      for (String line : f.work()) {
        Label work = new Label("• " + line);
        work.setWrapText(true);
        work.getStyleClass().add("unsent-work");
        card.getChildren().add(work);
      }
      boolean confirming = f.candidateId().equals(presenter.confirmingDiscard().get());
      if (confirming) {
        Label ask = new Label(messages.get("syncPage.left.discardConfirm"));
        ask.setWrapText(true);
        ask.getStyleClass().add("warning-box");
        card.getChildren().add(ask);
      }
      Button forget = new Button(messages.get(f.settled() ? "syncPage.left.seen"
          : confirming ? "syncPage.left.discardNow" : "syncPage.left.discard"));
      forget.setId("forget-" + f.candidateId());
      forget.getStyleClass().add(f.settled() ? "flat" : "danger");
      forget.setMaxWidth(Double.MAX_VALUE);
      forget.setOnAction(e -> presenter.forget(f));
      card.getChildren().add(forget);
      card.getStyleClass().add("card");
      leftFiles.getChildren().add(card);
    }
  }
}
