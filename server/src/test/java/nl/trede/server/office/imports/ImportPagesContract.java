package nl.trede.server.office.imports;

import static nl.trede.server.support.ImportPages.csv;
import static nl.trede.server.support.ImportPages.problems;
import static nl.trede.server.support.ImportPages.runImport;
import static nl.trede.server.support.ImportPages.upload;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.domain.Ids;
import nl.trede.domain.Role;
import nl.trede.domain.candidate.Candidate;
import nl.trede.server.jdbc.QueryRunner;
import nl.trede.server.jdbc.SqlQuery;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.files.FileRegistration;
import nl.trede.server.support.ApiClient.Session;
import nl.trede.server.support.ConsoleContract;
import nl.trede.server.support.OfficeClient;
import nl.trede.server.support.OfficeClient.Page;
import nl.trede.sync.RecordChange;
import nl.trede.sync.RecordType;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/**
 * Dossiers importeren (issue 13, Dalfsen 003 actie 2) through the real pages: the template, a dry
 * run that names every problem by row, column and rule and writes nothing, an import of a thousand
 * files that reach the coaches' devices, a second import of the same file that changes nothing, an
 * import that the server refuses in part keeping nothing, and files that are no table at all.
 * Run on SQLite and PostgreSQL by its subclasses.
 */
public abstract class ImportPagesContract extends ConsoleContract {
  static final List<String> HEADERS = List.of("Dossiernummer", "Voornaam", "Achternaam", "Geboortedatum", "Coaches",
      "Klantmanager", "Uitkering sinds", "Spoor", "Loonkostensubsidie", "Loonwaarde (%)");

  @Inject
  QueryRunner db;

  @Inject
  FileRegistration registration;

  /** One good row: a coach and the case manager of the demo, Overbetuwe's track, no subsidy. */
  static List<String> row(String number, String family) {
    return new ArrayList<>(List.of(number, "Import", family, "12-03-1985", "coach2", "casemanager1", "01-06-2023",
        "Focus op groei", "nee", ""));
  }

  long candidates() {
    return db.count(new SqlQuery("SELECT count(*) FROM sync_record WHERE tenant_id = ? AND type = ?", "overbetuwe",
        "candidate"));
  }

  long lastSeq() {
    return db.count(new SqlQuery("SELECT last_seq FROM tenant WHERE id = ?", "overbetuwe"));
  }

  long importedNumbers() {
    return db.count(new SqlQuery("SELECT count(*) FROM imported_file WHERE tenant_id = ?", "overbetuwe"));
  }

  @Test
  void theTemplateHasEveryColumnWithTheMunicipalitysOwnClassificationAndExplainsThem() throws IOException {
    OfficeClient office = loggedIn("office1");

    Page csv = office.get("/office/import/sjabloon.csv");
    Page xlsx = office.get("/office/import/sjabloon.xlsx");

    assertThat(csv.header("Content-Type").orElse("")).startsWith("text/csv");
    String header = new String(csv.bytes(), StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
    assertThat(header).startsWith("Dossiernummer;Voornaam;Achternaam;Geboortedatum").contains(";Spoor;")
        .contains(";Loonwaarde (%);");
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
      List<Row> files = workbook.getFirstSheet().read();
      List<String> headers = files.get(0).stream().map(c -> c.getText()).toList();
      assertThat(String.join(";", headers)).isEqualTo(header);
      List<Row> help = workbook.findSheet("Toelichting").orElseThrow().read();
      assertThat(help).hasSize(headers.size() + 1);
      assertThat(help.get(1).getCellText(0)).isEqualTo("Dossiernummer");
      assertThat(help.get(1).getCellText(1)).isEqualTo("ja");
      assertThat(help.stream().filter(r -> r.getCellText(0).equals("Spoor")).findFirst().orElseThrow().getCellText(2))
          .contains("Focus op werk").contains("Focus op groei");
    }
    assertThat(office.get("/office/import").text()).contains("id=\"template-columns\"").contains("Uitkering sinds");
  }

  @Test
  void aDryRunNamesEveryProblemByRowColumnAndRuleAndNothingIsWritten() {
    OfficeClient office = loggedIn("office1");
    String n = suffix();
    List<List<String>> rows = new ArrayList<>();
    rows.add(row(n + "-1", "Goed"));
    List<String> badDate = row(n + "-2", "Datum");
    badDate.set(3, "31-02-1985");
    rows.add(badDate);
    List<String> unknownCoach = row(n + "-3", "Coach");
    unknownCoach.set(4, "coach2, niemand");
    rows.add(unknownCoach);
    List<String> track = row(n + "-4", "Spoor");
    track.set(7, "Focus op vakantie");
    rows.add(track);
    rows.add(row(n + "-1", "Dubbel"));
    List<String> wage = row(n + "-6", "Loonwaarde");
    wage.set(9, "160");
    rows.add(wage);
    List<String> noName = row(n + "-7", "");
    rows.add(noName);
    List<String> coachAsCaseManager = row(n + "-8", "Rol");
    coachAsCaseManager.set(5, "coach1");
    rows.add(coachAsCaseManager);
    long before = candidates();
    long seq = lastSeq();

    Page report = upload(office, "dossiers.csv", csv(HEADERS, rows));

    assertThat(report.status()).isEqualTo(200);
    assertThat(problems(report)).containsExactlyInAnyOrder(
        "3|Geboortedatum|date-format",
        "4|Coaches|unknown-user",
        "5|Spoor|unknown-value",
        "6|Dossiernummer|duplicate-in-file",
        "7|Loonwaarde (%)|range",
        "8|Achternaam|required",
        "9|Klantmanager|unknown-user");
    assertThat(report.text()).contains("Dit dossiernummer staat ook al op rij 2.")
        .contains("8 rijen gelezen: 1 nieuwe dossiers, 0 al eerder geïmporteerd, 7 problemen.")
        .doesNotContain("name=\"inhoud\"");
    // Pressing import anyway (a crafted request): still nothing, the whole file is refused.
    Page forced = office.postFile("/office/import/uitvoeren", Map.of("_csrf", office.csrf(), "naam", "x.csv",
        "inhoud", java.util.Base64.getEncoder().encodeToString(csv(HEADERS, rows))), null, null, null);
    assertThat(forced.status()).isEqualTo(409);
    assertThat(problems(forced)).hasSize(7);
    assertThat(candidates()).isEqualTo(before);
    assertThat(lastSeq()).as("not a change number spent").isEqualTo(seq);
    assertThat(auditEvents.findByTenantIdOrderByAt("overbetuwe")).anySatisfy(e -> {
      assertThat(e.action()).isEqualTo("office.import-check");
      assertThat(e.outcome()).isEqualTo("problems");
    });
  }

  @Test
  void aThousandFilesAreImportedAtOnceReachTheCoachAndASecondImportChangesNothing() {
    OfficeClient office = loggedIn("office1");
    String n = suffix();
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      List<String> r = row(n + "-" + i, "Duizend" + i);
      if (i % 2 == 1) {
        r.set(4, "");
      }
      rows.add(r);
    }
    byte[] file = csv(HEADERS, rows);
    long before = candidates();

    Page checked = upload(office, "duizend.csv", file);
    assertThat(checked.text()).contains("1000 rijen gelezen: 1000 nieuwe dossiers").contains("Geen problemen gevonden");
    assertThat(candidates()).as("the dry run wrote nothing").isEqualTo(before);
    Page done = runImport(office, checked);

    assertThat(done.status()).isEqualTo(200);
    assertThat(done.text()).contains("id=\"import-done\"").contains("1000 dossiers zijn aangemaakt");
    assertThat(candidates()).isEqualTo(before + 1000);
    assertThat(importedNumbers()).isGreaterThanOrEqualTo(1000);
    Session carla = api.login("coach2");
    List<RecordChange> pulled = api.pullAll(carla).changes().stream()
        .filter(c -> c.type() == RecordType.CANDIDATE && c.data().path("familyName").asText().startsWith("Duizend")
            && c.data().path("givenName").asText().equals("Import"))
        .filter(c -> rows.stream().anyMatch(r -> r.get(2).equals(c.data().path("familyName").asText())))
        .toList();
    assertThat(pulled).as("the files with coach2 on them reach her device").hasSize(500);
    assertThat(pulled.get(0).data().path("classification").path("spoor").asText()).isEqualTo("groei");
    assertThat(pulled.get(0).data().path("benefitStartDate").asText()).isEqualTo("2023-06-01");
    assertThat(pulled.get(0).data().path("caseManagerId").asText()).isEqualTo(user("casemanager1").toString());
    assertThat(auditEvents.findByTenantIdOrderByAt("overbetuwe").stream()
        .filter(e -> e.action().equals("sync.create") && e.userId().equals(user("office1").toString())
            && e.recordType().equals("candidate")).count()).as("each file audited as a sync write").isGreaterThanOrEqualTo(1000);
    long seq = lastSeq();

    Page again = upload(office, "duizend.csv", file);
    Page forced = office.postFile("/office/import/uitvoeren", Map.of("_csrf", office.csrf(), "naam", "x.csv",
        "inhoud", java.util.Base64.getEncoder().encodeToString(file)), null, null, null);

    assertThat(again.text()).contains("1000 rijen gelezen: 0 nieuwe dossiers, 1000 al eerder geïmporteerd, 0 problemen")
        .contains("id=\"report-nothing\"").doesNotContain("name=\"inhoud\"");
    assertThat(forced.text()).contains("0 dossiers zijn aangemaakt; 1000 waren al eerder geïmporteerd");
    assertThat(candidates()).isEqualTo(before + 1000);
    assertThat(lastSeq()).as("a second import changes nothing").isEqualTo(seq);
  }

  /**
   * The benefit system knows the law each benefit is paid under: the column "Soort uitkering" is read
   * by its Dutch name or code, empty is bijstand, and a kind without a benefit or one no law has is a
   * problem named by row, column and rule (decision 0067).
   */
  @Test
  void theKindOfBenefitIsImportedByItsDutchNameAndAKindWithoutBenefitIsAProblem() {
    OfficeClient office = loggedIn("office1");
    String n = suffix();
    List<String> headers = new ArrayList<>(HEADERS);
    headers.add("Soort uitkering");
    List<List<String>> good = new ArrayList<>();
    for (String kind : List.of("IOAW", "ioaz", "Bijstand (Participatiewet)", "")) {
      List<String> r = row(n + "-" + good.size(), "Soort" + good.size());
      r.add(kind);
      good.add(r);
    }
    List<String> ww = row(n + "-ww", "Werkloos");
    ww.add("WW");
    List<String> noBenefit = row(n + "-geen", "Geen");
    noBenefit.set(6, "");
    noBenefit.add("IOAW");
    List<List<String>> all = new ArrayList<>(good);
    all.add(ww);
    all.add(noBenefit);

    assertThat(problems(upload(office, "soorten.csv", csv(headers, all)))).containsExactlyInAnyOrder(
        "6|Soort uitkering|unknown-choice", "7|Soort uitkering|requires-benefit-start-date");
    Page done = runImport(office, upload(office, "soorten.csv", csv(headers, good)));

    assertThat(done.text()).contains("4 dossiers zijn aangemaakt");
    Map<String, String> kinds = new java.util.HashMap<>();
    api.pullAll(api.login("coach2")).changes().stream()
        .filter(c -> c.type() == RecordType.CANDIDATE && c.data().path("familyName").asText().startsWith("Soort"))
        .forEach(c -> kinds.put(c.data().path("familyName").asText(), c.data().path("benefitKind").asText("")));
    assertThat(kinds).containsEntry("Soort0", "IOAW").containsEntry("Soort1", "IOAZ")
        .containsEntry("Soort2", "BIJSTAND").containsEntry("Soort3", "");
  }

  @Test
  void anExcelWorkbookIsReadAsPeopleFillItInWithRealDates() throws IOException {
    OfficeClient admin = loggedIn("admin1");
    String number = "xl-" + suffix();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Workbook workbook = new Workbook(bytes, "Excel", "1.0");
    Worksheet sheet = workbook.newWorksheet("Blad1");
    List<String> headers = List.of("Dossiernummer", "Voornaam", "Achternaam", "Geboortedatum", "Uren beschikbaar per week",
        "Doelgroepregister");
    for (int c = 0; c < headers.size(); c++) {
      sheet.value(0, c, headers.get(c));
    }
    sheet.value(1, 0, number);
    sheet.value(1, 1, "Excel");
    sheet.value(1, 2, "Werkblad");
    sheet.value(1, 3, LocalDate.of(1979, 11, 30));
    sheet.style(1, 3).format("dd-mm-yyyy").set();
    sheet.value(1, 4, 24.5);
    sheet.value(1, 5, "ja");
    workbook.finish();

    Page checked = upload(admin, "dossiers.xlsx", bytes.toByteArray());
    assertThat(problems(checked)).isEmpty();
    assertThat(runImport(admin, checked).status()).isEqualTo(200);

    String id = db.list(new SqlQuery("SELECT candidate_id FROM imported_file WHERE tenant_id = ? AND external_number = ?",
        "overbetuwe", number), rs -> rs.getString(1)).get(0);
    String data = db.list(new SqlQuery("SELECT data FROM sync_record WHERE id = ?", id), rs -> rs.getString(1)).get(0);
    assertThat(data).contains("\"dateOfBirth\":\"1979-11-30\"").contains("\"availableHoursPerWeek\":24.5")
        .contains("TARGET_GROUP_REGISTER");
  }

  @Test
  void whatIsNotATableOrNotTheTemplateIsAProblemOnThePageNeverAnError() {
    OfficeClient office = loggedIn("office1");
    Map<String, byte[]> files = new HashMap<>();
    files.put("leeg.csv", new byte[0]);
    files.put("kapot.xlsx", new byte[] {'P', 'K', 3, 4, 0, 0, 9, 9, 9});
    files.put("foto.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2, 3});
    files.put("kolommen.csv", csv(List.of("Naam", "Voornaam", "Voornaam"), List.of(List.of("a", "b", "c"))));
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      Page page = upload(office, f.getKey(), f.getValue());
      assertThat(page.status()).as(f.getKey()).isIn(200, 400);
      assertThat(page.text()).as(f.getKey()).contains("<h1>Dossiers importeren</h1>");
    }
    assertThat(problems(upload(office, "kolommen.csv", files.get("kolommen.csv")))).contains("1|Naam|unknown-column",
        "1|Voornaam|duplicate-column", "1|Dossiernummer|missing-column", "1|Geboortedatum|missing-column");
    assertThat(problems(upload(office, "kapot.xlsx", files.get("kapot.xlsx")))).containsExactly("0||file-format");
    assertThat(office.postFile("/office/import/controle", Map.of("_csrf", office.csrf()), null, null, null).status())
        .isEqualTo(400);
    assertThat(office.postFile("/office/import/controle", Map.of(), "bestand", "x.csv", csv(HEADERS, List.of())).status())
        .as("without the form token").isEqualTo(403);
  }

  @Test
  void whenTheServerRefusesOneFileOfAnImportNoneIsKept() {
    OfficeUser office = new OfficeUser(user("office1").toString(), "overbetuwe", Role.OFFICE, "Kantoor", "Overbetuwe",
        "csrf");
    List<Candidate> files = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      files.add(candidate("Alles", "OfNiets" + i, user("casemanager1"), List.of(user("coach2"))));
    }
    // A coach of no municipality: only the server's reference rule finds it, in the second batch.
    Candidate refused = files.get(550);
    files.set(550, candidate(refused.givenName(), refused.familyName(), user("casemanager1"), List.of(Ids.newId())));
    long before = candidates();
    boolean[] alongside = {false};

    FileRegistration.BatchOutcome outcome = registration.registerAll(office, files, "127.0.0.1", () -> alongside[0] = true);

    assertThat(outcome).isInstanceOf(FileRegistration.RowsRefused.class);
    assertThat(((FileRegistration.RowsRefused) outcome).refusals()).containsOnlyKeys(550);
    assertThat(((FileRegistration.RowsRefused) outcome).refusals().get(550).get(0).rule()).isEqualTo("unknown-reference");
    assertThat(alongside[0]).isFalse();
    assertThat(candidates()).as("not even the first 500").isEqualTo(before);
    UUID first = files.get(0).id();
    assertThat(db.count(new SqlQuery("SELECT count(*) FROM sync_record WHERE id = ?", first.toString()))).isZero();
  }

  @Test
  void onlyTheOfficeAndAdminsImport() {
    OfficeClient caseManager = loggedIn("casemanager1");

    assertThat(caseManager.get("/office/import").status()).isEqualTo(403);
    assertThat(caseManager.get("/office/import/sjabloon.csv").status()).isEqualTo(403);
    assertThat(caseManager.get("/office/kandidaten").text()).doesNotContain("/office/import");
    assertThat(loggedIn("office1").get("/office/kandidaten").text()).contains("href=\"/office/import\"");
  }
}
