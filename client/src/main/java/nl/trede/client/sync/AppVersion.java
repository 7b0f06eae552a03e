package nl.trede.client.sync;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The app's own version, as the build wrote it; sent with every request (Trede-App-Version). */
public final class AppVersion {
  private static final String VERSION = read();

  private AppVersion() {}

  public static String get() {
    return VERSION;
  }

  private static String read() {
    Properties p = new Properties();
    try (InputStream in = AppVersion.class.getResourceAsStream("/nl/trede/client/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    String version = p.getProperty("version", "unknown");
    // Unfiltered (run from an IDE without the build's resources): say so rather than send a placeholder.
    return version.startsWith("${") ? "dev" : version;
  }
}
