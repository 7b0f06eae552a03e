package nl.trede.server.office.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.trede.domain.Ids;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.employer.Employer;
import nl.trede.domain.employer.Sector;
import nl.trede.domain.placement.InstrumentUse;
import nl.trede.domain.placement.Placement;
import nl.trede.domain.placement.PlacementKind;
import nl.trede.server.support.ApiClient;
import nl.trede.server.support.ApiClient.Session;
import nl.trede.server.support.ConsoleContract;
import nl.trede.server.support.OfficeClient;
import nl.trede.server.support.OfficeClient.Page;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;

/**
 * The uitstroompremie prompt on the console's candidate page, against a server whose demo is
 * Lansingerland (the one municipality with the premium). Over real HTTP against a real database;
 * run once per database by its subclasses.
 */
abstract class PremiumPromptContract extends ConsoleContract {
  /** The database's own settings. */
  abstract Map<String, String> database();

  @Override
  public Map<String, String> getProperties() {
    return withDemoOf("lansingerland", database());
  }

  /**
   * Lansingerland's uitstroompremie (002 §3.3.9: "eenmalig een bedrag van 500 euro als zij langer
   * dan een half jaar onafgebroken aan het werk zijn", after "langer dan een jaar" on benefit): the
   * file says since when the conditions are met, from when while the work goes on, and nothing once
   * it was granted. The candidate is on benefit since 24 months ago.
   */
  @Test
  void theUitstroompremieIsPromptedSinceOrFromTheDayItsConditionsAreMetAndNotOnceGranted() {
    Session office = api.login("office1");
    OfficeClient console = loggedIn("office1");
    Employer shop = new Employer(Ids.newId(),
        "Bakkerij " + suffix(), "12345678", Sector.RETAIL, null, null, null, null, false, false, null, null);
    assertApplied(api.push(office, ApiClient.create(RecordType.EMPLOYER, shop)));
    LocalDate longAgo = today().minusMonths(10);
    LocalDate recently = today().minusMonths(2);
    InstrumentUse granted = new InstrumentUse("uitstroompremie",
        new BigDecimal("500"), today().minusDays(1), null);

    assertThat(premiumShown(office, console, shop, longAgo)).isEqualTo("Uitstroompremie: voorwaarden vervuld sinds "
        + fmt(longAgo.plusMonths(6).plusDays(1)) + ". Wijs de inwoner op de aanvraag.");
    assertThat(premiumShown(office, console, shop, recently)).isEqualTo("Uitstroompremie: voorwaarden vervuld vanaf "
        + fmt(recently.plusMonths(6).plusDays(1)) + ", als het werk zonder onderbreking doorloopt.");
    assertThat(premiumShown(office, console, shop, longAgo, granted)).isNull();
  }

  /**
   * 002 §3.4.2: the card after the exit tells about the premium. The office's list names who may
   * claim it now (first) and who will, with the date, and not whom it was granted.
   */
  @Test
  void theOfficeListsWhoMayClaimThePremiumNowAndWhoWillAndNotWhoHadIt() {
    Session office = api.login("office1");
    OfficeClient console = loggedIn("office1");
    Employer shop = new Employer(Ids.newId(),
        "Slagerij " + suffix(), "12345678", Sector.RETAIL, null, null, null, null, false, false, null, null);
    assertApplied(api.push(office, ApiClient.create(RecordType.EMPLOYER, shop)));
    String now = job(office, shop, today().minusMonths(10));
    String later = job(office, shop, today().minusMonths(2));
    String had = job(office, shop, today().minusMonths(10),
        new InstrumentUse("uitstroompremie", new BigDecimal("500"), today().minusDays(1), null));

    Page page = console.get("/office/monitoring/uitstroompremie");
    List<String[]> rows = panelCsv(console, page, "wie");

    assertThat(page.status()).isEqualTo(200);
    assertThat(rows.get(0)).containsExactly("Kandidaat", "Klantmanager", "Premie", "Voorwaarden vervuld", "Stand",
        "Uitstroom");
    assertThat(rows).anySatisfy(r -> assertThat(r).containsExactly(now, "(geen klantmanager)", "Uitstroompremie",
        fmt(today().minusMonths(10).plusMonths(6).plusDays(1)), "kan aanvragen", ""));
    assertThat(rows).anySatisfy(r -> assertThat(r).containsExactly(later, "(geen klantmanager)", "Uitstroompremie",
        fmt(today().minusMonths(2).plusMonths(6).plusDays(1)), "vanaf deze datum", ""));
    assertThat(rows).noneSatisfy(r -> assertThat(r[0]).isEqualTo(had));
    assertThat(rows.indexOf(rows.stream().filter(r -> r[0].equals(now)).findFirst().orElseThrow()))
        .as("who may claim now comes first").isLessThan(rows.indexOf(rows.stream().filter(r -> r[0].equals(later))
            .findFirst().orElseThrow()));
  }

  /** A new file with a job at {@code shop} since {@code began}; its name as the console lists it. */
  private String job(Session office, Employer shop, LocalDate began, InstrumentUse... uses) {
    String family = "Lijst" + suffix();
    Candidate c = candidate("Premie", family, null, List.of());
    Placement work = new Placement(Ids.newId(), c.id(), PlacementKind.REGULAR_JOB, shop.id(), null, null, "Verkoper",
        null, null, began, null, null, null, new BigDecimal("32"), 12, false, List.of(uses), null, office.user());
    assertApplied(api.push(office, ApiClient.create(RecordType.CANDIDATE, c), ApiClient.create(RecordType.PLACEMENT,
        work)));
    return family + ", Premie";
  }

  /** The prompt on the file of a new candidate whose job at {@code shop} began on {@code began}; null when none. */
  private String premiumShown(Session office, OfficeClient console, Employer shop,
      LocalDate began, InstrumentUse... uses) {
    Candidate c = candidate("Premie", "Proef" + suffix(), null, List.of());
    Placement job = new Placement(Ids.newId(), c.id(), PlacementKind.REGULAR_JOB, shop.id(), null, null, "Verkoper", null,
        null, began, null, null, null, new BigDecimal("32"), 12, false, List.of(uses), null, office.user());
    assertApplied(api.push(office, ApiClient.create(RecordType.CANDIDATE, c), ApiClient.create(RecordType.PLACEMENT, job)));
    Page file = console.get("/office/kandidaten/" + c.id());
    assertThat(file.status()).isEqualTo(200);
    Matcher m = Pattern.compile("id=\"premium\"[^>]*>([^<]*)</p>").matcher(file.text());
    return m.find() ? m.group(1).strip() : null;
  }

  private static String fmt(LocalDate day) {
    return DateTimeFormatter.ofPattern("dd-MM-yyyy").format(day);
  }
}
