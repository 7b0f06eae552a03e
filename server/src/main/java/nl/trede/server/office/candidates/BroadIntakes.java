package nl.trede.server.office.candidates;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.trede.config.BroadIntakePolicy;
import nl.trede.config.BroadIntakeRules;
import nl.trede.config.MunicipalityConfig;
import nl.trede.domain.Corrections;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.broadintake.BroadIntake;
import nl.trede.domain.broadintake.DomainScore;
import nl.trede.domain.broadintake.WorkExperience;
import nl.trede.domain.referral.Referral;
import nl.trede.server.config.InstalledConfiguration;
import nl.trede.server.jdbc.QueryRunner;
import nl.trede.server.jdbc.SqlQuery;
import nl.trede.server.office.DisplayNames;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.view.OfficeText;
import nl.trede.server.sync.StoredJson;
import nl.trede.sync.RecordType;

/**
 * A file's brede uitvraag for its page (002 §3.3.1, decision 0065): the one that holds now in full,
 * the earlier ones (in force after corrections) below it, newest first, as what was known before;
 * and when the one that holds signals a work limitation while the file has no referral to the UWV's
 * beoordeling arbeidsvermogen, the prompt to ask it ({@link BroadIntakeRules#asksForWorkCapacityReferral}).
 */
@Singleton
public class BroadIntakes {
  private final QueryRunner db;
  private final DisplayNames directory;
  private final InstalledConfiguration configurations;
  private final OfficeText text;

  public BroadIntakes(QueryRunner db, DisplayNames directory, InstalledConfiguration configurations,
      OfficeText text) {
    this.db = db;
    this.directory = directory;
    this.configurations = configurations;
    this.text = text;
  }

  /** One life domain as the page says it: "2 · Niet zelfredzaam". */
  public record Score(String domain, int score, String scoreLabel, String note) {}

  /** One uitvraag as the page says it, every text in Dutch and every key as its label. */
  public record Intake(String id, LocalDate date, String by, List<Score> scores, String education, String diplomas,
      List<String> experience, List<String> talents, String drives, String supportNeed, boolean workLimitation) {}

  /**
   * What the file's page shows.
   *
   * @param offered whether the municipality holds a brede uitvraag at all (else the part is left out)
   * @param current the uitvraag that holds now; {@code null} when none was recorded
   * @param referralTarget where to ask the beoordeling arbeidsvermogen, when the page should prompt it
   */
  public record Shown(boolean offered, Intake current, List<Intake> earlier, String referralTarget) {}

  public Shown ofFile(OfficeUser user, String candidateId) {
    MunicipalityConfig config = configurations.of(user.tenantId()).orElse(null);
    SqlQuery sql = new SqlQuery("SELECT r.type, r.data FROM sync_record r WHERE r.tenant_id = ? AND r.deleted = ?"
        + " AND r.candidate_id = ?", user.tenantId(), false, candidateId)
        .andIn("r.type", List.of(RecordType.BROAD_INTAKE.wireName(), RecordType.REFERRAL.wireName()))
        .and(user.scope().files("r.candidate_id"));
    List<DomainRecord> records = db.list(sql, rs -> StoredJson.record(RecordType.fromWire(rs.getString(1)),
        rs.getString(2)));
    List<BroadIntake> intakes = records.stream().filter(BroadIntake.class::isInstance).map(BroadIntake.class::cast)
        .toList();
    List<Referral> referrals = records.stream().filter(Referral.class::isInstance).map(Referral.class::cast).toList();
    Optional<BroadIntake> current = BroadIntake.newest(intakes);
    Map<String, DisplayNames.Person> people = directory.users(user.tenantId());
    List<Intake> earlier = Corrections.inForce(intakes).stream()
        .filter(i -> current.map(c -> !c.id().equals(i.id())).orElse(true))
        .sorted(Comparator.comparing(BroadIntake::date).thenComparing(i -> i.id().toString()).reversed())
        .map(i -> shown(i, config, people)).toList();
    boolean prompt = BroadIntakeRules.asksForWorkCapacityReferral(config, intakes, referrals);
    return new Shown(BroadIntakeRules.offered(config) || !intakes.isEmpty(),
        current.map(i -> shown(i, config, people)).orElse(null), earlier,
        prompt ? config.broadIntake().workCapacityReferral() : null);
  }

  private Intake shown(BroadIntake i, MunicipalityConfig config, Map<String, DisplayNames.Person> people) {
    BroadIntakePolicy policy = config == null ? null : config.broadIntake();
    DisplayNames.Person author = people.get(String.valueOf(i.authorId()));
    List<Score> scores = new ArrayList<>();
    for (DomainScore d : i.domains()) {
      // A domain the configuration has since dropped is shown by its key, not lost.
      String domain = policy == null ? d.domain() : policy.domain(d.domain())
          .map(BroadIntakePolicy.Choice::label).orElse(d.domain());
      scores.add(new Score(domain, d.score(), text.get("broad-intake.score." + d.score()), d.note()));
    }
    String education = policy == null ? i.educationLevel() : policy.educationLevel(i.educationLevel())
        .map(BroadIntakePolicy.Choice::label).orElse(i.educationLevel());
    return new Intake(i.id().toString(), i.date(), author == null ? "?" : author.displayName(), scores, education,
        i.diplomas(), i.experience().stream().map(this::experience).toList(), i.talents(), i.drives(),
        i.supportNeed(), i.signalsWorkLimitation());
  }

  /** "Orderpicker · Distributiecentrum · 3 jaar". */
  private String experience(WorkExperience w) {
    StringBuilder line = new StringBuilder(w.role());
    if (w.organisation() != null && !w.organisation().isBlank()) {
      line.append(" · ").append(w.organisation());
    }
    if (w.years() != null) {
      line.append(" · ").append(w.years() == 0 ? text.get("broad-intake.less-than-a-year")
          : text.get("broad-intake.years", w.years()));
    }
    return line.toString();
  }
}
