package nl.trede.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.trede.client.support.RealServer;
import nl.trede.client.support.TestPostgres;

/**
 * Dossiers importeren at the size of issue 13 ("1,000 rows import in under 10 s on SQLite and
 * PostgreSQL"), through the console's real pages as office1 uses them: the template's columns, a
 * file of 1,000 new files, its check (the dry run) and then the import, each timed from the upload
 * to the page; and the server's CPU time for the import, read from /proc. Several fresh imports,
 * each with new file numbers, names and birth dates.
 */
public final class ImportBench {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern CONTENT = Pattern.compile("name=\"inhoud\" value=\"([^\"]+)\"");
  private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-uuuu");
  private static final String[] GIVEN = {"Anna", "Bram", "Citlali", "Daan", "Eline", "Fatma", "Gijs", "Hanna"};
  private static final int ROWS = 1_000;

  public static void main(String[] args) throws Exception {
    String db = System.getProperty("bench.db", "sqlite");
    int runs = Integer.getInteger("bench.runs", 3);
    Path dir = Files.createTempDirectory("trede-import-bench");
    List<String> options = new ArrayList<>(db.equals("postgres") ? TestPostgres.serverOptions()
        : List.of("-Dtrede.db.path=" + dir.resolve("server.db")));
    // The console's second factor is for people; the demo's office1 has no authenticator app.
    options.add("-Dtrede.office.two-factor=optional");
    try (RealServer server = RealServer.start(Path.of(System.getProperty("trede.server.jar")), dir, options)) {
      Console office = new Console(server.url());
      office.login("office1", "trede-demo");
      List<String> headers = office.templateColumns();
      List<Double> checks = new ArrayList<>();
      List<Double> imports = new ArrayList<>();
      List<Double> cpu = new ArrayList<>();
      for (int run = 0; run < runs; run++) {
        byte[] file = csv(headers, run);
        long start = System.nanoTime();
        String checked = office.upload(file);
        checks.add((System.nanoTime() - start) / 1e6);
        Matcher content = CONTENT.matcher(checked);
        if (!checked.contains(ROWS + " rijen gelezen: " + ROWS + " nieuwe dossiers") || !content.find()) {
          throw new IllegalStateException("the check did not pass every row:\n" + problems(checked));
        }
        long cpuBefore = cpuMs(server.pid());
        start = System.nanoTime();
        HttpResponse<String> done = office.runImport(content.group(1));
        imports.add((System.nanoTime() - start) / 1e6);
        cpu.add((double) (cpuMs(server.pid()) - cpuBefore));
        if (done.statusCode() != 200 || !done.body().contains(ROWS + " dossiers zijn aangemaakt")) {
          throw new IllegalStateException("the import failed: " + done.statusCode() + "\n" + problems(done.body()));
        }
      }
      System.out.printf("database: %s; %d imports of %d rows in the template's %d columns (median, range)%n", db,
          runs, ROWS, headers.size());
      System.out.printf("check (dry run): %s%nimport: %s%nserver CPU during the import: %s%n",
          SyncBench.Spread.of(checks), SyncBench.Spread.of(imports), SyncBench.Spread.of(cpu));
    }
  }

  /**
   * 1,000 valid new files: numbers, names and birth dates of their own in every run; coach2 and
   * casemanager1 of the demo; the other columns left empty, as most municipalities' exports would.
   */
  static byte[] csv(List<String> headers, int run) {
    String batch = UUID.randomUUID().toString().substring(0, 8);
    StringBuilder text = new StringBuilder("\uFEFF").append(String.join(";", headers)).append("\r\n");
    for (int i = 0; i < ROWS; i++) {
      Map<String, String> row = Map.of("Dossiernummer", "B" + batch + "-" + i,
          "Voornaam", GIVEN[i % GIVEN.length],
          "Achternaam", "Bench " + batch + " " + i,
          "Geboortedatum", DUTCH.format(LocalDate.of(1960, 1, 1).plusDays(run * (long) ROWS + i * 7L)),
          "Coaches", "coach2",
          "Klantmanager", "casemanager1");
      text.append(headers.stream().map(h -> row.getOrDefault(h.replace("*", "").strip(), "")).collect(Collectors.joining(";"))).append("\r\n");
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The report's problem rows, to say why a run stopped. */
  private static String problems(String page) {
    Matcher m = Pattern.compile("<tr data-row=\"[^>]*>").matcher(page);
    List<String> found = new ArrayList<>();
    while (m.find() && found.size() < 10) {
      found.add(m.group());
    }
    return String.join("\n", found);
  }

  /** The process's user and system CPU time so far (Linux: /proc/pid/stat, in ticks of 10 ms). */
  static long cpuMs(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
    // Fields after the command's closing parenthesis (the command may hold spaces); utime and stime are 14 and 15.
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
  }

  /** The console as a browser drives it: the session cookie, the anti-forgery token, same-origin posts. */
  private static final class Console {
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private String session;

    Console(String base) {
      this.base = base;
    }

    void login(String username, String password) throws Exception {
      String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
          + URLEncoder.encode(password, StandardCharsets.UTF_8);
      HttpResponse<String> response = send(request("/office/login")
          .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
      if (session == null) {
        throw new IllegalStateException("login refused: " + response.statusCode());
      }
    }

    List<String> templateColumns() throws Exception {
      String template = send(request("/office/import/sjabloon.csv").GET()).body().replace("\uFEFF", "");
      return Arrays.asList(template.lines().findFirst().orElseThrow().split(";"));
    }

    String upload(byte[] file) throws Exception {
      HttpResponse<String> page = multipart("/office/import/controle",
          Map.of("_csrf", csrf()), "bestand", file);
      if (page.statusCode() != 200) {
        throw new IllegalStateException("the check answered " + page.statusCode());
      }
      return page.body();
    }

    HttpResponse<String> runImport(String content) throws Exception {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("_csrf", csrf());
      fields.put("naam", "dossiers.csv");
      fields.put("inhoud", content);
      return multipart("/office/import/uitvoeren", fields, null, null);
    }

    private String csrf() throws Exception {
      Matcher m = CSRF.matcher(send(request("/office/import").GET()).body());
      if (!m.find()) {
        throw new IllegalStateException("no _csrf field on the import page: not logged in?");
      }
      return m.group(1);
    }

    private HttpResponse<String> multipart(String path, Map<String, String> fields, String fileField, byte[] file)
        throws Exception {
      String boundary = "----trede" + UUID.randomUUID().toString().replace("-", "");
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      for (Map.Entry<String, String> f : fields.entrySet()) {
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
            + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
      }
      if (fileField != null) {
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
            + "\"; filename=\"dossiers.csv\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write("\r\n".getBytes(StandardCharsets.UTF_8));
      }
      body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
          .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** A request as a console page makes it: same Origin, the session's cookie. */
    private HttpRequest.Builder request(String path) {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Origin", base);
      return session == null ? request : request.header("Cookie", "trede_office=" + session);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      for (String cookie : response.headers().allValues("Set-Cookie")) {
        if (cookie.startsWith("trede_office=")) {
          String value = cookie.substring("trede_office=".length(), cookie.contains(";") ? cookie.indexOf(';')
              : cookie.length());
          session = value.isEmpty() ? session : value;
        }
      }
      return response;
    }
  }
}
