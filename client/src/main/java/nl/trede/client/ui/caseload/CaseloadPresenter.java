package nl.trede.client.ui.caseload;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.trede.client.store.CaseloadFile;
import nl.trede.client.store.SyncState;
import nl.trede.client.ui.kit.ContactDueText;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.Messages;
import nl.trede.client.ui.kit.Permissions;
import nl.trede.config.CaseloadGroup;
import nl.trede.config.ContactDue;
import nl.trede.config.Dimension;
import nl.trede.config.DimensionValue;
import nl.trede.config.MunicipalityConfig;
import nl.trede.domain.Violations;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.CandidateFile;
import nl.trede.domain.candidate.CandidateFlag;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.contact.WorkplaceSignals;
import nl.trede.domain.ladder.Rung;

/**
 * "Mijn kandidaten": the caseload on this device, searchable by name and filtered by what the
 * municipality's configuration defines (its caseload groups and the values of each classification
 * dimension), by rung and by flag; the most overdue first, by the municipality's contact policy.
 * What is due when, day by day, is the agenda's.
 */
public final class CaseloadPresenter {
  /**
   * One line as the list shows it.
   *
   * @param signals the workplace signals still open, as their Dutch labels (decision 0068)
   */
  public record Row(UUID candidateId, String name, String rung, String nextContact, boolean overdue,
      boolean pending, List<Tag> tags, boolean needsReview, List<String> signals) {}

  /** A classification value on a card; a warning when the scheme no longer knows it ("te herzien"). */
  public record Tag(String text, boolean warning) {}

  /** One choice of a filter; a null key is "all". */
  public record Option(String key, String label) {
    @Override
    public String toString() {
      return label;
    }
  }

  /** The filter on one classification dimension, with the dimension's own values. */
  public record DimensionFilter(String key, String label, List<Option> options, ObjectProperty<Option> selected) {}

  /** Special keys of a dimension filter. */
  static final String UNCLASSIFIED = "\u0000none";
  static final String STALE = "\u0000stale";

  private final StringProperty search = new SimpleStringProperty("");
  private final ObjectProperty<Option> group = new SimpleObjectProperty<>();
  private final ObjectProperty<Option> rung = new SimpleObjectProperty<>();
  private final ObjectProperty<Option> flag = new SimpleObjectProperty<>();
  private final ObservableList<DimensionFilter> dimensions = FXCollections.observableArrayList();
  private final ObservableList<Option> groups = FXCollections.observableArrayList();
  private final List<Option> rungs = new ArrayList<>();
  private final List<Option> flags = new ArrayList<>();
  private final ObservableList<Row> rows = FXCollections.observableArrayList();
  private final StringProperty summary = new SimpleStringProperty();
  private final StringProperty empty = new SimpleStringProperty();
  private final BooleanProperty filtered = new SimpleBooleanProperty();
  private final BooleanProperty filtersOpen = new SimpleBooleanProperty();

  private final FieldContext context;
  private final Messages messages;
  private final Consumer<UUID> openCandidate;
  private final Runnable register;
  private Consumer<UUID> recordNoShow;
  private List<CaseloadFile> files = List.of();
  private Map<UUID, List<Contact>> recentContacts = Map.of();
  private MunicipalityConfig config;
  private String configKey = "";

  /**
   * @param register opens the intake ("Nieuw dossier"); offered to the roles that may register a
   *     file (the role table)
   */
  public CaseloadPresenter(FieldContext context, Consumer<UUID> openCandidate, Runnable register) {
    this.context = context;
    this.messages = context.messages();
    this.openCandidate = openCandidate;
    this.register = register != null && Permissions.of(context.role()).mayRegister() ? register : null;
    Option all = new Option(null, messages.get("filter.allRungs"));
    rungs.add(all);
    for (int r = Rung.LOWEST; r <= Rung.HIGHEST; r++) {
      rungs.add(new Option(String.valueOf(r), messages.get("caseload.rung", r, messages.rungName(r))));
    }
    rung.set(all);
    flags.add(new Option(null, messages.get("filter.allFlags")));
    for (CandidateFlag f : CandidateFlag.values()) {
      flags.add(new Option(f.name(), messages.label(f)));
    }
    flag.set(flags.get(0));
    search.addListener((obs, old, now) -> apply());
    group.addListener((obs, old, now) -> apply());
    rung.addListener((obs, old, now) -> apply());
    flag.addListener((obs, old, now) -> apply());
  }

  /** Reads the caseload and the configuration afresh (after a save or a sync). */
  public void refresh() {
    config = context.configOrDefault();
    files = context.store().caseloadFiles();
    // The contacts of the signals' window for the whole caseload at once, not a query per card.
    recentContacts = context.store().recentContacts(context.today().minusWeeks(WorkplaceSignals.OPEN_WEEKS)
        .atStartOfDay(Violations.ZONE).toInstant());
    String key = config.municipality() + ":" + config.version();
    if (!key.equals(configKey)) {
      configKey = key;
      buildFilters();
    }
    apply();
  }

  private void buildFilters() {
    groups.setAll(new Option(null, messages.get("filter.allGroups")));
    for (CaseloadGroup g : config.caseloadGroups()) {
      groups.add(new Option(g.key(), g.label()));
    }
    group.set(groups.get(0));
    List<DimensionFilter> list = new ArrayList<>();
    for (Dimension d : config.dimensions()) {
      List<Option> options = new ArrayList<>();
      options.add(new Option(null, messages.get("filter.all")));
      for (DimensionValue v : d.values()) {
        options.add(new Option(v.key(), v.label()));
      }
      options.add(new Option(UNCLASSIFIED, messages.get("classification.none")));
      options.add(new Option(STALE, messages.get("classification.stale")));
      ObjectProperty<Option> selected = new SimpleObjectProperty<>(options.get(0));
      selected.addListener((obs, old, now) -> apply());
      list.add(new DimensionFilter(d.key(), d.label(), List.copyOf(options), selected));
    }
    dimensions.setAll(list);
  }

  private void apply() {
    if (config == null) {
      return;
    }
    LocalDate today = context.today();
    Predicate<CaseloadFile> keep = filter(today);
    record Due(CaseloadFile file, Optional<ContactDue> due) {}
    // A closed file (uitstroom) has no contact due, except nazorg after an exit to work (002 §3.4.2).
    List<Due> all = files.stream().map(f -> new Due(f, ContactDue.of(config, f.file(), today))).toList();
    List<Due> shown = new ArrayList<>();
    for (Due d : all) {
      if (keep.test(d.file())) {
        shown.add(d);
      }
    }
    Comparator<Due> byDue = Comparator.comparing((Due d) -> d.due().map(ContactDue::due).orElse(LocalDate.MAX));
    shown.sort(byDue.thenComparing(d -> d.file().file().candidate().displayName(), String.CASE_INSENSITIVE_ORDER));
    rows.setAll(shown.stream().map(d -> toRow(d.file(), d.due(), today)).toList());
    boolean anyFilter = !search.get().isBlank() || group.get().key() != null || rung.get().key() != null
        || flag.get().key() != null || dimensions.stream().anyMatch(d -> d.selected().get().key() != null);
    filtered.set(anyFilter);
    summary.set(anyFilter ? messages.get("caseload.countFiltered", rows.size(), files.size())
        : messages.get("caseload.count", rows.size()));
    empty.set(anyFilter && !files.isEmpty() ? messages.get("caseload.emptyFiltered") : messages.get("caseload.empty"));
  }

  private Predicate<CaseloadFile> filter(LocalDate today) {
    String needle = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
    return f -> {
      Candidate c = f.file().candidate();
      if (!needle.isEmpty() && !c.displayName().toLowerCase(Locale.ROOT).contains(needle)) {
        return false;
      }
      if (group.get().key() != null && !config.caseloadGroups().stream()
          .filter(g -> g.key().equals(group.get().key())).findFirst()
          .map(g -> g.population().matches(f.file(), today)).orElse(false)) {
        return false;
      }
      if (rung.get().key() != null && !f.file().rungOn(today).map(r -> String.valueOf(r).equals(rung.get().key()))
          .orElse(false)) {
        return false;
      }
      if (flag.get().key() != null && !c.flags().contains(CandidateFlag.valueOf(flag.get().key()))) {
        return false;
      }
      for (DimensionFilter d : dimensions) {
        String wanted = d.selected().get().key();
        if (wanted == null) {
          continue;
        }
        String value = c.classification().get(d.key());
        boolean known = value != null && config.dimension(d.key()).flatMap(dim -> dim.value(value)).isPresent();
        boolean ok = switch (wanted) {
          case UNCLASSIFIED -> value == null;
          case STALE -> value != null && !known;
          default -> wanted.equals(value);
        };
        if (!ok) {
          return false;
        }
      }
      return true;
    };
  }

  private Row toRow(CaseloadFile f, Optional<ContactDue> due, LocalDate today) {
    CandidateFile file = f.file();
    Candidate c = file.candidate();
    Optional<Integer> current = file.rungOn(today);
    String rungText = current.map(r -> messages.get("caseload.rung", r, messages.rungName(r)))
        .orElse(messages.get("caseload.noRung"));
    boolean overdue = due.map(d -> d.overdue(today)).orElse(false);
    boolean closed = !c.isOpenOn(today) && c.exit() != null && c.exit().date() != null;
    String next = due.map(d -> ContactDueText.shortText(d, messages, today)).orElse(null);
    if (closed) {
      // Closed for work: when the next nazorg contact is due, while the schedule runs.
      String date = messages.date(c.exit().date());
      String reason = messages.label(c.exit().reason());
      next = next == null ? messages.get("caseload.exited", date, reason)
          : messages.get("caseload.exitedAftercare", date, reason, next);
    } else if (next == null) {
      next = messages.get("caseload.noNextContact");
    }
    List<Tag> tags = new ArrayList<>();
    Map<String, String> stale = config.staleValues(c.classification());
    // On a card only the scheme's first dimension (Overbetuwe's track, Dalfsen's category) and
    // whatever needs review: the whole classification is on the candidate's page.
    for (int i = 0; i < config.dimensions().size(); i++) {
      Dimension d = config.dimensions().get(i);
      String value = c.classification().get(d.key());
      if (value != null && stale.containsKey(d.key())) {
        tags.add(new Tag(messages.get("classification.staleValue", value), true));
      } else if (value != null && i == 0) {
        tags.add(new Tag(d.labelOf(value), false));
      }
    }
    // A dimension the scheme dropped altogether still shows: never silently lost.
    stale.forEach((key, value) -> {
      if (config.dimension(key).isEmpty()) {
        tags.add(new Tag(messages.get("classification.staleValue", value), true));
      }
    });
    List<String> signals = WorkplaceSignals.open(recentContacts.getOrDefault(c.id(), List.of()), c.caseManagerId(),
        today).stream().map(o -> messages.label(o.signal())).toList();
    return new Row(c.id(), c.displayName(), rungText, next, overdue, f.syncState() == SyncState.PENDING,
        List.copyOf(tags), !stale.isEmpty(), signals);
  }

  /** Offers "Niet verschenen" on each card: the no-show's short path, one tap from the list. */
  public void offerNoShow(Consumer<UUID> recordNoShow) {
    this.recordNoShow = recordNoShow;
  }

  public boolean offersNoShow() {
    return recordNoShow != null;
  }

  public String noShowLabel() {
    return messages.get("candidate.recordNoShow");
  }

  public void noShow(Row row) {
    if (row != null && recordNoShow != null) {
      recordNoShow.accept(row.candidateId());
    }
  }

  public void open(Row row) {
    if (row != null) {
      openCandidate.accept(row.candidateId());
    }
  }

  /** Whether this user may register a new file here. */
  public boolean canRegister() {
    return register != null;
  }

  public void register() {
    if (register != null) {
      register.run();
    }
  }

  public void clearFilters() {
    search.set("");
    group.set(groups.isEmpty() ? null : groups.get(0));
    rung.set(rungs.get(0));
    flag.set(flags.get(0));
    dimensions.forEach(d -> d.selected().set(d.options().get(0)));
  }

  public void toggleFilters() {
    filtersOpen.set(!filtersOpen.get());
  }

  public StringProperty search() {
    return search;
  }

  public ObjectProperty<Option> group() {
    return group;
  }

  public ObservableList<Option> groups() {
    return groups;
  }

  public ObjectProperty<Option> rung() {
    return rung;
  }

  public List<Option> rungs() {
    return rungs;
  }

  public ObjectProperty<Option> flag() {
    return flag;
  }

  public List<Option> flags() {
    return flags;
  }

  public ObservableList<DimensionFilter> dimensions() {
    return dimensions;
  }

  public ObservableList<Row> rows() {
    return rows;
  }

  public ReadOnlyStringProperty summary() {
    return summary;
  }

  public ReadOnlyStringProperty emptyText() {
    return empty;
  }

  public BooleanProperty filtered() {
    return filtered;
  }

  public BooleanProperty filtersOpen() {
    return filtersOpen;
  }
}
