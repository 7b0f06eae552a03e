package nl.trede.server.office.imports;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import nl.trede.config.MunicipalityConfig;
import nl.trede.config.PolicyRules;
import nl.trede.domain.Ids;
import nl.trede.domain.Json;
import nl.trede.domain.Role;
import nl.trede.domain.Violation;
import nl.trede.domain.candidate.Candidate;
import nl.trede.server.accounts.User;
import nl.trede.server.accounts.UserRepository;
import nl.trede.server.office.imports.ImportColumns.ImportColumn;
import nl.trede.server.office.imports.ImportReport.Problem;
import nl.trede.server.office.view.OfficeText;

/**
 * Checks every row of an uploaded file with the rules a push would apply, before anything is
 * written: the shared record rules ({@code Candidate.validate}), the municipality's classification
 * ({@code PolicyRules}), the people it names (users of the municipality in a fitting role, by user
 * name), and the file's own numbers (present, unique in the file). A row whose number was imported
 * before is skipped, not checked: importing the same file again changes nothing.
 */
@Singleton
class ImportCheck {
  private static final int MAX_NUMBER = 50;

  private final UserRepository users;
  private final ImportedFiles imported;
  private final OfficeText text;
  private final Clock clock;

  ImportCheck(UserRepository users, ImportedFiles imported, OfficeText text, Clock clock) {
    this.users = users;
    this.imported = imported;
    this.text = text;
    this.clock = clock;
  }

  ImportReport check(String tenantId, MunicipalityConfig config, byte[] file) {
    ImportTable.Table table;
    try {
      table = ImportTable.read(file);
    } catch (ImportTable.Unreadable e) {
      return ImportReport.unreadable(new Problem(0, "", "", e.rule(),
          text.get("import.rule." + e.rule(), ImportTable.MAX_ROWS)));
    }
    List<ImportColumn> columns = ImportColumns.of(config, text);
    List<Problem> problems = new ArrayList<>();
    Map<Integer, ImportColumn> byIndex = headers(table.headers(), columns, problems);
    if (!problems.isEmpty()) {
      return new ImportReport(table.lines().size(), List.of(), List.of(), problems);
    }
    Map<String, User> people = new HashMap<>();
    users.findByTenantIdOrderByDisplayName(tenantId).forEach(u -> people.put(u.username(), u));
    Set<String> done = imported.numbers(tenantId);
    Map<String, Integer> seen = new HashMap<>();
    List<ImportReport.Planned> planned = new ArrayList<>();
    List<ImportReport.Skipped> skipped = new ArrayList<>();
    for (ImportTable.Line line : table.lines()) {
      Draft draft = new Draft();
      List<Problem> found = new ArrayList<>();
      byIndex.forEach((index, column) -> read(line, index, column, draft, found));
      String number = draft.number == null ? "" : draft.number;
      if (!number.isEmpty() && done.contains(number)) {
        skipped.add(new ImportReport.Skipped(line.number(), number));
        continue;
      }
      ImportColumn numberColumn = columns.get(0);
      Integer first = number.isEmpty() ? null : seen.putIfAbsent(number, line.number());
      if (number.isEmpty()) {
        found.add(problem(line.number(), numberColumn, "", "required"));
      } else if (number.length() > MAX_NUMBER) {
        found.add(problem(line.number(), numberColumn, number, "max-length"));
      } else if (first != null) {
        found.add(new Problem(line.number(), numberColumn.header(), number, "duplicate-in-file",
            text.get("import.rule.duplicate-in-file", first)));
      }
      UUID caseManager = person(draft.caseManager, people, u -> u.role() == Role.CASE_MANAGER, line.number(),
          "case-manager", columns, found);
      List<UUID> coaches = new ArrayList<>();
      for (String coach : draft.coaches) {
        Optional.ofNullable(person(coach, people, u -> u.role().hasCaseload(), line.number(), "coaches", columns, found))
            .ifPresent(coaches::add);
      }
      Candidate candidate = draft.toCandidate(Ids.newId(), caseManager, coaches);
      List<Violation> broken = new ArrayList<>(candidate.validate(clock));
      broken.addAll(PolicyRules.checkCandidate(config, null, candidate, false));
      for (Violation v : broken) {
        // A field whose text could not be read is reported once, as what it is.
        ImportColumn column = ImportColumns.forField(columns, v.field()).orElse(null);
        if (column == null || found.stream().noneMatch(p -> p.column().equals(column.header()))) {
          found.add(problem(line.number(), column, column == null ? "" : line.cell(indexOf(byIndex, column)),
              v.rule()));
        }
      }
      if (found.isEmpty()) {
        planned.add(new ImportReport.Planned(line.number(), number, candidate));
      }
      problems.addAll(found);
    }
    return new ImportReport(table.lines().size(), planned, skipped, problems);
  }

  /** Which column each header is; a missing required column, an unknown or a repeated one is a problem. */
  private Map<Integer, ImportColumn> headers(List<String> headers, List<ImportColumn> columns, List<Problem> problems) {
    Map<Integer, ImportColumn> byIndex = new HashMap<>();
    for (int i = 0; i < headers.size(); i++) {
      String header = headers.get(i);
      if (header.isBlank()) {
        continue;
      }
      Optional<ImportColumn> column = columns.stream()
          .filter(c -> c.header().equalsIgnoreCase(header.replace("*", "").strip())).findFirst();
      if (column.isEmpty()) {
        problems.add(new Problem(1, header, header, "unknown-column", text.get("import.rule.unknown-column")));
      } else if (byIndex.containsValue(column.get())) {
        problems.add(new Problem(1, header, header, "duplicate-column", text.get("import.rule.duplicate-column")));
      } else {
        byIndex.put(i, column.get());
      }
    }
    for (ImportColumn c : columns) {
      if (c.required() && !byIndex.containsValue(c)) {
        problems.add(new Problem(1, c.header(), "", "missing-column", text.get("import.rule.missing-column")));
      }
    }
    return byIndex;
  }

  private void read(ImportTable.Line line, int index, ImportColumn column, Draft draft, List<Problem> found) {
    String value = clean(line.cell(index));
    if (value.isEmpty()) {
      return;
    }
    // The sync protocol's strict text (sync-protocol.md): the push would refuse it, so does the check.
    String rule = Json.forbiddenCharacterIn(value) >= 0 ? Json.FORBIDDEN_CHARACTER : column.fill().apply(value, draft);
    if (rule != null) {
      found.add(problem(line.number(), column, value, rule));
    }
  }

  /**
   * A user named in a cell, of this municipality, active and in a fitting role; null (and a
   * problem) when there is none such.
   */
  private UUID person(String username, Map<String, User> people, Predicate<User> fits, int row, String key,
      List<ImportColumn> columns, List<Problem> found) {
    if (username == null || username.isEmpty()) {
      return null;
    }
    User user = people.get(username);
    if (user == null || !user.active() || !fits.test(user)) {
      ImportColumn column = columns.stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
      found.add(problem(row, column, username, "unknown-user"));
      return null;
    }
    return UUID.fromString(user.id());
  }

  private Problem problem(int row, ImportColumn column, String value, String rule) {
    String message = text.get("import.rule." + rule);
    if (message.equals("import.rule." + rule)) {
      message = text.get("import.rule.other", rule);
    }
    if (column != null && !column.format().isEmpty()) {
      message = message + " " + text.get("import.expected", column.format());
    }
    return new Problem(row, column == null ? "" : column.header(), value, rule, message);
  }

  private static int indexOf(Map<Integer, ImportColumn> byIndex, ImportColumn column) {
    return byIndex.entrySet().stream().filter(e -> e.getValue() == column).map(Map.Entry::getKey).findFirst().orElse(-1);
  }

  /**
   * A cell as meant: trimmed, and without the apostrophe that Trede's own exports put before text
   * Excel would take for a formula (decision 0021).
   */
  static String clean(String cell) {
    String s = cell == null ? "" : cell.strip();
    if (s.length() > 1 && s.charAt(0) == '\'' && "=+-@".indexOf(s.charAt(1)) >= 0) {
      s = s.substring(1);
    }
    // Excel's non-breaking spaces (pasted from a web page) are spaces.
    return s.replace('\u00A0', ' ').strip();
  }
}
