package nl.trede.client.login;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Which municipality's server this app belongs to, given once by the municipality's IT
 * (docs/deploy.md, "The field app"): a file {@code trede-app.properties} with {@code server} and
 * {@code municipality}, shipped beside the app or put in its data folder. A coach then never types
 * a server address: the login shows the municipality's name instead.
 */
public record Provisioning(String serverUrl, String municipality) {
  public static final String FILE_NAME = "trede-app.properties";

  /** The first of {@code places} that exists, read; a file that exists but is wrong stops the app. */
  public static Optional<Provisioning> find(List<Path> places) {
    for (Path place : places) {
      if (place != null && Files.isRegularFile(place)) {
        return Optional.of(read(place));
      }
    }
    return Optional.empty();
  }

  /**
   * Reads a provisioning file.
   *
   * @throws IllegalArgumentException naming the file, the key and the rule it breaks
   */
  public static Provisioning read(Path file) {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": cannot be read: " + e.getMessage(), e);
    }
    String server = p.getProperty("server", "").strip();
    String municipality = p.getProperty("municipality", "").strip();
    if (server.isEmpty()) {
      throw new IllegalArgumentException(file + ": server is required (the address of the Trede server)");
    }
    if (municipality.isEmpty()) {
      throw new IllegalArgumentException(file + ": municipality is required (the name the login shows)");
    }
    try {
      URI uri = new URI(server);
      if (uri.getHost() == null || !List.of("https", "http").contains(uri.getScheme())) {
        throw new URISyntaxException(server, "not an http(s) address with a host");
      }
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(file + ": server must be an https address, e.g."
          + " https://trede.gemeente.nl (" + e.getReason() + ")", e);
    }
    return new Provisioning(server, municipality);
  }
}
