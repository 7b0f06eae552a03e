package nl.trede.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Shared stays small and acyclic: the domain root never depends on the records' packages. */
class SharedShapeTest {
  private static final Path MAIN = Path.of("src/main/java");

  @Test
  void noPackageCycle() {
    CodeShape.assertNoPackageCycles("nl.trede");
  }

  @Test
  void noClassOver500Lines() {
    assertThat(CodeShape.longFiles(MAIN)).isEmpty();
  }

  @Test
  void noMethodOver80Lines() {
    assertThat(CodeShape.longMethods(MAIN)).isEmpty();
  }
}
