package nl.trede.server.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the server's rooms small and their doors one-way (issue 15): no package cycle, no main
 * class over 500 lines, no method over 80 lines outside the demo loader. A room that grows past
 * these is split by reason to change before it is merged, not after.
 */
class ArchitectureTest {
  private static final Path MAIN = Path.of("src/main/java");
  private static final int MAX_CLASS_LINES = 500;
  private static final int MAX_METHOD_LINES = 80;
  /** Builds the demo data set line by line; long by nature and run only in demo mode. */
  private static final String DEMO_LOADER = "nl/trede/server/demo/DemoData.java";

  @Test
  void noPackageOfTheServerDependsOnItselfThroughAnother() {
    JavaClasses server = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("nl.trede.server");
    // One slice per package (sub-packages are slices of their own): a cycle between a package and
    // its sub-package counts too.
    slices().matching("nl.trede.server.(**)").should().beFreeOfCycles().check(server);
  }

  @Test
  void noMainClassIsLongerThanFiveHundredLines() throws IOException {
    List<String> tooLong = new ArrayList<>();
    for (Path file : sources()) {
      long lines = Files.readAllLines(file).size();
      if (lines > MAX_CLASS_LINES) {
        tooLong.add(MAIN.relativize(file) + ": " + lines + " lines");
      }
    }
    assertThat(tooLong).as("main classes over " + MAX_CLASS_LINES + " lines").isEmpty();
  }

  @Test
  void noMethodIsLongerThanEightyLinesOutsideTheDemoLoader() throws IOException {
    List<String> tooLong = new ArrayList<>();
    for (Path file : sources()) {
      String name = MAIN.relativize(file).toString().replace('\\', '/');
      if (name.equals(DEMO_LOADER)) {
        continue;
      }
      for (SourceScan.Body body : SourceScan.methodBodies(Files.readString(file))) {
        if (body.lines() > MAX_METHOD_LINES) {
          tooLong.add(name + ":" + body.firstLine() + " " + body.header() + ": " + body.lines() + " lines");
        }
      }
    }
    assertThat(tooLong).as("methods over " + MAX_METHOD_LINES + " lines").isEmpty();
  }

  @Test
  void theScanFindsMethodsAndConstructorsButNotClassesOrBlocks() {
    String source = """
        class A {
          A(int x) {
            if (x > 0) {
              run(() -> {
                x++;
              });
            }
          }

          record R(int y) {
            String text() { return "}{" + '}'; }
          }

          /* { */ void b() throws Exception {
            new Thread() {
              public void run() {}
            };
          }
        }
        """;
    assertThat(SourceScan.methodBodies(source)).extracting(SourceScan.Body::header, SourceScan.Body::lines)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("A(int x)", 7),
            org.assertj.core.groups.Tuple.tuple("String text()", 1),
            org.assertj.core.groups.Tuple.tuple("public void run()", 1),
            org.assertj.core.groups.Tuple.tuple("void b() throws Exception", 5));
  }

  private static List<Path> sources() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
  }
}
