package nl.trede.server.office.projection;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Names as the console searches them: lower case, accents dropped, spaces collapsed, so "Yılmaz",
 * "yilmaz" and "YILMAZ" find each other and "Çelik" is found by "celik".
 */
public final class SearchText {
  private SearchText() {}

  public static String normalise(String text) {
    if (text == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return decomposed.replace('ı', 'i').toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
  }

  /** A LIKE pattern matching the term anywhere, with LIKE's own wildcards escaped (ESCAPE '\'). */
  public static String containsPattern(String term) {
    String escaped = normalise(term).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
