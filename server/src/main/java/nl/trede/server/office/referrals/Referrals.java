package nl.trede.server.office.referrals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.trede.config.MunicipalityConfig;
import nl.trede.config.ReferralTarget;
import nl.trede.domain.Ids;
import nl.trede.domain.Json;
import nl.trede.domain.referral.Referral;
import nl.trede.domain.referral.ReferralStatus;
import nl.trede.server.accounts.UserRepository;
import nl.trede.server.config.InstalledConfiguration;
import nl.trede.server.jdbc.QueryRunner;
import nl.trede.server.jdbc.SqlQuery;
import nl.trede.server.office.ConsoleWrites;
import nl.trede.server.office.DisplayNames;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.files.SaveOutcome;
import nl.trede.server.office.view.DisplayFormat;
import nl.trede.server.office.view.OfficeText;
import nl.trede.server.sync.StoredJson;
import nl.trede.sync.MutationResult;
import nl.trede.sync.RecordType;

/**
 * Referrals in the console (004 §2.2, §4.1): sent from the candidate's file "met welk doel", answered
 * by the receiving side, signed off "met welke reden". A console user sees the referrals of the files
 * they reach and, for a team of case managers, those sent to their team before the file is theirs
 * (sync-protocol.md, "Referrals"); the office every referral of the municipality. Every change goes
 * through sync as the user ({@link ConsoleWrites}), on the version the page showed, so the team's
 * devices receive it and an answer given meanwhile elsewhere is a conflict, not overwritten.
 */
@Singleton
public class Referrals {
  private final QueryRunner db;
  private final ConsoleWrites writes;
  private final InstalledConfiguration configurations;
  private final DisplayNames directory;
  private final UserRepository users;
  private final OfficeText text;
  private final Clock clock;

  public Referrals(QueryRunner db, ConsoleWrites writes, InstalledConfiguration configurations,
      DisplayNames directory, UserRepository users, OfficeText text, Clock clock) {
    this.db = db;
    this.writes = writes;
    this.configurations = configurations;
    this.directory = directory;
    this.users = users;
    this.text = text;
    this.clock = clock;
  }

  /**
   * One referral as the console shows it, names instead of ids.
   *
   * @param team the target is a team in Trede (someone of it takes the candidate on)
   * @param teamRole the role of the team's users; null for a provider
   */
  public record Line(String id, long version, String candidateId, String candidateName, String target,
      String targetLabel, boolean team, String teamRole, String goal, ReferralStatus status, String statusLabel,
      LocalDate sentOn, String referredBy, String receiver, LocalDate answeredOn, String answer,
      LocalDate signedOffOn, String signOffReason) {
    public boolean open() {
      return status != ReferralStatus.SIGNED_OFF;
    }

    public boolean awaitingAnswer() {
      return status == ReferralStatus.SENT;
    }
  }

  private record Row(String id, long version, String data) {}

  private LocalDate today() {
    return LocalDate.now(clock.withZone(DisplayFormat.ZONE));
  }

  /** The referrals this user sees: of files they reach, and those sent to their own team. */
  private SqlQuery visible(OfficeUser user) {
    SqlQuery sql = new SqlQuery("SELECT r.id, r.version, r.data FROM sync_record r WHERE r.tenant_id = ?"
        + " AND r.type = ? AND r.deleted = ?", user.tenantId(), RecordType.REFERRAL.wireName(), false);
    return sql.and(user.scope().pulled("r"));
  }

  /** The inbox: open referrals first (oldest waiting first), then the signed-off ones when asked for. */
  public List<Line> inbox(OfficeUser user, boolean withSignedOff) {
    List<Line> lines = lines(user, db.list(visible(user), rs -> new Row(rs.getString(1), rs.getLong(2),
        rs.getString(3))));
    return lines.stream().filter(l -> withSignedOff || l.open())
        .sorted(Comparator.comparing(Line::open).reversed().thenComparing(Line::sentOn).thenComparing(Line::id))
        .toList();
  }

  public List<Line> ofFile(OfficeUser user, String candidateId) {
    SqlQuery sql = visible(user).and("r.candidate_id = ?", candidateId);
    return lines(user, db.list(sql, rs -> new Row(rs.getString(1), rs.getLong(2), rs.getString(3)))).stream()
        .sorted(Comparator.comparing(Line::sentOn).reversed().thenComparing(Line::id)).toList();
  }

  public Optional<Line> one(OfficeUser user, String referralId) {
    SqlQuery sql = visible(user).and("r.id = ?", referralId);
    return lines(user, db.list(sql, rs -> new Row(rs.getString(1), rs.getLong(2), rs.getString(3)))).stream()
        .findFirst();
  }

  private List<Line> lines(OfficeUser user, List<Row> rows) {
    Optional<MunicipalityConfig> config = configurations.of(user.tenantId());
    Map<String, DisplayNames.Person> people = directory.users(user.tenantId());
    Set<String> candidates = new HashSet<>();
    List<Referral> referrals = new ArrayList<>();
    for (Row row : rows) {
      Referral r = StoredJson.read(row.data(), Referral.class);
      referrals.add(r);
      candidates.add(r.candidateId().toString());
    }
    Map<String, DisplayNames.Named> names = directory.names(user.tenantId(), candidates);
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Referral r = referrals.get(i);
      Optional<ReferralTarget> target = config.flatMap(c -> c.referralTarget(r.target()));
      DisplayNames.Named candidate = names.get(r.candidateId().toString());
      lines.add(new Line(rows.get(i).id(), rows.get(i).version(), r.candidateId().toString(),
          candidate == null ? text.get("visits.unknown") : candidate.name(), r.target(),
          target.map(ReferralTarget::label).orElse(r.target()), target.map(ReferralTarget::isTeam).orElse(false),
          target.map(ReferralTarget::role).map(Enum::name).orElse(null), r.goal(), r.status(),
          text.label("referral.status", r.status()), r.sentOn(), person(people, r.referredBy()),
          r.receiverId() == null ? null : person(people, r.receiverId()), r.answeredOn(), r.answer(),
          r.signedOffOn(), r.signOffReason()));
    }
    return lines;
  }

  private String person(Map<String, DisplayNames.Person> people, UUID id) {
    DisplayNames.Person p = id == null ? null : people.get(id.toString());
    return p == null ? text.get("visits.unknown") : p.displayName();
  }

  /** Who of a team can take a referral on: its active users. */
  public List<DisplayNames.Person> teamMembers(OfficeUser user, String teamRole) {
    if (teamRole == null) {
      return List.of();
    }
    return users.findByTenantIdOrderByDisplayName(user.tenantId()).stream()
        .filter(u -> u.active() && u.role().name().equals(teamRole))
        .map(u -> new DisplayNames.Person(u.id(), u.displayName(), u.role())).toList();
  }

  // ---------------------------------------------------------------- changes, through sync

  /** Sends a referral from the candidate's file: to a target of the municipality, with its goal. */
  public SaveOutcome send(OfficeUser user, String candidateId, String target, String goal, String remote) {
    UUID id = Ids.newId();
    Referral referral = new Referral(id, UUID.fromString(candidateId), UUID.fromString(user.userId()), target, null,
        goal, ReferralStatus.SENT, today(), null, null, null, null);
    MutationResult result = writes.push(user, writes.create(RecordType.REFERRAL, referral), remote);
    writes.audited(user, "office.refer", RecordType.REFERRAL, id.toString(), result, remote, "target=" + target);
    return SaveOutcome.of(id.toString(), result, Map.of());
  }

  /**
   * The receiving side's answer, on the version the page showed: accepted (by whom, for a team) or
   * declined, with what it said.
   */
  public SaveOutcome answer(OfficeUser user, Line shown, long shownVersion, boolean accept, String receiverId,
      String answer, String remote) {
    ObjectNode fields = Json.MAPPER.createObjectNode()
        .put("status", (accept ? ReferralStatus.ACCEPTED : ReferralStatus.DECLINED).name())
        .put("answeredOn", today().toString()).put("answer", answer);
    if (accept && shown.team()) {
      fields.put("receiverId", receiverId);
    }
    return change(user, shown.id(), shownVersion, fields, accept ? "office.accept-referral" : "office.decline-referral",
        remote);
  }

  /** Signed off "met welke reden" (004 §2.2): the referral has done its work, or is withdrawn. */
  public SaveOutcome signOff(OfficeUser user, Line shown, long shownVersion, String reason, String remote) {
    ObjectNode fields = Json.MAPPER.createObjectNode().put("status", ReferralStatus.SIGNED_OFF.name())
        .put("signedOffOn", today().toString()).put("signOffReason", reason);
    return change(user, shown.id(), shownVersion, fields, "office.sign-off-referral", remote);
  }

  private SaveOutcome change(OfficeUser user, String id, long shownVersion, ObjectNode fields, String action,
      String remote) {
    MutationResult result = writes.push(user, writes.update(RecordType.REFERRAL, UUID.fromString(id), shownVersion,
        fields), remote);
    writes.audited(user, action, RecordType.REFERRAL, id, result, remote, null);
    return SaveOutcome.of(id, result, Map.of());
  }
}
