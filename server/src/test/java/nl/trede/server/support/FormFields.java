package nl.trede.server.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields of one form of a console page as a browser would send them: text and hidden inputs,
 * checked boxes and radios, selected options, text areas. A test changes what a user would change
 * and posts the rest as the page showed it, version and form token included.
 */
public final class FormFields {
  private static final Pattern INPUT = Pattern.compile("<input([^>]*)>");
  private static final Pattern SELECT = Pattern.compile("<select([^>]*)>(.*?)</select>", Pattern.DOTALL);
  private static final Pattern OPTION = Pattern.compile("<option([^>]*)>");
  private static final Pattern AREA = Pattern.compile("<textarea([^>]*)>(.*?)</textarea>", Pattern.DOTALL);

  private FormFields() {}

  /** The fields of the form with this id on the page. */
  public static Map<String, List<String>> of(String page, String formId) {
    int start = page.indexOf("id=\"" + formId + "\"");
    if (start < 0) {
      throw new AssertionError("no form " + formId + " on the page");
    }
    start = page.lastIndexOf("<form", start);
    String form = page.substring(start, page.indexOf("</form>", start));
    Map<String, List<String>> fields = new LinkedHashMap<>();
    Matcher input = INPUT.matcher(form);
    while (input.find()) {
      String a = input.group(1);
      String name = attr(a, "name");
      String type = attr(a, "type");
      if (name == null || "submit".equals(type)) {
        continue;
      }
      if (("checkbox".equals(type) || "radio".equals(type)) && !a.contains("checked")) {
        continue;
      }
      fields.computeIfAbsent(name, k -> new ArrayList<>()).add(value(attr(a, "value")));
    }
    Matcher select = SELECT.matcher(form);
    while (select.find()) {
      String selected = "";
      Matcher option = OPTION.matcher(select.group(2));
      String first = null;
      while (option.find()) {
        String value = value(attr(option.group(1), "value"));
        first = first == null ? value : first;
        if (option.group(1).contains("selected")) {
          selected = value;
        }
      }
      fields.put(attr(select.group(1), "name"), new ArrayList<>(List.of(selected.isEmpty() && first != null
          && !select.group(2).contains("value=\"\"") ? first : selected)));
    }
    Matcher area = AREA.matcher(form);
    while (area.find()) {
      fields.put(attr(area.group(1), "name"), new ArrayList<>(List.of(unescape(area.group(2)))));
    }
    return fields;
  }

  /** Sets one field to one value, as typing or choosing does. */
  public static Map<String, List<String>> with(Map<String, List<String>> form, String name, String... values) {
    Map<String, List<String>> copy = new LinkedHashMap<>(form);
    copy.put(name, new ArrayList<>(List.of(values)));
    return copy;
  }

  private static String attr(String attributes, String name) {
    Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
    return m.find() ? unescape(m.group(1)) : null;
  }

  private static String value(String value) {
    return value == null ? "" : value;
  }

  private static String unescape(String html) {
    return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
