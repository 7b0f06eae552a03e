package nl.trede.client;

import javafx.application.Application;

/**
 * The entry point. A plain class, not the {@code Application} subclass, so the app starts from a
 * classpath without the JavaFX launcher's module checks.
 *
 * <pre>
 *   --server=URL       the Trede server (prefilled on the login screen)
 *   --data-dir=DIR     where this device keeps its encrypted stores
 *   --user=U --password=P   log in at once (the demo)
 * </pre>
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    Application.launch(TredeApp.class, args);
  }
}
