package nl.trede.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.trede.server.support.OfficeClient.Page;

/** Dossiers importeren as the office does it: a file as Excel saves it, its check, then the import. */
public final class ImportPages {
  private static final Pattern CONTENT = Pattern.compile("name=\"inhoud\" value=\"([^\"]+)\"");

  private ImportPages() {}

  /** A CSV as Dutch Excel saves it: a byte-order mark, ';' between fields. */
  public static byte[] csv(List<String> headers, List<List<String>> rows) {
    StringBuilder text = new StringBuilder("\uFEFF").append(String.join(";", headers)).append("\r\n");
    rows.forEach(r -> text.append(String.join(";", r)).append("\r\n"));
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  public static Page upload(OfficeClient browser, String name, byte[] file) {
    return browser.postFile("/office/import/controle", Map.of("_csrf", browser.csrf()), "bestand", name, file);
  }

  /** Presses "Importeren" on a checked file's page: the file goes back as the page holds it. */
  public static Page runImport(OfficeClient browser, Page checked) {
    Matcher content = CONTENT.matcher(checked.text());
    assertThat(content.find()).as("an import button with the checked file").isTrue();
    return browser.postFile("/office/import/uitvoeren", Map.of("_csrf", browser.csrf(), "naam", "dossiers.csv",
        "inhoud", content.group(1)), null, null, null);
  }

  /** The problem rows of a report page: "row|column|rule". */
  public static List<String> problems(Page page) {
    // A problem of the file as a whole has no column: the page leaves the attribute out.
    Matcher m = Pattern.compile("<tr data-row=\"(\\d+)\"(?: data-column=\"([^\"]*)\")? data-rule=\"([^\"]+)\"")
        .matcher(page.text());
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.group(1) + "|" + (m.group(2) == null ? "" : m.group(2)) + "|" + m.group(3));
    }
    return found;
  }
}
