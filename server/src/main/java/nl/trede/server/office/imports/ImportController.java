package nl.trede.server.office.imports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.io.IOException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import nl.trede.server.http.RemoteAddress;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.access.Csrf;
import nl.trede.server.office.export.Exports;
import nl.trede.server.office.view.OfficeText;
import nl.trede.server.office.view.OfficeViews;

/**
 * Dossiers importeren: the template, a check of an uploaded file that writes nothing, then the
 * import of the whole file or nothing. The checked file travels back with the page's import button
 * (a hidden field), so no upload waits on the server between the two steps (DESIGN §6); the import
 * checks it again anyway.
 */
@Controller("/office/import")
@Secured({"OFFICE", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
public class ImportController {
  private final FileImport imports;
  private final OfficeViews views;
  private final OfficeText text;

  public ImportController(FileImport imports, OfficeViews views, OfficeText text) {
    this.imports = imports;
    this.views = views;
    this.text = text;
  }

  @Get
  public HttpResponse<?> page(HttpRequest<?> request, Authentication authentication) {
    OfficeUser user = OfficeUser.of(authentication);
    return views.page(request, user, OfficeViews.Section.IMPORT, "import", model(user, null, "", null, null));
  }

  @Get("/sjabloon.{format}")
  public HttpResponse<?> template(Authentication authentication, @PathVariable String format) {
    OfficeUser user = OfficeUser.of(authentication);
    boolean csv = Exports.format(format) == Exports.Format.CSV;
    byte[] file = csv ? ImportTemplate.csv(imports.columns(user)) : ImportTemplate.xlsx(imports.columns(user), text);
    return HttpResponse.ok(file).contentType(csv ? Exports.CSV : Exports.XLSX)
        .header("Content-Disposition", "attachment; filename=\"trede-dossiers-sjabloon." + (csv ? "csv" : "xlsx") + "\"");
  }

  @Post(value = "/controle", consumes = MediaType.MULTIPART_FORM_DATA)
  public HttpResponse<?> check(HttpRequest<?> request, Authentication authentication,
      @Nullable @Part("bestand") CompletedFileUpload bestand, @Nullable @Part("_csrf") String _csrf) throws IOException {
    OfficeUser user = OfficeUser.of(authentication);
    Csrf.require(user, _csrf);
    if (bestand == null || bestand.getSize() == 0) {
      return views.page(HttpStatus.BAD_REQUEST, request, user, OfficeViews.Section.IMPORT, "import",
          model(user, null, "", null, "no-file"));
    }
    byte[] bytes = bestand.getBytes();
    ImportReport report = imports.check(user, bytes, RemoteAddress.of(request));
    return views.page(request, user, OfficeViews.Section.IMPORT, "import",
        model(user, report, fileName(bestand.getFilename()), report.clean() && !report.planned().isEmpty()
            ? Base64.getEncoder().encodeToString(bytes) : null, null));
  }

  @Post(value = "/uitvoeren", consumes = MediaType.MULTIPART_FORM_DATA)
  public HttpResponse<?> run(HttpRequest<?> request, Authentication authentication, @Nullable @Part("inhoud") String inhoud,
      @Nullable @Part("naam") String naam, @Nullable @Part("_csrf") String _csrf) {
    OfficeUser user = OfficeUser.of(authentication);
    Csrf.require(user, _csrf);
    byte[] bytes;
    try {
      bytes = inhoud == null ? new byte[0] : Base64.getDecoder().decode(inhoud.strip());
    } catch (IllegalArgumentException e) {
      bytes = new byte[0];
    }
    if (bytes.length == 0) {
      return views.page(HttpStatus.BAD_REQUEST, request, user, OfficeViews.Section.IMPORT, "import",
          model(user, null, "", null, "no-file"));
    }
    FileImport.Result result = imports.run(user, bytes, RemoteAddress.of(request));
    Map<String, Object> model = model(user, result.report(), fileName(naam), null, null);
    model.put("imported", result.imported());
    return views.page(result.imported() ? HttpStatus.OK : HttpStatus.CONFLICT, request, user,
        OfficeViews.Section.IMPORT, "import", model);
  }

  private Map<String, Object> model(OfficeUser user, ImportReport report, String fileName, String content,
      String error) {
    Map<String, Object> model = new HashMap<>();
    model.put("columns", imports.columns(user));
    model.put("report", report);
    model.put("fileName", fileName);
    model.put("content", content);
    model.put("error", error);
    model.put("imported", false);
    model.put("maxRows", ImportTable.MAX_ROWS);
    return model;
  }

  /** The name without a folder, as the person chose it; only shown back to them. */
  private static String fileName(String name) {
    if (name == null) {
      return "";
    }
    String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    return base.length() > 120 ? base.substring(0, 120) : base;
  }
}
