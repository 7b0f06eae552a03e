package nl.trede.client.ui.caseload;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.trede.client.store.CaseloadEntry;
import nl.trede.client.store.LocalStore;
import nl.trede.client.store.SyncState;
import nl.trede.client.ui.Messages;
import nl.trede.domain.Violations;

/** "Mijn kandidaten": the caseload on this device, searchable by name. */
public final class CaseloadPresenter {
  /** One line as the list shows it. */
  public record Row(UUID candidateId, String name, String rung, String nextContact, boolean overdue,
      boolean pending) {}

  private final StringProperty search = new SimpleStringProperty("");
  private final ObservableList<Row> rows = FXCollections.observableArrayList();
  private final LocalStore store;
  private final Messages messages;
  private final Clock clock;
  private final Consumer<UUID> openCandidate;

  public CaseloadPresenter(LocalStore store, Messages messages, Clock clock, Consumer<UUID> openCandidate) {
    this.store = store;
    this.messages = messages;
    this.clock = clock;
    this.openCandidate = openCandidate;
    search.addListener((obs, old, now) -> refresh());
  }

  public void refresh() {
    LocalDate today = LocalDate.now(clock.withZone(Violations.ZONE));
    rows.setAll(store.caseload(search.get()).stream().map(e -> toRow(e, today)).toList());
  }

  private Row toRow(CaseloadEntry e, LocalDate today) {
    String rung = e.rung() == null ? messages.get("caseload.noRung")
        : messages.get("caseload.rung", e.rung(), messages.rungName(e.rung()));
    boolean overdue = e.overdue(today);
    String next = e.nextContactDue() == null ? messages.get("caseload.noNextContact")
        : messages.get(overdue ? "caseload.nextContactOverdue" : "caseload.nextContact",
            messages.date(e.nextContactDue()));
    return new Row(e.candidateId(), e.displayName(), rung, next, overdue, e.syncState() == SyncState.PENDING);
  }

  public void open(Row row) {
    if (row != null) {
      openCandidate.accept(row.candidateId());
    }
  }

  public StringProperty search() {
    return search;
  }

  public ObservableList<Row> rows() {
    return rows;
  }
}
