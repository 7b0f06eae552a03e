package nl.trede.server.office.candidates;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.trede.domain.Corrections;
import nl.trede.domain.assessment.Assessment;
import nl.trede.domain.assessment.AssessmentKind;
import nl.trede.domain.assessment.SkillResult;
import nl.trede.server.jdbc.QueryRunner;
import nl.trede.server.jdbc.SqlQuery;
import nl.trede.server.office.DisplayNames;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.view.OfficeText;
import nl.trede.server.sync.StoredJson;
import nl.trede.sync.RecordType;

/**
 * A file's measurements for its page (000 §5.2 taalmeter, 001 §2.1.2 loonwaarde): those in force after
 * corrections, newest first, each loonwaarde beside the one before it, so the case manager follows it
 * over time (002 §4.4).
 */
@Singleton
public class Assessments {
  private final QueryRunner db;
  private final DisplayNames directory;
  private final OfficeText text;

  public Assessments(QueryRunner db, DisplayNames directory, OfficeText text) {
    this.db = db;
    this.directory = directory;
    this.text = text;
  }

  /**
   * One measurement as the page says it.
   *
   * @param result the taalmeter's three verdicts, or the loonwaarde with the earlier one
   * @param followUp a taalmeter with an insufficient skill: "reden om een vervolgtraject in te zetten"
   */
  public record Line(String id, String kindLabel, LocalDate date, String result, String by, String note,
      boolean followUp) {}

  public List<Line> ofFile(OfficeUser user, String candidateId) {
    SqlQuery sql = new SqlQuery("SELECT r.data FROM sync_record r WHERE r.tenant_id = ? AND r.type = ?"
        + " AND r.deleted = ? AND r.candidate_id = ?", user.tenantId(), RecordType.ASSESSMENT.wireName(), false,
        candidateId).and(user.scope().files("r.candidate_id"));
    List<Assessment> inForce = Corrections.inForce(db.list(sql, rs -> StoredJson.read(rs.getString(1),
        Assessment.class))).stream().sorted(Comparator.comparing(Assessment::date)).toList();
    Map<String, DisplayNames.Person> people = directory.users(user.tenantId());
    List<Line> lines = new ArrayList<>();
    Integer earlier = null;
    for (Assessment a : inForce) {
      DisplayNames.Person author = people.get(String.valueOf(a.authorId()));
      String by = a.assessor() != null ? a.assessor() : author == null ? "?" : author.displayName();
      String result;
      if (a.kind() == AssessmentKind.TAALMETER) {
        result = text.get("assessment.taalmeter-result", verdict(a.language()), verdict(a.numeracy()),
            verdict(a.digital())) + (a.languageLevel() == null ? "" : " · " + a.languageLevel());
      } else {
        result = earlier == null ? text.get("assessment.loonwaarde-result", a.wageValuePercent())
            : text.get("assessment.loonwaarde-after", a.wageValuePercent(), earlier);
        earlier = a.wageValuePercent();
      }
      lines.add(new Line(a.id().toString(), text.label("assessment.kind", a.kind()), a.date(), result, by, a.note(),
          a.asksForFollowUp()));
    }
    java.util.Collections.reverse(lines);
    return lines;
  }

  private String verdict(SkillResult result) {
    return text.label("assessment.result", result);
  }
}
