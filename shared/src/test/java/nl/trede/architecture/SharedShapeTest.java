package nl.trede.architecture;

/** Shared stays small and acyclic: the domain root never depends on the records' packages. */
class SharedShapeTest extends ShapeGuard {
  @Override
  protected String rootPackage() {
    return "nl.trede";
  }
}
