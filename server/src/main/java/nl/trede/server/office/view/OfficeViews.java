package nl.trede.server.office.view;

import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.ModelAndViewRenderer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.trede.server.office.OfficeUser;

/**
 * Renders the console's pages: a Thymeleaf template under {@code views/office} with what every
 * page needs (the user, the municipality, the navigation, the anti-forgery token, formatting).
 * Rendered here rather than by the views filter, so each controller decides status and headers.
 */
@Singleton
public class OfficeViews {
  public static final MediaType HTML = MediaType.of("text/html;charset=utf-8");

  /**
   * The sections of the navigation bar, in order; Gebruikers and Audit only for an admin, Import
   * for office and admin (a case manager registers files one by one).
   */
  public enum Section {
    VISITS("nav.visits", "/office/bezoekverslagen"),
    CANDIDATES("nav.candidates", "/office/kandidaten"),
    REFERRALS("nav.referrals", "/office/aanmeldingen"),
    EMPLOYERS("nav.employers", "/office/werkgevers"),
    MONITORING("nav.monitoring", "/office/monitoring"),
    CONFLICTS("nav.conflicts", "/office/conflicten"),
    IMPORT("nav.import", "/office/import"),
    PEOPLE("nav.people", "/office/beheer/gebruikers"),
    AUDIT("nav.audit", "/office/audit");

    private final String key;
    private final String href;

    Section(String key, String href) {
      this.key = key;
      this.href = href;
    }

    public String key() {
      return key;
    }

    public String href() {
      return href;
    }
  }

  public record NavItem(String key, String href, boolean active) {}

  private final ModelAndViewRenderer<Map<String, Object>, HttpRequest<?>> renderer;

  public OfficeViews(ModelAndViewRenderer<Map<String, Object>, HttpRequest<?>> renderer) {
    this.renderer = renderer;
  }

  public MutableHttpResponse<String> page(HttpRequest<?> request, OfficeUser user, Section section,
      String view, Map<String, Object> model) {
    return page(HttpStatus.OK, request, user, section, view, model);
  }

  public MutableHttpResponse<String> page(HttpStatus status, HttpRequest<?> request, OfficeUser user,
      Section section, String view, Map<String, Object> model) {
    Map<String, Object> all = new HashMap<>(model);
    all.put("user", user);
    all.put("nav", user == null ? List.of() : navigation(user, section));
    all.put("csrf", user == null ? "" : user.csrf());
    all.put("fmt", DisplayFormat.INSTANCE);
    return HttpResponse.<String>status(status).contentType(HTML).body(render(request, view, all));
  }

  private static List<NavItem> navigation(OfficeUser user, Section active) {
    List<NavItem> items = new ArrayList<>();
    for (Section s : Section.values()) {
      if ((s == Section.AUDIT || s == Section.PEOPLE) && !user.isAdmin()
          || s == Section.IMPORT && !user.role().seesWholeMunicipality()) {
        continue;
      }
      items.add(new NavItem(s.key(), s.href(), s == active));
    }
    return items;
  }

  private String render(HttpRequest<?> request, String view, Map<String, Object> model) {
    Writable writable = renderer.render(new ModelAndView<>("office/" + view, model), request,
            MediaType.TEXT_HTML)
        .orElseThrow(() -> new IllegalStateException("no renderer for office/" + view));
    StringWriter out = new StringWriter(16 * 1024);
    try {
      writable.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
