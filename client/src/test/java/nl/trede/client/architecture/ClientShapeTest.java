package nl.trede.client.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.trede.architecture.CodeShape;
import org.junit.jupiter.api.Test;

/**
 * The app stays in small rooms without cycles: screens depend on the kit, the shell on the screens,
 * the store and sync never on the screens.
 */
class ClientShapeTest {
  private static final Path MAIN = Path.of("src/main/java");

  @Test
  void noPackageCycle() {
    CodeShape.assertNoPackageCycles("nl.trede.client");
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
