package nl.trede.server.office.export;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import nl.trede.server.audit.AuditEvent;
import nl.trede.server.support.OfficeClient;
import nl.trede.server.support.OfficeClient.Page;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import nl.trede.server.support.ConsoleContract;

/**
 * The exports: the rows of the screen, in CSV and Excel, audited.
 * Over real HTTP against a real database, as a browser uses it; run once per database by its
 * subclasses.
 */
abstract class ExportsContract extends ConsoleContract {
  @Test
  void exportsHoldTheRowsOfTheScreenAndAreAudited() throws IOException {
    Fixture f = fixture();
    OfficeClient office = loggedIn("office1");
    String filter = "candidate=" + f.candidate().id() + "&kind=contact";

    Page csv = office.get("/office/bezoekverslagen/export.csv?" + filter);
    Page xlsx = office.get("/office/bezoekverslagen/export.xlsx?" + filter);

    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.header("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(csv.header("Content-Disposition").orElseThrow()).contains("attachment").contains(".csv");
    assertThat(new byte[] {csv.bytes()[0], csv.bytes()[1], csv.bytes()[2]})
        .isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    List<String> lines = csv.text().substring(1).lines().toList();
    assertThat(lines.get(0)).startsWith("Datum;Tijd;Soort;Kandidaat;Werkgever;Locatie;Niet verschenen");
    assertThat(lines).hasSize(1 + 4);
    assertThat(lines.get(0)).endsWith(";Record-id;Ontvangen na overdracht;Ingetrokken;Signaal van de werkplek");
    assertThat(lines.subList(1, 5)).allSatisfy(l -> assertThat(l).endsWith(";nee;nee;"));
    assertThat(lines.subList(1, 5)).allSatisfy(l -> assertThat(l).contains(";Contact;Filter " + f.candidate().familyName()));
    assertThat(lines).filteredOn(l -> l.contains(";" + f.noShow().id() + ";")).singleElement()
        .satisfies(l -> assertThat(l).contains(";Thuis;ja;nee;0;"));
    assertThat(lines).filteredOn(l -> l.contains(";" + f.phone().id() + ";")).singleElement()
        .satisfies(l -> assertThat(l).startsWith(f.phone().occurredAt().atZone(ZONE).toLocalDate()
            .format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")) + ";14:00;"));

    assertThat(xlsx.status()).isEqualTo(200);
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
      List<Row> rows = workbook.getFirstSheet().read();
      assertThat(rows).hasSize(1 + 4);
      assertThat(rows.get(0).getCellText(0)).isEqualTo("Datum");
      assertThat(rows.get(0).getCellText(6)).isEqualTo("Niet verschenen");
      assertThat(rows.subList(1, 5)).extracting(r -> r.getCellText(21))
          .containsExactlyInAnyOrder(ids(f.home(), f.phone(), f.noShow(), f.atWork()));
      Row home = rows.stream().filter(r -> r.getCellText(21).equals(f.home().id().toString())).findFirst().orElseThrow();
      assertThat(home.getCellAsNumber(8).orElseThrow()).isEqualByComparingTo(BigDecimal.valueOf(45));
      assertThat(home.getCellAsDate(0).orElseThrow().toLocalDate()).isEqualTo(today().minusDays(20));
    }

    List<AuditEvent> exports = auditEvents.findByTenantIdOrderByAt("overbetuwe").stream()
        .filter(e -> e.action().equals("office.export") && e.detail() != null && e.detail().contains(f.candidate().id().toString()))
        .toList();
    assertThat(exports).hasSize(2).allSatisfy(e -> {
      assertThat(e.userId()).isEqualTo(user("office1").toString());
      assertThat(e.recordType()).isEqualTo("bezoekverslagen");
      assertThat(e.detail()).contains("rows=4").contains("kind=contact");
      assertThat(e.remoteAddress()).isNotBlank();
    });
    assertThat(exports).extracting(AuditEvent::detail).anySatisfy(d -> assertThat(d).startsWith("format=csv"))
        .anySatisfy(d -> assertThat(d).startsWith("format=xlsx"));
  }

  @Test
  void everyListExportsToCsvAndExcel() throws IOException {
    OfficeClient admin = loggedIn("admin1");
    for (String list : List.of("/office/bezoekverslagen", "/office/kandidaten", "/office/conflicten", "/office/audit")) {
      Page csv = admin.get(list + "/export.csv");
      Page xlsx = admin.get(list + "/export.xlsx");

      assertThat(csv.status()).as(list).isEqualTo(200);
      assertThat(csv.text().lines().count()).as(list).isGreaterThan(1);
      assertThat(xlsx.status()).as(list).isEqualTo(200);
      try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
        assertThat(workbook.getFirstSheet().read()).as(list).hasSizeGreaterThan(1);
      }
    }
    assertThat(admin.get("/office/kandidaten/export.pdf").status()).isEqualTo(404);
  }
}
