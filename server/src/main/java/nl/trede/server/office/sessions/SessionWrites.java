package nl.trede.server.office.sessions;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.trede.config.CaseloadGroup;
import nl.trede.config.MunicipalityConfig;
import nl.trede.domain.Ids;
import nl.trede.domain.Json;
import nl.trede.domain.candidate.CandidateFile;
import nl.trede.domain.session.SessionAttendance;
import nl.trede.server.config.InstalledConfiguration;
import nl.trede.server.jdbc.QueryRunner;
import nl.trede.server.jdbc.SqlQuery;
import nl.trede.server.kpi.CandidateFileLoader;
import nl.trede.server.kpi.KpiScope;
import nl.trede.server.kpi.Synced;
import nl.trede.server.office.ConsoleWrites;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.files.SaveOutcome;
import nl.trede.server.office.view.DisplayFormat;
import nl.trede.server.office.view.FormData;
import nl.trede.sync.Mutation;
import nl.trede.sync.MutationKind;
import nl.trede.sync.MutationResult;
import nl.trede.sync.Protocol;
import nl.trede.sync.RecordType;

/**
 * The office plans a session and invites a caseload group to it (issue 18): Wijchen's market, for
 * which "ca. 150 betrof mensen in de uitkering die zijn geselecteerd door de gemeente" (004 Bijlage 2),
 * or a training for everyone of a group. Everything goes through sync as the user
 * ({@link ConsoleWrites}), so the rules are the field app's and the coaches' devices receive it.
 */
@Singleton
public class SessionWrites {
  /** The choice on the invite form that means every open file the user reaches. */
  public static final String ALL_OPEN_FILES = "*";

  private final ConsoleWrites writes;
  private final QueryRunner db;
  private final CandidateFileLoader files;
  private final InstalledConfiguration configurations;
  private final Clock clock;

  public SessionWrites(ConsoleWrites writes, QueryRunner db, CandidateFileLoader files,
      InstalledConfiguration configurations, Clock clock) {
    this.writes = writes;
    this.db = db;
    this.files = files;
    this.configurations = configurations;
    this.clock = clock;
  }

  /** How an invitation of a group went: those invited now, those invited before, those refused. */
  public record Invited(int invited, int already, int refused) {}

  private LocalDate today() {
    return LocalDate.now(clock.withZone(DisplayFormat.ZONE));
  }

  /** A new session from the form, the fields as typed so that sync names what does not fit. */
  public SaveOutcome plan(OfficeUser user, FormData form, String remote) {
    UUID id = Ids.newId();
    ObjectNode fields = Json.MAPPER.createObjectNode().put("id", id.toString()).put("organisedBy", user.userId())
        .put("cancelled", false);
    for (String name : List.of("kind", "title", "date", "startTime", "place", "organiser", "note")) {
      fields.put(name, form.get(name));
    }
    MutationResult result = writes.push(user, new Mutation(Ids.newId(), RecordType.GROUP_SESSION, id,
        MutationKind.CREATE, 0, fields, List.of(), clock.instant()), remote);
    writes.audited(user, "office.plan-session", RecordType.GROUP_SESSION, id.toString(), result, remote,
        "kind=" + form.get("kind"));
    return SaveOutcome.of(id.toString(), result, Map.of());
  }

  /**
   * Invites the open files of a caseload group ({@link #ALL_OPEN_FILES}: all) that the user reaches
   * and that are not invited yet, in pushes of the protocol's size; empty when the group is unknown.
   * Each invitation is audited by sync as the user's create.
   */
  public Optional<Invited> invite(OfficeUser user, String sessionId, String group, String remote) {
    Optional<MunicipalityConfig> config = configurations.of(user.tenantId());
    Optional<CaseloadGroup> chosen = config.flatMap(c -> c.caseloadGroups().stream()
        .filter(g -> g.key().equals(group)).findFirst());
    if (!ALL_OPEN_FILES.equals(group) && chosen.isEmpty()) {
      return Optional.empty();
    }
    LocalDate today = today();
    UUID session = UUID.fromString(sessionId);
    Set<String> before = invitedBefore(user, session);
    List<Mutation> creates = new ArrayList<>();
    int already = 0;
    for (Synced<CandidateFile> synced : files.load(new KpiScope(user.tenantId(), user.scope()))) {
      CandidateFile file = synced.record();
      if (!file.candidate().isOpenOn(today) || chosen.isPresent() && !chosen.get().population().matches(file, today)) {
        continue;
      }
      UUID invitation = SessionAttendance.idFor(session, file.candidate().id());
      if (before.contains(invitation.toString())) {
        already++;
        continue;
      }
      creates.add(writes.create(RecordType.SESSION_ATTENDANCE, new SessionAttendance(invitation, session,
          file.candidate().id(), UUID.fromString(user.userId()), today, null, false, null)));
    }
    int refused = 0;
    for (int from = 0; from < creates.size(); from += Protocol.MAX_MUTATIONS_PER_PUSH) {
      List<MutationResult> results = writes.push(user,
          creates.subList(from, Math.min(creates.size(), from + Protocol.MAX_MUTATIONS_PER_PUSH)), remote);
      refused += (int) results.stream().filter(r -> r instanceof MutationResult.Rejected).count();
    }
    return Optional.of(new Invited(creates.size() - refused, already, refused));
  }

  private Set<String> invitedBefore(OfficeUser user, UUID session) {
    SqlQuery sql = new SqlQuery("SELECT r.id FROM sync_record r WHERE r.tenant_id = ? AND r.type = ? AND r.deleted = ?",
        user.tenantId(), RecordType.SESSION_ATTENDANCE.wireName(), false).and("r.data LIKE ?", "%" + session + "%");
    return new HashSet<>(db.list(sql, rs -> rs.getString(1)));
  }
}
