package nl.trede.server.office.audit;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.trede.server.support.OfficeClient;
import nl.trede.server.support.OfficeClient.Page;
import org.junit.jupiter.api.Test;
import nl.trede.server.support.ConsoleContract;

/**
 * The audit page: for admins only, filtered by user, action and period.
 * Over real HTTP against a real database, as a browser uses it; run once per database by its
 * subclasses.
 */
abstract class AuditPageContract extends ConsoleContract {
  @Test
  void theAuditLogIsForAdminsOnlyAndFiltersByUserActionAndPeriod() {
    OfficeClient office = loggedIn("office1");
    office.get("/office/bezoekverslagen/export.csv");
    OfficeClient admin = loggedIn("admin1");

    Page refused = office.get("/office/audit");
    Page exports = admin.get("/office/audit?action=office.export&user=" + user("office1"));
    Page logins = admin.get("/office/audit?action=office.login&from=" + today().minusDays(1) + "&to=" + today().plusDays(1));
    Page before = admin.get("/office/audit?to=2000-01-01");

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.text()).contains("Geen toegang");
    assertThat(office.get("/office/bezoekverslagen").text()).doesNotContain("href=\"/office/audit\"");
    assertThat(admin.get("/office/bezoekverslagen").text()).contains("href=\"/office/audit\"");
    assertThat(exports.status()).isEqualTo(200);
    assertThat(actions(exports)).isNotEmpty().containsOnly("office.export");
    assertThat(exports.text()).contains("format=csv").contains("Gerrit Mulder");
    assertThat(actions(logins)).isNotEmpty().containsOnly("office.login");
    assertThat(actions(before)).isEmpty();
  }

  @Test
  void everyEventNamesItsRecordInWordsAndEveryActionInDutch() {
    Fixture f = fixture();
    OfficeClient admin = loggedIn("admin1");
    String name = f.candidate().givenName() + " " + f.candidate().familyName();

    Page created = admin.get("/office/audit?action=sync.create&user=" + user("coach2"));
    String text = created.text();

    // A contact reads as its candidate and day, not as the first characters of a time-ordered id.
    String contactDay = f.home().occurredAt().atZone(ZONE).toLocalDate()
        .format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"));
    assertThat(text).contains(name + ", " + contactDay).contains(">Contact<").contains(">Trede<")
        .doesNotContain(">" + f.home().id().toString().substring(0, 8) + "<");
    assertThat(text).contains("Vastgelegd").doesNotContain("Nieuw record").doesNotContain("(sync)");
    // Every action the filter offers has a Dutch name, not the code it is stored under.
    Page all = admin.get("/office/audit");
    Matcher option = Pattern.compile("<option value=\"([a-z.-]+)\"[^>]*>([^<]+)<").matcher(all.text());
    int options = 0;
    while (option.find()) {
      options++;
      assertThat(option.group(2)).as(option.group(1)).isNotEqualTo(option.group(1));
    }
    assertThat(options).isGreaterThan(20);
    // The names the page showed are a read of those files (BIO 8.15), as any console page.
    assertThat(admin.get("/office/audit?action=office.view-audit").text()).contains("Audit bekeken");
  }

  private static Set<String> actions(Page page) {
    Set<String> actions = new LinkedHashSet<>();
    Matcher m = Pattern.compile("data-action=\"([^\"]+)\"").matcher(page.text());
    while (m.find()) {
      actions.add(m.group(1));
    }
    return actions;
  }
}
