package nl.trede.server.office.access;

import io.micronaut.http.HttpRequest;

/** Which requests belong to the office console. */
public final class OfficePaths {
  public static final String ROOT = "/office";

  private OfficePaths() {}

  public static boolean isConsole(HttpRequest<?> request) {
    String path = request.getPath();
    return path.equals(ROOT) || path.startsWith(ROOT + "/");
  }

  /** Pages (not scripts, styles and fonts) carry personal data and must not be cached. */
  public static boolean isAsset(HttpRequest<?> request) {
    String path = request.getPath();
    return path.startsWith(ROOT + "/static/") || path.startsWith(ROOT + "/webjars/");
  }
}
