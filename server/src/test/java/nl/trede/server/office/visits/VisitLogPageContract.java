package nl.trede.server.office.visits;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.trede.domain.Ids;
import nl.trede.domain.coaching.CoachKind;
import nl.trede.domain.coaching.CoachingActivity;
import nl.trede.domain.coaching.CoachingHours;
import nl.trede.domain.contact.Contact;
import nl.trede.server.office.view.DisplayFormat;
import nl.trede.server.support.ApiClient;
import nl.trede.server.support.ApiClient.Session;
import nl.trede.server.support.OfficeClient;
import nl.trede.server.support.OfficeClient.Page;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;
import nl.trede.server.support.ConsoleContract;

/**
 * The visit log page: its filters, its highlights and its paging.
 * Over real HTTP against a real database, as a browser uses it; run once per database by its
 * subclasses.
 */
abstract class VisitLogPageContract extends ConsoleContract {
  private static final Pattern NEXT = Pattern.compile("id=\"next-page\" href=\"([^\"]+)\"");

  @Test
  void theVisitLogFiltersByCandidateKindCoachEmployerLocationNoShowPeriodAndSyncDate() {
    Fixture f = fixture();
    OfficeClient office = loggedIn("office1");
    String mine = "/office/bezoekverslagen?candidate=" + f.candidate().id();
    Set<String> all = f.ids();

    assertThat(new HashSet<>(rowIds(office.get(mine)))).isEqualTo(all);
    assertThat(new HashSet<>(rowIds(office.get("/office/bezoekverslagen?name=" + f.candidate().familyName()))))
        .isEqualTo(all);
    assertThat(rowIds(office.get(mine + "&kind=contact")))
        .containsExactlyInAnyOrder(ids(f.home(), f.phone(), f.noShow(), f.atWork()));
    assertThat(rowIds(office.get(mine + "&kind=ladder-step"))).containsExactly(f.intake().id().toString());
    assertThat(rowIds(office.get(mine + "&location=PHONE"))).containsExactly(f.phone().id().toString());
    assertThat(rowIds(office.get(mine + "&noShow=1"))).containsExactly(f.noShow().id().toString());
    // Newest first: the hours of two days ago before the workplace visit of three days ago.
    assertThat(rowIds(office.get(mine + "&coach=" + user("jobcoach1"))))
        .containsExactly(f.hours().id().toString(), f.atWork().id().toString());
    assertThat(rowIds(office.get("/office/bezoekverslagen?employer=" + f.employer().id())))
        .containsExactly(f.hours().id().toString(), f.atWork().id().toString());
    assertThat(rowIds(office.get(mine + "&from=" + today().minusDays(12) + "&to=" + today().minusDays(4))))
        .containsExactly(f.noShow().id().toString(), f.phone().id().toString());
    assertThat(new HashSet<>(rowIds(office.get(mine + "&syncedFrom=" + f.day())))).isEqualTo(all);
    assertThat(rowIds(office.get(mine + "&syncedTo=" + f.day().minusDays(1)))).isEmpty();
    assertThat(count(office.get(mine + "&kind=contact&location=HOME"))).isEqualTo(2);
  }

  @Test
  void aNoShowIsHighlightedAndACorrectionMarksWhatItReplaces() {
    Fixture f = fixture();
    Session dirk = api.login("jobcoach1");
    CoachingHours correction = new CoachingHours(Ids.newId(), f.candidate().id(), f.employer().id(),
        f.hours().date(), 8, CoachingActivity.ON_SITE_COACHING, CoachKind.MUNICIPAL, dirk.user(), "Correctie", null,
        null, f.hours().id(), null);
    assertApplied(api.push(dirk, ApiClient.create(RecordType.COACHING_HOURS, correction)));
    OfficeClient office = loggedIn("office1");

    String page = office.get("/office/bezoekverslagen?candidate=" + f.candidate().id()).text();

    assertThat(rowTag(page, f.noShow().id())).contains("class=\"noshow\"");
    assertThat(rowTag(page, f.hours().id())).contains("class=\"superseded\"");
    assertThat(rowTag(page, f.phone().id())).doesNotContain("noshow").doesNotContain("superseded");
    assertThat(page).contains(">Niet verschenen<").contains(">Correctie<").contains(">Vervangen<");
  }

  @Test
  void theVisitLogPagesThroughEveryRowOnceNewestFirst() {
    fixture();
    OfficeClient office = loggedIn("office1");
    Page page = office.get("/office/bezoekverslagen");
    long total = count(page);
    List<String> seen = new ArrayList<>(rowIds(page));
    int pages = 1;
    Matcher next = NEXT.matcher(page.text());
    while (next.find()) {
      page = office.get(next.group(1).replace("&amp;", "&"));
      assertThat(count(page)).isEqualTo(total);
      seen.addAll(rowIds(page));
      pages++;
      next = NEXT.matcher(page.text());
    }

    assertThat(total).isGreaterThan(100);
    assertThat(pages).isEqualTo((int) Math.ceil(total / 50.0));
    assertThat(seen).hasSize((int) total).doesNotHaveDuplicates();
  }

  @Test
  void twoOfflineCorrectionsOfOneEntryCountOnceInTheLogAndOnTheFileTheOneMadeLast() {
    // Two phones correct the same hours offline; the one made later reaches the server first. The
    // one rule (nl.trede.domain.Corrections): the one made last counts, the other is set aside, as
    // in the figures and the field app's hours ledger. Before: both corrections showed as counting.
    Fixture f = fixture();
    Session dirk = api.login("jobcoach1");
    CoachingHours first = new CoachingHours(Ids.newId(), f.candidate().id(), f.employer().id(), f.hours().date(), 8,
        CoachingActivity.ON_SITE_COACHING, CoachKind.MUNICIPAL, dirk.user(), "Correctie telefoon", null, null,
        f.hours().id(), null);
    CoachingHours later = new CoachingHours(Ids.newId(), f.candidate().id(), f.employer().id(), f.hours().date(), 4,
        CoachingActivity.ON_SITE_COACHING, CoachKind.MUNICIPAL, dirk.user(), "Correctie tablet", null, null,
        f.hours().id(), null);
    assertApplied(api.push(dirk, ApiClient.create(RecordType.COACHING_HOURS, later)));
    assertApplied(api.push(dirk, ApiClient.create(RecordType.COACHING_HOURS, first)));
    OfficeClient office = loggedIn("office1");

    String log = office.get("/office/bezoekverslagen?candidate=" + f.candidate().id()).text();
    String file = office.get("/office/kandidaten/" + f.candidate().id()).text();

    assertThat(rowTag(log, f.hours().id())).contains("superseded");
    assertThat(rowTag(log, first.id())).contains("superseded");
    assertThat(rowTag(log, later.id())).doesNotContain("superseded");
    assertThat(timelineTag(file, f.hours().id())).contains("superseded");
    assertThat(timelineTag(file, first.id())).contains("superseded");
    assertThat(timelineTag(file, later.id())).doesNotContain("superseded");
  }

  @Test
  void aWithdrawnContactIsStruckThroughAsIngetrokkenAndNoLongerCountsAsTheLastConversation() {
    // Undone on the phone after it reached the server (decision 0050): a correction that withdraws.
    Fixture f = fixture();
    Session dirk = api.login("jobcoach1");
    OfficeClient office = loggedIn("office1");
    String filePage = "/office/kandidaten/" + f.candidate().id();
    String before = office.get(filePage).text();
    assertThat(lastContact(before)).isEqualTo(DisplayFormat.INSTANCE.date(today().minusDays(3)));
    Contact withdrawal = f.atWork().withdrawal(Ids.newId(), dirk.user());
    assertApplied(api.push(dirk, ApiClient.create(RecordType.CONTACT, withdrawal)));

    String log = office.get("/office/bezoekverslagen?candidate=" + f.candidate().id()).text();
    String file = office.get(filePage).text();

    assertThat(rowTag(log, f.atWork().id())).contains("withdrawn").contains("superseded");
    assertThat(rowTag(log, withdrawal.id())).doesNotContain("withdrawn").doesNotContain("superseded");
    assertThat(log).contains(">Ingetrokken<").contains(">Intrekking<");
    assertThat(rowTag(log, f.phone().id())).doesNotContain("withdrawn").doesNotContain("superseded");
    assertThat(timelineTag(file, f.atWork().id())).contains("withdrawn");
    // The figures read the contacts through the one rule: the conversation of three days ago did
    // not happen, so the last one is the phone call of ten days ago.
    assertThat(lastContact(file)).isEqualTo(DisplayFormat.INSTANCE.date(today().minusDays(10)));
  }

  private static String lastContact(String candidatePage) {
    Matcher m = Pattern.compile("Laatste contact</dt>\\s*<dd><span>([^<]*)</span>").matcher(candidatePage);
    assertThat(m.find()).as("the last contact on the candidate page").isTrue();
    return m.group(1).trim();
  }

  /** The opening tag of the candidate page's timeline entry of this record. */
  static String timelineTag(String page, UUID id) {
    Matcher m = Pattern.compile("<li[^>]*data-id=\"" + id + "\"[^>]*>").matcher(page);
    assertThat(m.find()).as("a timeline entry for " + id).isTrue();
    return m.group();
  }

}
