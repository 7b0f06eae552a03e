package nl.trede.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.trede.server.support.OfficeClient.Page;

/**
 * What the contracts of the case-file workspace stand on (intake, edit, assignment, closing,
 * referrals): forms filled in as a user does, on what the page showed, and a device's view of the
 * same files through the sync API.
 */
public abstract class WorkspaceContract extends ConsoleContract {
  private static final Pattern ERROR = Pattern.compile("class=\"field-error\"[^>]*id=\"error-([^\"]+)\"[^>]*>([^<]*)<");

  /** The form with this id on the page at this path, as the browser would send it unchanged. */
  protected static Map<String, List<String>> form(OfficeClient console, String path, String formId) {
    Page page = console.get(path);
    assertThat(page.status()).as(path).isEqualTo(200);
    return FormFields.of(page.text(), formId);
  }

  /** The intake form filled in with a person; the rest as it opens (the case manager: the user). */
  protected static Map<String, List<String>> intake(OfficeClient console, String given, String family,
      String dateOfBirth) {
    Map<String, List<String>> f = form(console, "/office/kandidaten/nieuw", "file-form");
    f = FormFields.with(f, "givenName", given);
    f = FormFields.with(f, "familyName", family);
    f = FormFields.with(f, "dateOfBirth", dateOfBirth);
    f = FormFields.with(f, "benefit", "yes");
    f = FormFields.with(f, "benefitStartDate", today().minusMonths(3).toString());
    return FormFields.with(f, "inflow.reason", "NEW_APPLICATION");
  }

  /** Registers a file through the intake form and returns its id. */
  protected static UUID register(OfficeClient console, Map<String, List<String>> form) {
    Page done = console.postForm("/office/kandidaten/nieuw", form);
    assertThat(done.status()).as("intake: " + errors(done)).isEqualTo(303);
    return idIn(done.location());
  }

  protected static UUID idIn(String location) {
    Matcher m = Pattern.compile("([0-9a-f-]{36})").matcher(location);
    assertThat(m.find()).as(location).isTrue();
    return UUID.fromString(m.group(1));
  }

  /** The errors a form page shows next to its fields: field name to Dutch message. */
  protected static Map<String, String> errors(Page page) {
    Map<String, String> errors = new java.util.LinkedHashMap<>();
    Matcher m = ERROR.matcher(page.text());
    while (m.find()) {
      errors.put(m.group(1), m.group(2));
    }
    return errors;
  }

  /** The visible text of a page: tags gone, spaces collapsed. */
  protected static String text(Page page) {
    return page.text().replaceAll("<[^>]+>", " ").replace("&gt;", ">").replace("&lt;", "<").replace("&amp;", "&")
        .replace("&#39;", "'").replace("&quot;", "\"").replaceAll("\\s+", " ");
  }
}
