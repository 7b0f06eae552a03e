package nl.trede.server.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

/**
 * Builds pull answers a few at a time, each written out whole (and compressed when the device asks)
 * before the next may start. A morning's hundred first syncs at once each held a page of up to
 * 5,000 records and its JSON in the server's memory together, which ran the 128 MB heap and the
 * direct buffers out (41 of 100 devices answered 500; docs/benchmarks.md, "Morning storm"). Now a
 * waiting pull holds nothing but its thread, and an answer on its way to a slow phone holds only
 * its compressed bytes. Building is CPU work on two cores, so more at once would not be faster.
 */
@Singleton
public class PageWriter {
  private final Semaphore building;
  private final ObjectMapper json;

  public PageWriter(ObjectMapper json, @Value("${trede.sync.pages-at-once:2}") int atOnce) {
    this.json = json;
    this.building = new Semaphore(atOnce, true);
  }

  /** The answer to a pull: {@code page} built and written while holding one of the permits. */
  public MutableHttpResponse<byte[]> answer(HttpRequest<?> request, Supplier<PulledPage> page) {
    boolean gzip = acceptsGzip(request.getHeaders().get(HttpHeaders.ACCEPT_ENCODING));
    building.acquireUninterruptibly();
    byte[] body;
    try {
      body = write(page.get(), gzip);
    } finally {
      building.release();
    }
    MutableHttpResponse<byte[]> response = HttpResponse.ok(body).contentType(MediaType.APPLICATION_JSON_TYPE);
    // Already compressed: the server's own compression passes a body with a Content-Encoding through.
    return gzip ? response.header(HttpHeaders.CONTENT_ENCODING, "gzip") : response;
  }

  private byte[] write(PulledPage page, boolean gzip) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(gzip ? 64 * 1024 : 512 * 1024);
    try (OutputStream out = gzip ? new GZIPOutputStream(bytes, 64 * 1024) : bytes) {
      json.writeValue(out, page);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a pull page", e);
    }
    return bytes.toByteArray();
  }

  /** Whether the device named gzip among the encodings it takes (and did not refuse it with q=0). */
  static boolean acceptsGzip(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    for (String part : acceptEncoding.split(",")) {
      String[] tokens = part.trim().split(";");
      if (tokens[0].trim().equalsIgnoreCase("gzip")) {
        return tokens.length < 2 || !tokens[1].replace(" ", "").matches("q=0(\\.0*)?");
      }
    }
    return false;
  }
}
