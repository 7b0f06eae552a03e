package nl.trede.server.office.imports;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.trede.config.MunicipalityConfig;
import nl.trede.domain.Violation;
import nl.trede.server.audit.AuditLog;
import nl.trede.server.config.InstalledConfiguration;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.files.FileRegistration;
import nl.trede.server.office.imports.ImportColumns.ImportColumn;
import nl.trede.server.office.view.OfficeText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bringing a municipality's existing files into Trede (Dalfsen 003 actie 2): a check of the whole
 * file that writes nothing, then an import of the whole file or nothing. Each is audited with its
 * counts; the server's log has counts and ids only.
 */
@Singleton
public class FileImport {
  private static final Logger LOG = LoggerFactory.getLogger(FileImport.class);

  private final ImportCheck checks;
  private final FileRegistration registration;
  private final ImportedFiles imported;
  private final InstalledConfiguration configurations;
  private final AuditLog audit;
  private final OfficeText text;
  private final Clock clock;

  public FileImport(ImportCheck checks, FileRegistration registration, ImportedFiles imported,
      InstalledConfiguration configurations, AuditLog audit, OfficeText text, Clock clock) {
    this.checks = checks;
    this.registration = registration;
    this.imported = imported;
    this.configurations = configurations;
    this.audit = audit;
    this.text = text;
    this.clock = clock;
  }

  /** What an import came to: the check's report, and whether the files were written. */
  public record Result(ImportReport report, boolean imported) {}

  /** The dry run: every row's problems, and what an import would do. Writes nothing but the audit event. */
  public ImportReport check(OfficeUser user, byte[] file, String remoteAddress) {
    ImportReport report = checks.check(user.tenantId(), config(user), file);
    audit.record(user.tenantId(), user.userId(), "office.import-check", null, null,
        report.clean() ? "ok" : "problems", remoteAddress, counts(report));
    return report;
  }

  /**
   * Checks the file again (what is in Trede may have changed since the dry run) and, only when no row
   * has a problem, creates every new file in one transaction through sync, with its number.
   */
  public Result run(OfficeUser user, byte[] file, String remoteAddress) {
    MunicipalityConfig config = config(user);
    ImportReport report = checks.check(user.tenantId(), config, file);
    if (!report.clean()) {
      audit.record(user.tenantId(), user.userId(), "office.import", null, null, "refused", remoteAddress,
          counts(report));
      return new Result(report, false);
    }
    List<ImportReport.Planned> planned = report.planned();
    FileRegistration.BatchOutcome outcome;
    try {
      outcome = registration.registerAll(user, planned.stream().map(ImportReport.Planned::candidate).toList(),
          remoteAddress, () -> imported.remember(user.tenantId(), planned, user.userId(), clock.instant()));
    } catch (DataAccessException e) {
      // Another import of these numbers committed first (the primary key): nothing of this one is kept.
      java.util.Set<String> now = imported.numbers(user.tenantId());
      if (planned.stream().noneMatch(p -> now.contains(p.number()))) {
        throw e;
      }
      LOG.info("import raced tenant={} user={}", user.tenantId(), user.userId());
      return new Result(new ImportReport(report.rows(), List.of(), report.skipped(), List.of(
          new ImportReport.Problem(0, "", "", "imported-meanwhile", text.get("import.rule.imported-meanwhile")))), false);
    }
    if (outcome instanceof FileRegistration.RowsRefused refused) {
      ImportReport rejected = new ImportReport(report.rows(), List.of(), report.skipped(), problems(config, planned,
          refused.refusals()));
      audit.record(user.tenantId(), user.userId(), "office.import", null, null, "refused", remoteAddress,
          counts(rejected));
      return new Result(rejected, false);
    }
    audit.record(user.tenantId(), user.userId(), "office.import", null, null, "ok", remoteAddress, counts(report));
    LOG.info("import tenant={} user={} created={} skipped={}", user.tenantId(), user.userId(), planned.size(),
        report.skipped().size());
    return new Result(report, true);
  }

  /** What the server refused, by row and column, as the check reports its own findings. */
  private List<ImportReport.Problem> problems(MunicipalityConfig config, List<ImportReport.Planned> planned,
      Map<Integer, List<Violation>> refusals) {
    List<ImportColumn> columns = ImportColumns.of(config, text);
    List<ImportReport.Problem> problems = new ArrayList<>();
    refusals.forEach((index, violations) -> {
      for (Violation v : violations) {
        String column = ImportColumns.forField(columns, v.field()).map(ImportColumn::header).orElse("");
        problems.add(new ImportReport.Problem(planned.get(index).row(), column, "", v.rule(),
            text.get("import.rule.refused", v.message())));
      }
    });
    return problems;
  }

  /** Columns of the template for this municipality (with its classification's dimensions). */
  List<ImportColumn> columns(OfficeUser user) {
    return ImportColumns.of(config(user), text);
  }

  private MunicipalityConfig config(OfficeUser user) {
    return configurations.of(user.tenantId())
        .orElseThrow(() -> new IllegalStateException("no configuration installed for " + user.tenantId()));
  }

  private static String counts(ImportReport report) {
    return "rows=" + report.rows() + "; new=" + report.planned().size() + "; already-imported="
        + report.skipped().size() + "; problems=" + report.problems().size();
  }
}
