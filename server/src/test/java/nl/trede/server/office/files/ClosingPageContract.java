package nl.trede.server.office.files;

import nl.trede.server.support.ApiClient;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.domain.candidate.ExitReason;
import nl.trede.server.kpi.FileMonitor;
import nl.trede.server.kpi.KpiScope;
import nl.trede.server.support.ApiClient.Session;
import nl.trede.server.support.FormFields;
import nl.trede.server.support.OfficeClient;
import nl.trede.server.support.OfficeClient.Page;
import nl.trede.server.support.WorkspaceContract;
import org.junit.jupiter.api.Test;

/**
 * Dossier afsluiten and heropenen: uitstroom with date and reason through sync, visibly closed in
 * the list (marker and filter) and on the file, counted by the figures only inside its dates, and
 * open again after reopening. Run once per database by the subclasses.
 */
abstract class ClosingPageContract extends WorkspaceContract {
  @Test
  void aClosedFileIsMarkedAndFilteredInTheListAndReopeningOpensItAgain() {
    OfficeClient fatima = loggedIn("casemanager1");
    String family = "Sluit" + suffix();
    UUID id = register(fatima, intake(fatima, "Karel", family, "1979-09-19"));
    Session fatimasTablet = api.login("casemanager1");
    String cursor = api.pullAll(fatimasTablet).cursor();
    Map<String, List<String>> close = form(fatima, "/office/kandidaten/" + id + "/afsluiten", "close-form");

    Page refused = fatima.postForm("/office/kandidaten/" + id + "/afsluiten", close);
    Page closed = fatima.postForm("/office/kandidaten/" + id + "/afsluiten", FormFields.with(close, "exit.reason", "WORK"));
    Page list = fatima.get("/office/kandidaten?q=" + family);
    Page onlyOpen = fatima.get("/office/kandidaten?status=open&q=" + family);
    Page onlyClosed = fatima.get("/office/kandidaten?status=gesloten&q=" + family);
    Page file = fatima.get("/office/kandidaten/" + id);

    assertThat(errors(refused)).containsEntry("exit.reason", "Vul dit in.");
    assertThat(closed.location()).endsWith("?result=closed");
    assertThat(rowTag(list.text(), id)).contains("closed");
    assertThat(text(list)).contains("gesloten op " + fmt(today()));
    assertThat(text(onlyOpen)).doesNotContain(family);
    assertThat(text(onlyClosed)).contains(family);
    assertThat(text(file)).contains("Dit dossier is gesloten op " + fmt(today()) + " (Werk)")
        .contains("Dossier afgesloten (uitstroom)");
    assertThat(ApiClient.latest(api.pullAll(fatimasTablet, cursor), id).data().get("exit").get("reason").asText()).isEqualTo("WORK");

    String version = FormFields.of(file.text(), "reopen-form").get("version").get(0);
    Page reopened = fatima.postForm("/office/kandidaten/" + id + "/heropenen",
        Map.of("_csrf", List.of(fatima.csrf()), "version", List.of(version)));

    assertThat(reopened.location()).endsWith("?result=reopened");
    assertThat(text(fatima.get("/office/kandidaten?status=open&q=" + family))).contains(family);
    assertThat(text(fatima.get("/office/kandidaten/" + id))).doesNotContain("Dit dossier is gesloten")
        .contains("Dossier heropend");
  }

  @Test
  void theMonitorCountsAClosedFileOnlyInsideItsDates() {
    OfficeClient office = loggedIn("office1");
    UUID id = register(office, FormFields.with(intake(office, "Mila", "Telt" + suffix(), "1983-03-03"), "inflow.date",
        today().minusMonths(2).toString()));
    FileMonitor.Result before = monitor(today());
    FileMonitor.Result yesterdayBefore = monitor(today().minusDays(1));
    Map<String, List<String>> close = form(office, "/office/kandidaten/" + id + "/afsluiten", "close-form");
    office.postForm("/office/kandidaten/" + id + "/afsluiten", FormFields.with(close, "exit.reason", "MOVED"));

    FileMonitor.Result yesterday = monitor(today().minusDays(1));
    FileMonitor.Result after = monitor(today());

    assertThat(after.open()).as("closed today: no longer open today").isEqualTo(before.open() - 1);
    assertThat(after.outflow().get(ExitReason.MOVED)).isEqualTo(before.outflow().get(ExitReason.MOVED) + 1);
    assertThat(yesterday.open()).as("still open the day before").isEqualTo(yesterdayBefore.open());
  }

  private FileMonitor.Result monitor(java.time.LocalDate day) {
    return kpis.monitor(KpiScope.municipality("overbetuwe"), day.withDayOfMonth(1), day,
        kpis.configuration("overbetuwe").orElseThrow().dimensions().get(0));
  }

  private static String fmt(java.time.LocalDate day) {
    return nl.trede.server.office.view.DisplayFormat.INSTANCE.date(day);
  }
}
