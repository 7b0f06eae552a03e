package nl.trede.client.device;

import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/** A desktop without Gluon Attach: no private folder, no lifecycle, links through java.awt. */
final class PlainDesktop implements Device {
  @Override
  public Optional<Path> privateStorage() {
    return Optional.empty();
  }

  @Override
  public void onPause(Runnable action) {}

  @Override
  public void onResume(Runnable action) {}

  @Override
  public boolean open(URI uri) {
    try {
      if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
        return false;
      }
      // Unlike a started xdg-open, browse throws when the desktop has no program for the link.
      Desktop.getDesktop().browse(uri);
      return true;
    } catch (IOException | RuntimeException e) {
      // Headless, no handler for the scheme, or a security manager: show the link instead.
      return false;
    }
  }
}
