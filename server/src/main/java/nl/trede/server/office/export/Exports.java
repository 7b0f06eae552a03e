package nl.trede.server.office.export;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import nl.trede.server.office.ConsoleReads;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.access.OfficeRefusal;
import nl.trede.server.office.view.DisplayFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every export of the console goes through here: written as CSV or xlsx with the same rows as the
 * screen, and recorded in the audit log (who, which list, which filters, how many rows, which
 * candidate files, from where, when) before it leaves the server.
 */
@Singleton
public class Exports {
  private static final Logger LOG = LoggerFactory.getLogger(Exports.class);
  public static final MediaType CSV = MediaType.of("text/csv;charset=utf-8");
  public static final MediaType XLSX =
      MediaType.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  public enum Format { CSV, XLSX }

  /**
   * Writes the rows of one export and adds the candidate files they show to {@code files} (for the
   * read audit); returns how many rows it wrote.
   */
  @FunctionalInterface
  public interface Writer {
    int write(TableSink sink, Collection<String> files) throws IOException;
  }

  private final ConsoleReads reads;
  private final Clock clock;

  public Exports(ConsoleReads reads, Clock clock) {
    this.reads = reads;
    this.clock = clock;
  }

  public static Format format(String extension) {
    return switch (extension == null ? "" : extension.toLowerCase(Locale.ROOT)) {
      case "csv" -> Format.CSV;
      case "xlsx" -> Format.XLSX;
      default -> throw OfficeRefusal.notFound();
    };
  }

  /**
   * @param name the list's name in file names and the audit log, e.g. {@code bezoekverslagen}
   * @param sheet the sheet's title in the workbook
   * @param detail what was exported, for the audit log: the filters, never names or notes
   */
  public MutableHttpResponse<byte[]> export(HttpRequest<?> request, OfficeUser user, Format format,
      String name, String sheet, String detail, Writer writer) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
    int rows;
    List<String> files = new ArrayList<>();
    try {
      TableSink sink = format == Format.CSV ? new CsvSink(bytes) : new XlsxSink(bytes, sheet);
      rows = writer.write(sink, files);
      sink.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String extension = format == Format.CSV ? "csv" : "xlsx";
    reads.shown(request, user, "office.export", name, null, "ok",
        "format=" + extension + "; rows=" + rows + (detail == null || detail.isEmpty() ? "" : "; " + detail), files);
    LOG.info("office export user={} list={} format={} rows={}", user.userId(), name, extension, rows);
    String file = name + "-" + LocalDate.now(clock.withZone(DisplayFormat.ZONE)) + "." + extension;
    return HttpResponse.ok(bytes.toByteArray())
        .contentType(format == Format.CSV ? CSV : XLSX)
        .header("Content-Disposition", "attachment; filename=\"" + file + "\"");
  }
}
