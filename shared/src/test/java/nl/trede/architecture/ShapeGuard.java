package nl.trede.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A module's guard test: its main code holds to {@link CodeShape}'s limits. */
public abstract class ShapeGuard {
  private static final Path MAIN = Path.of("src/main/java");

  /** The package whose sub-packages may not depend on each other in a cycle. */
  protected abstract String rootPackage();

  @Test
  void noPackageCycle() {
    CodeShape.assertNoPackageCycles(rootPackage());
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
