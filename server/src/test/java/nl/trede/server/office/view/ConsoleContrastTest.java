package nl.trede.server.office.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * WCAG 2.1 AA (1.4.3): every text colour the console's pages put on a background reaches 4.5:1.
 * The pairs are read from office.css by selector and property, so changing a colour in the
 * stylesheet is checked here; the list names the pairs the pages actually show (a badge's text on
 * the badge, a closed row's link on the closed row, a figure's verdict on its tinted card). All
 * console text is small (badges are 11 px), so 4.5:1 holds everywhere; the large-text 3:1 is not used.
 */
class ConsoleContrastTest {
  private static final double AA = 4.5;

  /** A colour: a selector's property in office.css. */
  private record At(String selector, String property) {
    @Override
    public String toString() {
      return selector + " { " + property + " }";
    }
  }

  private static At at(String selector, String property) {
    return new At(selector, property);
  }

  /** Text colour, background, as the pages combine them. */
  private static final List<At[]> PAIRS = List.of(
      new At[] {at("body", "color"), at("body", "background")},
      new At[] {at("body", "color"), at(".table-wrap", "background")},
      new At[] {at(".muted", "color"), at(".table-wrap", "background")},
      new At[] {at(".muted", "color"), at("body", "background")},
      new At[] {at("a", "color"), at(".table-wrap", "background")},
      new At[] {at("a", "color"), at("body", "background")},
      new At[] {at(".button", "color"), at(".button", "background")},
      new At[] {at(".button.primary", "color"), at(".button.primary", "background")},
      new At[] {at(".button.danger", "color"), at(".button", "background")},
      new At[] {at(".topbar", "color"), at(".topbar", "background")},
      new At[] {at("body", "color"), at("table.data th", "background")},
      new At[] {at("body", "color"), at("table.data tr.noshow", "background")},
      new At[] {at("body", "color"), at("table.data tr.overdue", "background")},
      new At[] {at("table.data td .sub", "color"), at(".table-wrap", "background")},
      new At[] {at("table.data td .sub", "color"), at("table.data tbody tr:nth-child(even)", "background")},
      new At[] {at("table.data tr.closed td", "color"), at("table.data tr.closed td", "background")},
      new At[] {at("table.data tr.closed td a", "color"), at("table.data tr.closed td", "background")},
      new At[] {at("body", "color"), at("table.data td.same", "background")},
      new At[] {at("body", "color"), at("table.data td.up3", "background")},
      new At[] {at("body", "color"), at("table.data td.down3", "background")},
      new At[] {at("body", "color"), at("table.data td.move3", "background")},
      new At[] {at("body", "color"), at("table.data td.exited", "background")},
      new At[] {at(".badge.noshow", "color"), at(".badge.noshow", "background")},
      new At[] {at(".badge.signal", "color"), at(".badge.signal", "background")},
      new At[] {at(".badge.kind-contact", "color"), at(".badge.kind-contact", "background")},
      new At[] {at(".badge.kind-ladder-step", "color"), at(".badge.kind-ladder-step", "background")},
      new At[] {at(".badge.kind-coaching-hours", "color"), at(".badge.kind-coaching-hours", "background")},
      new At[] {at(".badge.kind-placement", "color"), at(".badge.kind-placement", "background")},
      new At[] {at(".badge.correction", "color"), at(".badge.correction", "background")},
      new At[] {at(".badge.superseded", "color"), at(".badge.superseded", "background")},
      new At[] {at(".badge.handover", "color"), at(".badge.handover", "background")},
      new At[] {at(".badge.overdue", "color"), at(".badge.overdue", "background")},
      new At[] {at(".badge.ok", "color"), at(".badge.ok", "background")},
      new At[] {at(".badge.pending", "color"), at(".badge.pending", "background")},
      new At[] {at(".badge.closed", "color"), at(".badge.closed", "background")},
      new At[] {at(".badge.status-SENT", "color"), at(".badge.status-SENT", "background")},
      new At[] {at(".badge.status-ACCEPTED", "color"), at(".badge.status-ACCEPTED", "background")},
      new At[] {at(".badge.status-DECLINED", "color"), at(".badge.status-DECLINED", "background")},
      new At[] {at(".badge.status-SIGNED_OFF", "color"), at(".badge.status-SIGNED_OFF", "background")},
      new At[] {at(".badge.kind-change-file", "color"), at(".badge.kind-change-file", "background")},
      new At[] {at(".badge.kind-change-referral", "color"), at(".badge.kind-change-referral", "background")},
      new At[] {at(".notice.error", "color"), at(".notice.error", "background")},
      new At[] {at("body", "color"), at(".notice.ok", "background")},
      new At[] {at("body", "color"), at(".notice.info", "background")},
      new At[] {at("body", "color"), at(".notice.closed", "background")},
      new At[] {at(".field-error", "color"), at(".table-wrap", "background")},
      new At[] {at(".chip", "color-from-body"), at(".chip", "background")},
      new At[] {at(".figure .label", "color"), at(".figure", "background")},
      new At[] {at(".figure .hint", "color"), at(".figure.warn", "background")},
      new At[] {at(".figure .hint", "color"), at(".figure.good", "background")},
      new At[] {at(".figure .verdict.not-met", "color"), at(".figure.warn", "background")},
      new At[] {at(".figure .verdict.met", "color"), at(".figure.good", "background")},
      new At[] {at(".card h2", "color"), at(".table-wrap", "background")},
      new At[] {at(".rung", "color"), at(".rung", "background")},
      new At[] {at(".rung.on", "color"), at(".rung.on", "background")},
      new At[] {at(".timeline .meta", "color"), at(".timeline li.noshow", "background")},
      new At[] {at("table.changes td.before", "color"), at(".table-wrap", "background")},
      new At[] {at(".period input:disabled", "color"), at(".period input:disabled", "background")},
      new At[] {at(".hint", "color"), at(".table-wrap", "background")},
      new At[] {at("code.secret", "color-from-body"), at("code.secret", "background")});

  @Test
  void everyTextColourOfTheConsoleReachesWcagAaOnItsBackground() throws IOException {
    Css css = Css.read("/office/static/office.css");
    List<String> failures = new ArrayList<>();
    for (At[] pair : PAIRS) {
      String fg = pair[0].property().equals("color-from-body") ? css.colour(at("body", "color"))
          : css.colour(pair[0]);
      String bg = css.colour(pair[1]);
      double ratio = contrast(fg, bg);
      if (ratio < AA) {
        failures.add(String.format("%s %s on %s %s: %.2f:1", pair[0], fg, pair[1], bg, ratio));
      }
    }
    assertThat(failures).as("text below 4.5:1").isEmpty();
  }

  @Test
  void theCheckNoticesAPaleColour() {
    assertThat(contrast("#999999", "#ffffff")).isLessThan(AA);
    assertThat(contrast("#000000", "#ffffff")).isEqualTo(21.0, org.assertj.core.data.Offset.offset(0.01));
  }

  /** WCAG 2.1 contrast ratio of two #rrggbb colours. */
  static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(String hex) {
    int rgb = Integer.parseInt(hex.substring(1), 16);
    return 0.2126 * channel(rgb >> 16 & 0xff) + 0.7152 * channel(rgb >> 8 & 0xff) + 0.0722 * channel(rgb & 0xff);
  }

  private static double channel(int value) {
    double c = value / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  /** The stylesheet's rules by selector (later rules win, as in the browser) and its custom properties. */
  private record Css(Map<String, Map<String, String>> rules, Map<String, String> variables) {
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)}");

    static Css read(String resource) throws IOException {
      String text;
      try (InputStream in = ConsoleContrastTest.class.getResourceAsStream(resource)) {
        assertThat(in).as(resource).isNotNull();
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      text = text.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("@media[^{]*\\{([^{}]*\\{[^{}]*})*\\s*}", "");
      Map<String, Map<String, String>> rules = new HashMap<>();
      Matcher m = RULE.matcher(text);
      while (m.find()) {
        Map<String, String> declarations = new HashMap<>();
        for (String d : m.group(2).split(";")) {
          int colon = d.indexOf(':');
          if (colon > 0) {
            declarations.put(d.substring(0, colon).trim(), d.substring(colon + 1).trim());
          }
        }
        for (String selector : m.group(1).split(",")) {
          rules.computeIfAbsent(selector.trim().replaceAll("\\s+", " "), s -> new HashMap<>()).putAll(declarations);
        }
      }
      Map<String, String> variables = new HashMap<>();
      rules.getOrDefault(":root", Map.of()).forEach((k, v) -> {
        if (k.startsWith("--")) {
          variables.put(k, v);
        }
      });
      return new Css(rules, variables);
    }

    /** The colour a selector gives a property, as #rrggbb; fails when the stylesheet has none. */
    String colour(At at) {
      Map<String, String> rule = rules.get(at.selector());
      assertThat(rule).as("a rule for " + at.selector()).isNotNull();
      String value = at.property().equals("background") && !rule.containsKey("background")
          ? rule.get("background-color") : rule.get(at.property());
      assertThat(value).as(at.toString()).isNotNull();
      return hex(value, at);
    }

    private String hex(String value, At at) {
      Matcher var = Pattern.compile("var\\((--[a-z-]+)").matcher(value);
      if (var.find()) {
        return hex(variables.get(var.group(1)), at);
      }
      Matcher hex = Pattern.compile("#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\\b").matcher(value);
      if (value.trim().equals("#fff") || value.trim().equals("#ffffff")) {
        return "#ffffff";
      }
      assertThat(hex.find()).as(at + " is a plain colour: " + value).isTrue();
      String h = hex.group(1);
      return "#" + (h.length() == 3 ? "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2)
          + h.charAt(2) : h).toLowerCase();
    }
  }
}
