package nl.trede.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/requirements.md says how many requirements of each seed are done, partial, absent or outside
 * Trede; rows change with every feature, and the count table above them drifted twice. It is kept true
 * here: each row has one of the four status words, and the table counts the rows, per seed and in all
 * (a merge of two branches that each counted right once left the total wrong).
 */
class RequirementsTableTest {
  private static final List<String> STATUSES = List.of("done", "partial", "absent", "outside Trede");
  private static final Pattern ROW = Pattern.compile("^\\| (00\\d)-\\d+ \\|");
  private static final Pattern COUNTS = Pattern.compile("^\\| (00\\d) [^|]+\\| (\\d+) \\| (\\d+) \\| (\\d+) \\| (\\d+) \\| (\\d+) \\|$");
  private static final Pattern ALL = Pattern.compile(
      "^\\| \\*\\*all\\*\\* \\| \\*\\*(\\d+)\\*\\* \\| \\*\\*(\\d+)\\*\\* \\| \\*\\*(\\d+)\\*\\* \\| \\*\\*(\\d+)\\*\\* \\| \\*\\*(\\d+)\\*\\* \\|$");

  @Test
  void everyRowHasAStatusWordAndTheCountTableCountsTheRows() throws Exception {
    List<String> lines = Files.readAllLines(Path.of("..", "docs", "requirements.md"));
    Map<String, int[]> counted = new TreeMap<>();
    Map<String, int[]> stated = new TreeMap<>();
    List<String> without = new ArrayList<>();
    int[] statedAll = null;
    for (String line : lines) {
      Matcher all = ALL.matcher(line);
      if (all.find()) {
        statedAll = new int[5];
        for (int i = 0; i < 5; i++) {
          statedAll[i] = Integer.parseInt(all.group(i + 1));
        }
      }
      Matcher row = ROW.matcher(line);
      Matcher table = COUNTS.matcher(line);
      if (row.find()) {
        String status = line.split("\\|")[4].strip();
        if (!STATUSES.contains(status)) {
          without.add(line.substring(0, Math.min(40, line.length())));
          continue;
        }
        int[] c = counted.computeIfAbsent(row.group(1), k -> new int[5]);
        c[STATUSES.indexOf(status)]++;
        c[4]++;
      } else if (table.find()) {
        stated.put(table.group(1), new int[] {Integer.parseInt(table.group(2)), Integer.parseInt(table.group(3)),
            Integer.parseInt(table.group(4)), Integer.parseInt(table.group(5)), Integer.parseInt(table.group(6))});
      }
    }

    assertThat(without).as("rows without one of " + STATUSES).isEmpty();
    assertThat(counted).as("seeds with rows").hasSize(5);
    counted.forEach((seed, c) -> assertThat(stated.get(seed)).as("the count table's line for " + seed
        + " (done, partial, absent, outside Trede, rows)").containsExactly(c));
    int[] sum = new int[5];
    counted.values().forEach(c -> {
      for (int i = 0; i < 5; i++) {
        sum[i] += c[i];
      }
    });
    assertThat(statedAll).as("the count table's line for all seeds").containsExactly(sum);
  }
}
