package nl.trede.client.sync;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * gzip both ways for {@link ServerHttp}: the JDK's HTTP client neither asks for compressed answers
 * nor inflates them, so the app does both itself.
 */
final class Gzip {
  /**
   * The most an answer may inflate to: the largest pull page is a few MB of JSON; anything far past
   * that is not the server's (a proxy gone wrong) and must not take the phone's memory.
   */
  static final int MAX_INFLATED = 64 * 1024 * 1024;

  /** An answer's bytes, inflated when the server compressed them. */
  static final HttpResponse.BodyHandler<byte[]> BODY = info -> info.headers().firstValue("Content-Encoding")
      .filter("gzip"::equalsIgnoreCase).isPresent()
      ? HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofByteArray(), Gzip::inflate)
      : HttpResponse.BodySubscribers.ofByteArray();

  private Gzip() {}

  static byte[] compress(byte[] plain) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, plain.length / 4));
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(plain);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Inflates an answer; one that does not inflate, or inflates past {@link #MAX_INFLATED}, fails as a network error. */
  static byte[] inflate(byte[] compressed) {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
      byte[] plain = in.readNBytes(MAX_INFLATED + 1);
      if (plain.length > MAX_INFLATED) {
        throw new IOException("the answer inflates past " + MAX_INFLATED + " bytes");
      }
      return plain;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
