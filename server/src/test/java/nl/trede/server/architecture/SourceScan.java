package nl.trede.server.architecture;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the bodies of methods and constructors in Java source by its braces, skipping strings,
 * text blocks, character literals and comments: enough to measure lengths, without a parser.
 */
final class SourceScan {
  /** A method or constructor: its declaration (annotations left out) and its lines, braces included. */
  record Body(String header, int firstLine, int lastLine) {
    int lines() {
      return lastLine - firstLine + 1;
    }
  }

  private static final Pattern DECLARATION = Pattern.compile(".*\\)\\s*(throws [\\w.,\\s]+)?$");
  private static final Pattern NOT_A_METHOD = Pattern.compile(
      "^(if|else|for|while|switch|catch|synchronized|try|do)\\b.*|.*\\b(new|record|class|interface|enum)\\s.*|.*->.*|^=.*");
  private static final Pattern ANNOTATION = Pattern.compile("@[\\w.]+(\\([^)]*\\))?\\s*");

  private record Open(int line, boolean method, String header) {}

  private SourceScan() {}

  static List<Body> methodBodies(String source) {
    List<Body> bodies = new ArrayList<>();
    Deque<Open> open = new ArrayDeque<>();
    StringBuilder since = new StringBuilder();
    int line = 1;
    int i = 0;
    while (i < source.length()) {
      int skipped = skipLiteralOrComment(source, i);
      if (skipped > i) {
        line += count(source, i, skipped);
        since.append(' ');
        i = skipped;
        continue;
      }
      char c = source.charAt(i);
      if (c == '\n') {
        line++;
      }
      if (c == '{') {
        String header = ANNOTATION.matcher(since.toString().replaceAll("\\s+", " ").trim()).replaceAll("").trim();
        boolean method = DECLARATION.matcher(header).matches() && !NOT_A_METHOD.matcher(header).matches();
        open.push(new Open(line, method, header));
        since.setLength(0);
      } else if (c == '}') {
        Open o = open.isEmpty() ? null : open.pop();
        if (o != null && o.method()) {
          bodies.add(new Body(o.header(), o.line(), line));
        }
        since.setLength(0);
      } else if (c == ';') {
        since.setLength(0);
      } else {
        since.append(c);
      }
      i++;
    }
    return bodies;
  }

  /** The index after a literal or comment starting at {@code i}, or {@code i} when none starts there. */
  private static int skipLiteralOrComment(String s, int i) {
    if (s.startsWith("\"\"\"", i)) {
      return s.indexOf("\"\"\"", i + 3) + 3;
    }
    if (s.startsWith("//", i)) {
      int end = s.indexOf('\n', i);
      return end < 0 ? s.length() : end;
    }
    if (s.startsWith("/*", i)) {
      return s.indexOf("*/", i + 2) + 2;
    }
    char c = s.charAt(i);
    if (c == '"' || c == '\'') {
      int j = i + 1;
      while (s.charAt(j) != c) {
        j += s.charAt(j) == '\\' ? 2 : 1;
      }
      return j + 1;
    }
    return i;
  }

  private static int count(String s, int from, int to) {
    int n = 0;
    for (int k = from; k < to; k++) {
      if (s.charAt(k) == '\n') {
        n++;
      }
    }
    return n;
  }
}
