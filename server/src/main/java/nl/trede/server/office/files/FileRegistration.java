package nl.trede.server.office.files;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.trede.config.PolicyRules;
import nl.trede.domain.Violation;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.SamePerson;
import nl.trede.server.accounts.User;
import nl.trede.server.accounts.UserRepository;
import nl.trede.server.config.InstalledConfiguration;
import nl.trede.server.jdbc.QueryRunner;
import nl.trede.server.jdbc.SqlQuery;
import nl.trede.server.office.ConsoleWrites;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.sync.WriteQueue;
import nl.trede.sync.Mutation;
import nl.trede.sync.MutationResult;
import nl.trede.sync.Protocol;
import nl.trede.sync.RecordType;

/**
 * The one way the console makes candidate files, one at intake or many in an import: checks them by
 * the rules the server applies on push, shows possible duplicates (the same date of birth and family
 * name), and writes them through sync as the console user, so the case manager's and coaches'
 * devices receive them at their next pull and the audit and the record history hold them.
 *
 * <p>A file registered twice under the same id is answered {@link AlreadyRegistered}, so a form
 * sent twice never makes a second file. An import is all or none ({@link #registerAll}).
 */
@Singleton
public class FileRegistration {
  private final QueryRunner db;
  private final ConsoleWrites writes;
  private final InstalledConfiguration configurations;
  private final UserRepository users;
  private final Clock clock;

  private final WriteQueue writers;
  private final TransactionOperations<Connection> transactions;

  public FileRegistration(QueryRunner db, ConsoleWrites writes, InstalledConfiguration configurations,
      UserRepository users, WriteQueue writers, TransactionOperations<Connection> transactions, Clock clock) {
    this.db = db;
    this.writes = writes;
    this.configurations = configurations;
    this.users = users;
    this.writers = writers;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** What registering came to. */
  public sealed interface Outcome {}

  public record Registered(UUID candidateId) implements Outcome {}

  /** A file with this id exists already (the same form or import row, sent again): nothing was written. */
  public record AlreadyRegistered(UUID candidateId) implements Outcome {}

  /** Nothing was written; every rule broken, by field. */
  public record Refused(List<Violation> violations) implements Outcome {}

  /** A file that may be the same person. */
  public record Match(String id, String name, LocalDate dateOfBirth, LocalDate closedOn) {}

  /**
   * Possible duplicates: files of the municipality with the same date of birth and family name.
   * Those the user reaches are named; the others only counted, so a case manager learns that the
   * person may have a file elsewhere without seeing whose it is (office-console.md).
   */
  public record Duplicates(List<Match> reachable, int elsewhere) {
    public boolean isEmpty() {
      return reachable.isEmpty() && elsewhere == 0;
    }
  }

  /** A new file with only its id, for a form to fill in. */
  public static Candidate blank(UUID id) {
    return new Candidate(id, null, null, null, null, null, null, List.of(), null, Set.of(), Map.of(), null,
        List.of(), List.of(), null, null, null, Set.of(), null, null);
  }

  /** The municipality's files born on the candidate's day with the same family name (SamePerson). */
  public Duplicates duplicates(OfficeUser user, Candidate candidate) {
    if (candidate.dateOfBirth() == null) {
      return new Duplicates(List.of(), 0);
    }
    SqlQuery bornThatDay = new SqlQuery("""
        SELECT n.record_id, n.name, n.birth_date, n.exit_date FROM record_name n
        WHERE n.tenant_id = ? AND n.type = 'candidate' AND n.deleted = ? AND n.birth_date = ?""",
        user.tenantId(), false, candidate.dateOfBirth());
    List<Match> matches = db.list(bornThatDay, rs -> new Match(rs.getString(1), rs.getString(2),
        LocalDate.parse(rs.getString(3)), rs.getString(4) == null ? null : LocalDate.parse(rs.getString(4))))
        .stream().filter(m -> SamePerson.matches(m.name(), m.dateOfBirth(), candidate.familyName(), candidate.dateOfBirth()))
        .toList();
    if (matches.isEmpty()) {
      return new Duplicates(List.of(), 0);
    }
    SqlQuery reached = new SqlQuery("SELECT n.record_id FROM record_name n WHERE n.tenant_id = ?", user.tenantId())
        .andIn("n.record_id", matches.stream().map(Match::id).toList()).and(user.scope().files("n.record_id"));
    Set<String> mine = Set.copyOf(db.list(reached, rs -> rs.getString(1)));
    List<Match> shown = matches.stream().filter(m -> mine.contains(m.id())).toList();
    return new Duplicates(shown, matches.size() - shown.size());
  }

  /**
   * Every rule the new file breaks, without writing anything: the record's own rules, the
   * municipality's classification scheme, and a case manager and coaches who are people of the
   * municipality with a caseload role. The server checks the same again when it is registered.
   */
  public List<Violation> check(OfficeUser user, Candidate candidate) {
    List<Violation> v = new ArrayList<>(candidate.validate(clock));
    configurations.of(user.tenantId())
        .ifPresent(config -> v.addAll(PolicyRules.checkCandidate(config, null, candidate, false)));
    if (candidate.caseManagerId() != null && !colleague(user, candidate.caseManagerId())) {
      v.add(new Violation("caseManagerId", "unknown-reference", "not a case manager or coach here"));
    }
    for (int i = 0; i < candidate.coachIds().size(); i++) {
      if (!colleague(user, candidate.coachIds().get(i))) {
        v.add(new Violation("coachIds[" + i + "]", "unknown-reference", "not a case manager or coach here"));
      }
    }
    return v;
  }

  private boolean colleague(OfficeUser user, UUID id) {
    Optional<User> found = users.findById(id.toString());
    return found.isPresent() && found.get().tenantId().equals(user.tenantId()) && found.get().role().hasCaseload();
  }

  /** Checks and registers the file through sync, as the user from the console. */
  public Outcome register(OfficeUser user, Candidate candidate, String remoteAddress) {
    List<Violation> violations = check(user, candidate);
    if (!violations.isEmpty()) {
      return new Refused(violations);
    }
    MutationResult result = writes.push(user, writes.create(RecordType.CANDIDATE, candidate), remoteAddress);
    writes.audited(user, "office.register-file", RecordType.CANDIDATE, candidate.id().toString(), result,
        remoteAddress, null);
    return result.match(applied -> new Registered(candidate.id()), conflicted -> new Registered(candidate.id()),
        rejected -> rejected.violations().stream().anyMatch(v -> "duplicate-id".equals(v.rule()))
            ? new AlreadyRegistered(candidate.id()) : new Refused(rejected.violations()));
  }

  /** What registering many files came to. */
  public sealed interface BatchOutcome {}

  /** Every file was created, and what was to be written beside them was. */
  public record AllRegistered(int files) implements BatchOutcome {}

  /** Nothing was written: the files (by their index in the list) the server refused, and why. */
  public record RowsRefused(Map<Integer, List<Violation>> refusals) implements BatchOutcome {}

  /**
   * Creates every file, or none (an import): pushed in batches of the protocol's maximum inside one
   * transaction, together with what the caller writes beside them; if the server refuses one file,
   * nothing is kept.
   *
   * @param alongside written in the same transaction after the files (e.g. the import's file
   *     numbers); if it fails, nothing is kept and its exception is thrown
   */
  public BatchOutcome registerAll(OfficeUser user, List<Candidate> files, String remoteAddress, Runnable alongside) {
    List<Mutation> creates = files.stream().map(f -> writes.create(RecordType.CANDIDATE, f)).toList();
    try {
      return writers.serialised(() -> transactions.executeWrite(status -> {
        Map<Integer, List<Violation>> refused = new LinkedHashMap<>();
        for (int from = 0; from < creates.size(); from += Protocol.MAX_MUTATIONS_PER_PUSH) {
          List<Mutation> batch = creates.subList(from, Math.min(creates.size(), from + Protocol.MAX_MUTATIONS_PER_PUSH));
          List<MutationResult> results = writes.push(user, batch, remoteAddress);
          for (int i = 0; i < results.size(); i++) {
            MutationResult r = results.get(i);
            if (r instanceof MutationResult.Rejected rejected) {
              refused.put(from + i, rejected.violations());
            } else if (!(r instanceof MutationResult.Applied)) {
              refused.put(from + i, List.of(new Violation("recordId", "not-applied", "the file was not created")));
            }
          }
        }
        if (!refused.isEmpty()) {
          throw new RolledBack(new RowsRefused(refused));
        }
        alongside.run();
        return new AllRegistered(files.size());
      }));
    } catch (RolledBack e) {
      return e.outcome;
    }
  }

  /** Undoes the transaction and carries the answer out of it. */
  private static final class RolledBack extends RuntimeException {
    private final transient BatchOutcome outcome;

    RolledBack(BatchOutcome outcome) {
      super(null, null, false, false);
      this.outcome = outcome;
    }
  }
}
