package nl.trede.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The house's limits on the shape of main code (issue 15): no class file over
 * {@link #MAX_FILE_LINES} lines, no method over {@link #MAX_METHOD_LINES}, no package cycle. Each
 * module's guard test asks it of its own sources; lengths are read with the JDK's own parser, so a
 * brace in a string or a comment cannot fool them.
 */
public final class CodeShape {
  public static final int MAX_FILE_LINES = 500;
  /** From the method's first line (annotations and modifiers; not its comment) to its closing brace. */
  public static final int MAX_METHOD_LINES = 80;

  private CodeShape() {}

  /** Files longer than the limit, as "path: lines". */
  public static List<String> longFiles(Path sourceRoot) {
    List<String> found = new ArrayList<>();
    for (CompilationUnitTree unit : parse(sourceRoot)) {
      long lines = unit.getLineMap().getLineNumber(length(unit));
      if (lines > MAX_FILE_LINES) {
        found.add(unit.getSourceFile().getName() + ": " + lines);
      }
    }
    return found;
  }

  /** Methods and constructors longer than the limit, as "path#name:line: lines". */
  public static List<String> longMethods(Path sourceRoot) {
    JavacTask task = task(sourceRoot);
    SourcePositions positions = Trees.instance(task).getSourcePositions();
    List<String> found = new ArrayList<>();
    for (CompilationUnitTree unit : parse(task)) {
      LineMap lines = unit.getLineMap();
      new TreePathScanner<Void, Void>() {
        @Override
        public Void visitMethod(MethodTree method, Void unused) {
          if (method.getBody() != null) {
            long from = lines.getLineNumber(positions.getStartPosition(unit, method));
            long to = lines.getLineNumber(positions.getEndPosition(unit, method));
            if (to - from + 1 > MAX_METHOD_LINES) {
              found.add(unit.getSourceFile().getName() + "#" + method.getName() + ":" + from + ": " + (to - from + 1));
            }
          }
          return super.visitMethod(method, unused);
        }
      }.scan(unit, null);
    }
    return found;
  }

  /** Fails when the main classes under this package hold a cycle between their sub-packages. */
  public static void assertNoPackageCycles(String rootPackage) {
    slices().matching(rootPackage + ".(**)").should().beFreeOfCycles()
        .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages(rootPackage));
  }

  private static Iterable<? extends CompilationUnitTree> parse(Path sourceRoot) {
    return parse(task(sourceRoot));
  }

  private static Iterable<? extends CompilationUnitTree> parse(JavacTask task) {
    try {
      return task.parse();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JavacTask task(Path sourceRoot) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StandardJavaFileManager files = javac.getStandardFileManager(null, null, null);
    return (JavacTask) javac.getTask(null, files, null, List.of("-proc:none"), null,
        files.getJavaFileObjectsFromPaths(javaFiles(sourceRoot)));
  }

  private static List<Path> javaFiles(Path sourceRoot) {
    try (Stream<Path> walk = Files.walk(sourceRoot)) {
      return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long length(CompilationUnitTree unit) {
    try {
      return unit.getSourceFile().getCharContent(true).length();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
