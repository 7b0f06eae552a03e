package nl.trede.client.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import nl.trede.domain.employer.EmployerContactKind;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.trede.client.login.LoginException;
import nl.trede.client.store.SyncState;
import nl.trede.client.sync.SyncException;
import nl.trede.config.ContactDue;
import nl.trede.domain.Violation;
import nl.trede.domain.candidate.CandidateFlag;
import nl.trede.domain.coaching.CoachKind;
import nl.trede.domain.coaching.CoachingActivity;
import nl.trede.domain.contact.LocationType;
import nl.trede.domain.employer.Requirement;
import nl.trede.domain.employer.Sector;
import nl.trede.domain.employer.VacancyStatus;
import nl.trede.domain.placement.JobcoachRegime;
import nl.trede.domain.placement.PlacementEndReason;
import nl.trede.domain.placement.PlacementKind;
import nl.trede.domain.referral.ReferralStatus;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;

/** Every text the app can show exists in Dutch, so no key ever reaches a user as "!key!". */
class MessagesBundleTest {
  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = MessagesBundleTest.class.getResourceAsStream("/nl/trede/client/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void theFallbackBundleIsTheDutchOne() throws IOException {
    assertThat(load("messages.properties")).isEqualTo(load("messages_nl.properties"));
  }

  @Test
  void everyLabelledValueHasADutchText() throws IOException {
    Properties nl = load("messages_nl.properties");
    List<String> missing = new ArrayList<>();
    List<Class<? extends Enum<?>>> labelled = List.of(LocationType.class, CoachingActivity.class, CoachKind.class,
        JobcoachRegime.class, PlacementKind.class, PlacementEndReason.class, CandidateFlag.class, Sector.class,
        Requirement.class, VacancyStatus.class, nl.trede.domain.candidate.InflowReason.class,
        nl.trede.domain.candidate.BenefitKind.class,
        nl.trede.domain.candidate.ExitReason.class,
        nl.trede.domain.candidate.ExemptionKind.class, nl.trede.domain.candidate.ParticipationActivity.class,
        nl.trede.domain.Role.class, nl.trede.domain.assessment.AssessmentKind.class,
        nl.trede.domain.assessment.SkillResult.class, nl.trede.domain.contact.WorkplaceSignal.class);
    for (Class<? extends Enum<?>> type : labelled) {
      for (Enum<?> value : type.getEnumConstants()) {
        require(nl, type.getSimpleName() + "." + value.name(), missing);
      }
    }
    for (LocationType l : LocationType.values()) {
      require(nl, "LocationType.short." + l.name(), missing);
    }
    for (RecordType t : RecordType.values()) {
      require(nl, "recordType." + t.name(), missing);
    }
    for (SyncException.Kind k : SyncException.Kind.values()) {
      require(nl, "sync.state." + k.name(), missing);
      require(nl, "syncPage.error." + k.name(), missing);
      require(nl, "matching.error." + k.name(), missing);
    }
    for (LoginException.Reason r : LoginException.Reason.values()) {
      require(nl, "login.error." + r.name(), missing);
    }
    for (ContactDue.Basis b : ContactDue.Basis.values()) {
      require(nl, "due.basis." + b.name(), missing);
    }
    for (EmployerContactKind k : EmployerContactKind.values()) {
      require(nl, "employerContact.kind." + k.name(), missing);
    }
    for (SyncState s : SyncState.values()) {
      require(nl, "timeline.state." + s.name(), missing);
    }
    for (CoachKind k : CoachKind.values()) {
      require(nl, "jobcoaching.outcome." + k.name(), missing);
    }
    for (ReferralStatus s : ReferralStatus.values()) {
      require(nl, "referral.status." + s.name(), missing);
    }
    for (String screen : List.of("intake", "person", "planForm", "flagsForm", "assign", "exit", "referral", "signOff")) {
      require(nl, screen + ".title", missing);
    }
    for (int rung = 1; rung <= 6; rung++) {
      require(nl, "rung." + rung, missing);
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyKeyTheScreensAskForExists() throws IOException {
    Properties nl = load("messages_nl.properties");
    Path sources = Path.of(System.getProperty("user.dir"), "src", "main", "java", "nl", "trede", "client", "ui");
    TreeSet<String> asked = new TreeSet<>();
    Pattern call = Pattern.compile("messages\\.get\\(|\\bget\\(");
    Pattern literal = Pattern.compile("\"((?:[a-zA-Z]+\\.)+[a-zA-Z0-9_]+)\"");
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String text = Files.readString(file);
        boolean messagesClass = file.getFileName().toString().equals("Messages.java");
        Matcher m = call.matcher(text);
        while (m.find()) {
          if (!m.group().startsWith("messages") && !messagesClass) {
            continue;
          }
          String argument = firstArgument(text, m.end());
          Matcher keys = literal.matcher(argument);
          while (keys.find()) {
            asked.add(keys.group(1));
          }
        }
      }
    }
    assertThat(asked).hasSizeGreaterThan(200);
    assertThat(asked.stream().filter(k -> !nl.containsKey(k)).toList()).isEmpty();
  }

  @Test
  void everyTextIsAValidPattern() throws IOException {
    Properties nl = load("messages_nl.properties");
    List<String> broken = new ArrayList<>();
    for (String key : nl.stringPropertyNames()) {
      try {
        new MessageFormat(nl.getProperty(key), Messages.DUTCH).format(new Object[] {1, 2, 3});
      } catch (IllegalArgumentException e) {
        broken.add(key);
      }
    }
    assertThat(broken).isEmpty();
  }

  /** The source text of a call's first argument, up to the comma or parenthesis that ends it. */
  private static String firstArgument(String text, int from) {
    int depth = 0;
    boolean quoted = false;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' && text.charAt(i - 1) != '\\') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && (c == ')' || c == ',') && depth == 0) {
        return text.substring(from, i);
      } else if (!quoted && c == ')') {
        depth--;
      }
    }
    return "";
  }

  private static void require(Properties p, String key, List<String> missing) {
    if (!p.containsKey(key)) {
      missing.add(key);
    }
  }

  @Test
  void unknownRulesFallBackToAGeneralDutchText() {
    assertThat(Messages.dutch().violation(new Violation("fields.durationMinutes", "range", "x")))
        .isEqualTo("De duur ligt tussen 1 en 600 minuten (0 bij niet verschenen).");
    assertThat(Messages.dutch().violation(new Violation("foo", "no-such-rule", "x"))).isEqualTo("Deze waarde is niet geldig.");
  }
}
