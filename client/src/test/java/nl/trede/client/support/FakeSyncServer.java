package nl.trede.client.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import nl.trede.domain.Json;
import nl.trede.sync.Problem;

/**
 * A stand-in for the server's HTTP edge, for the failures the real server cannot be made to
 * produce on demand: dropped connections, an unsupported protocol, an expired token. Each
 * endpoint answers through a handler the test sets.
 */
public final class FakeSyncServer implements AutoCloseable {
  static {
    // The JDK's HttpServer leaves Nagle's algorithm on; with delayed ACKs every small answer
    // would wait 40 ms. Read once, when the first HttpServer of the JVM starts.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  /** What one request gets: a status and a JSON body, or a dropped connection ({@link #drop()}). */
  public record Answer(int status, String contentType, String body) {}

  @FunctionalInterface
  public interface Handler {
    Answer handle(Request request) throws Exception;
  }

  public record Request(String method, String path, Map<String, String> query, Map<String, String> headers, String body) {
    public <T> T bodyAs(Class<T> type) throws JsonProcessingException {
      return Json.MAPPER.readValue(body, type);
    }
  }

  private final HttpServer server;
  private final Map<String, Handler> handlers = new HashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final AtomicInteger dropped = new AtomicInteger();

  public FakeSyncServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::serve);
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public FakeSyncServer on(String path, Handler handler) {
    handlers.put(path, handler);
    return this;
  }

  public List<Request> requests(String path) {
    return requests.stream().filter(r -> r.path().equals(path)).toList();
  }

  public static Answer json(Object body) throws JsonProcessingException {
    return new Answer(200, "application/json", Json.MAPPER.writeValueAsString(body));
  }

  public static Answer problem(int status, String type, String detail) throws JsonProcessingException {
    return new Answer(status, Problem.MEDIA_TYPE, Json.MAPPER.writeValueAsString(
        new Problem("https://trede.nl/problems/" + type, "error", status, detail, List.of())));
  }

  /** The connection closes without an answer, as when the network drops mid-request. */
  public static Answer drop() {
    return null;
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      Map<String, String> query = new HashMap<>();
      String raw = exchange.getRequestURI().getRawQuery();
      if (raw != null) {
        for (String pair : raw.split("&")) {
          String[] kv = pair.split("=", 2);
          query.put(kv[0], kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
      }
      Map<String, String> headers = new HashMap<>();
      exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), v.get(0)));
      // As the real server does: a compressed body is inflated, a client that asks gets a compressed answer.
      byte[] sent = exchange.getRequestBody().readAllBytes();
      if ("gzip".equalsIgnoreCase(headers.get("content-encoding"))) {
        sent = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(sent)).readAllBytes();
      }
      Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), query,
          headers, new String(sent, StandardCharsets.UTF_8));
      requests.add(request);
      Handler handler = handlers.get(request.path());
      Answer answer;
      try {
        answer = handler == null ? problem(404, "not-found", "no such route") : handler.handle(request);
      } catch (Exception e) {
        answer = new Answer(500, "text/plain", String.valueOf(e));
      }
      if (answer == null) {
        dropped.incrementAndGet();
        return;
      }
      byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
      if ("gzip".equalsIgnoreCase(headers.get("accept-encoding"))) {
        java.io.ByteArrayOutputStream packed = new java.io.ByteArrayOutputStream();
        try (var gzip = new java.util.zip.GZIPOutputStream(packed)) {
          gzip.write(bytes);
        }
        bytes = packed.toByteArray();
        exchange.getResponseHeaders().set("Content-Encoding", "gzip");
      }
      exchange.getResponseHeaders().set("Content-Type", answer.contentType());
      exchange.sendResponseHeaders(answer.status(), bytes.length);
      exchange.getResponseBody().write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
