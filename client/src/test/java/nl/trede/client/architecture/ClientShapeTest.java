package nl.trede.client.architecture;

import nl.trede.architecture.ShapeGuard;

/**
 * The app stays in small rooms without cycles: screens depend on the kit, the shell on the screens,
 * the store and sync never on the screens.
 */
class ClientShapeTest extends ShapeGuard {
  @Override
  protected String rootPackage() {
    return "nl.trede.client";
  }
}
