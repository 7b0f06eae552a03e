package nl.trede.server.office.files;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.domain.Violation;
import nl.trede.domain.candidate.Candidate;
import nl.trede.server.office.ConsoleReads;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.access.OfficeRefusal;
import nl.trede.server.office.view.DisplayFormat;
import nl.trede.server.office.view.FieldErrors;
import nl.trede.server.office.view.FormData;
import nl.trede.server.office.view.OfficeText;
import nl.trede.server.office.view.OfficeViews;

/**
 * What the file's form pages share: the page with the form (what was typed or what the file
 * holds, the errors next to their fields, the choices), the audit of showing it, and the answer to
 * a save: back to the file with what happened, or the form again with what to fix.
 */
@Singleton
public class FilePages {
  private final OfficeViews views;
  private final FormOptions options;
  private final ConsoleReads reads;
  private final OfficeText text;
  private final Clock clock;

  public FilePages(OfficeViews views, FormOptions options, ConsoleReads reads, OfficeText text, Clock clock) {
    this.views = views;
    this.options = options;
    this.reads = reads;
    this.text = text;
    this.clock = clock;
  }

  public LocalDate today() {
    return LocalDate.now(clock.withZone(DisplayFormat.ZONE));
  }

  /**
   * A form page of one file, or of a new one.
   *
   * @param page the template; {@code form} what the fields show; {@code version} the file's
   *     version the form stands on (0 for a new file)
   */
  public HttpResponse<?> form(HttpRequest<?> request, OfficeUser user, String page, Candidate file, long version,
      FormData form, FieldErrors errors, Map<String, Object> extra) {
    if (version > 0) {
      // An edit form shows the file: a read, like opening it (DOMAIN §7).
      reads.shown(request, user, "office.view-candidate", "candidate", file.id().toString(), "ok", "form=" + page,
          List.of(file.id().toString()));
    }
    Map<String, Object> model = new HashMap<>(extra);
    model.put("c", file);
    model.put("version", version);
    model.put("form", form);
    model.put("errors", errors);
    model.put("choices", options.of(user.tenantId()));
    model.put("today", today());
    return views.page(errors.isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY, request, user,
        OfficeViews.Section.CANDIDATES, page, model);
  }

  /** The rules broken, in Dutch, next to the fields of these sections. */
  public FieldErrors errors(List<Violation> violations, Map<String, String> rename,
      Collection<FormSection> sections) {
    return FieldErrors.of(violations, text, field -> sections.stream().anyMatch(s -> s.shows(field)), rename);
  }

  /**
   * After a save: back to the file with what happened, or the form again with the errors.
   *
   * @param showAgain renders the form with these errors
   */
  public HttpResponse<?> answer(SaveOutcome outcome, String candidateId, Collection<FormSection> sections,
      java.util.function.Function<FieldErrors, HttpResponse<?>> showAgain, String savedResult) {
    if (outcome instanceof SaveOutcome.NotFound) {
      throw OfficeRefusal.notFound();
    }
    if (outcome instanceof SaveOutcome.Refused refused) {
      return showAgain.apply(errors(refused.violations(), refused.rename(), sections));
    }
    String result = outcome instanceof SaveOutcome.Saved saved && !saved.conflicts().isEmpty() ? "conflict"
        : outcome instanceof SaveOutcome.Unchanged ? "unchanged" : savedResult;
    return HttpResponse.seeOther(URI.create("/office/kandidaten/" + candidateId + "?result=" + result));
  }

  public static boolean isUuid(String id) {
    try {
      UUID.fromString(id);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The version a form stands on; a form without one cannot be saved against anything. */
  public static long version(FormData form) {
    try {
      return Long.parseLong(form.value("version"));
    } catch (NumberFormatException e) {
      throw OfficeRefusal.notFound();
    }
  }
}
