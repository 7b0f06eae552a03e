package nl.trede.server.office.visits;

import io.micronaut.http.HttpParameters;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.trede.domain.contact.LocationType;

/**
 * The visit log's filters, read from the query string so a filtered log is a link that can be
 * bookmarked, shared and exported with exactly the same selection. Unknown values are dropped,
 * never passed on.
 *
 * @param from first day of the event (visit, step, coaching day), inclusive
 * @param to last day of the event, inclusive
 * @param syncedFrom first day the record reached the server, inclusive
 * @param syncedTo last day the record reached the server, inclusive
 * @param afterHandover only entries that arrived after their author left the caseload
 * @param signal only contacts that carry a workplace signal (002 §3.4.3, decision 0068)
 */
public record VisitFilter(String kind, String coach, String candidate, String name, String employer,
    String location, LocalDate from, LocalDate to, LocalDate syncedFrom, LocalDate syncedTo,
    boolean noShow, boolean afterHandover, boolean signal) {

  public static final Set<String> KINDS = Set.of("contact", "ladder-step", "coaching-hours", "employer-contact");

  public static VisitFilter from(HttpParameters p) {
    String kind = text(p, "kind");
    String location = text(p, "location");
    return new VisitFilter(
        kind != null && KINDS.contains(kind) ? kind : null,
        uuid(text(p, "coach")),
        uuid(text(p, "candidate")),
        text(p, "name"),
        uuid(text(p, "employer")),
        location != null && isLocation(location) ? location : null,
        date(p, "from"), date(p, "to"), date(p, "syncedFrom"), date(p, "syncedTo"),
        checked(p, "noShow"), checked(p, "afterHandover"), checked(p, "signal"));
  }

  private static boolean checked(HttpParameters p, String name) {
    String value = p.get(name);
    return "1".equals(value) || "on".equals(value) || "true".equals(value);
  }

  public static VisitFilter none() {
    return new VisitFilter(null, null, null, null, null, null, null, null, null, null, false, false, false);
  }

  public VisitFilter withCandidate(String candidateId) {
    return new VisitFilter(kind, coach, candidateId, name, employer, location, from, to, syncedFrom,
        syncedTo, noShow, afterHandover, signal);
  }

  /** The filters as query parameters, in a fixed order. */
  public Map<String, String> parameters() {
    Map<String, String> m = new LinkedHashMap<>();
    put(m, "kind", kind);
    put(m, "coach", coach);
    put(m, "candidate", candidate);
    put(m, "name", name);
    put(m, "employer", employer);
    put(m, "location", location);
    put(m, "from", from);
    put(m, "to", to);
    put(m, "syncedFrom", syncedFrom);
    put(m, "syncedTo", syncedTo);
    if (noShow) {
      m.put("noShow", "1");
    }
    if (afterHandover) {
      m.put("afterHandover", "1");
    }
    if (signal) {
      m.put("signal", "1");
    }
    return m;
  }

  /** The query string of {@link #parameters()}, empty when nothing is filtered. */
  public String query() {
    return parameters().entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  public boolean isEmpty() {
    return parameters().isEmpty();
  }

  private static void put(Map<String, String> m, String key, Object value) {
    if (value != null) {
      m.put(key, value.toString());
    }
  }

  private static String text(HttpParameters p, String name) {
    String value = p.get(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    value = value.trim();
    return value.length() > 200 ? value.substring(0, 200) : value;
  }

  private static String uuid(String value) {
    if (value == null) {
      return null;
    }
    try {
      return java.util.UUID.fromString(value).toString();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean isLocation(String value) {
    for (LocationType type : LocationType.values()) {
      if (type.name().equals(value)) {
        return true;
      }
    }
    return false;
  }

  static LocalDate date(HttpParameters p, String name) {
    String value = text(p, name);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
