package nl.trede.server.office.candidates;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.trede.config.MunicipalityConfig;
import nl.trede.config.ReferralTarget;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.referral.Referral;
import nl.trede.domain.referral.ReferralStatus;
import nl.trede.server.accounts.Caller;
import nl.trede.server.config.InstalledConfiguration;
import nl.trede.server.jdbc.QueryRunner;
import nl.trede.server.jdbc.SqlQuery;
import nl.trede.server.office.DisplayNames;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.office.view.OfficeText;
import nl.trede.server.sync.StoredJson;
import nl.trede.sync.RecordType;

/**
 * How a file changed, for the candidate's timeline: every version of the candidate record and of
 * its referrals that reached the server ({@code record_history}), as who changed what when, each
 * field old → new in Dutch, with the municipality's own labels and names, never codes or ids.
 */
@Singleton
public class FileHistory {
  private final QueryRunner db;
  private final InstalledConfiguration configurations;
  private final OfficeText text;

  public FileHistory(QueryRunner db, InstalledConfiguration configurations, OfficeText text) {
    this.db = db;
    this.configurations = configurations;
    this.text = text;
  }

  /** One field that changed: what it was and what it became ("" for nothing). */
  public record FieldChange(String label, String before, String after) {}

  /**
   * One version: when it reached the server, who made it, what it was ({@code kind}: {@code file} or
   * {@code referral}), and what changed.
   */
  public record Change(String id, Instant at, String by, String kind, String title, List<FieldChange> fields) {}

  private record Version(String recordId, long version, String type, String data, Instant at, String by) {}

  /** The changes of a file the user reaches, newest first. */
  public List<Change> of(OfficeUser user, String candidateId, Map<String, DisplayNames.Person> people) {
    List<Version> versions = db.list(new SqlQuery("""
        SELECT h.record_id, h.version, h.type, h.data, h.changed_at, h.changed_by FROM record_history h
        WHERE h.tenant_id = ? AND h.candidate_id = ? AND h.type IN ('candidate', 'referral')
        ORDER BY h.record_id, h.version""", user.tenantId(), candidateId),
        rs -> new Version(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
            rs.getTimestamp(5).toInstant(), rs.getString(6)));
    FieldValues values = new FieldValues(text, configurations.of(user.tenantId()).orElse(null), people);
    List<Change> changes = new ArrayList<>();
    Version previous = null;
    for (Version v : versions) {
      Version before = previous != null && previous.recordId().equals(v.recordId()) ? previous : null;
      previous = v;
      if (v.data().equals("{\"id\":\"" + v.recordId() + "\"}")) {
        continue; // a tombstone: the file's page is not shown for a deleted file
      }
      String by = Caller.SYSTEM_USER.equals(v.by()) ? text.get("history.system") : values.person(v.by());
      Change change = RecordType.CANDIDATE.wireName().equals(v.type())
          ? candidate(v, before, by, values)
          : referral(v, before, by, values);
      if (change != null) {
        changes.add(change);
      }
    }
    changes.sort(Comparator.comparing(Change::at).thenComparing(Change::id).reversed());
    return changes;
  }

  private Change candidate(Version v, Version before, String by, FieldValues values) {
    Candidate now = StoredJson.read(v.data(), Candidate.class);
    String id = v.recordId() + ":" + v.version();
    if (before == null) {
      List<FieldChange> set = new ArrayList<>();
      if (now.caseManagerId() != null) {
        set.add(new FieldChange(text.get("field.candidate.caseManagerId"), "", values.person(now.caseManagerId().toString())));
      }
      return new Change(id, v.at(), by, "file", text.get("history.file.created"), set);
    }
    Candidate was = StoredJson.read(before.data(), Candidate.class);
    List<FieldChange> fields = values.differences(was, now);
    if (fields.isEmpty()) {
      return null; // only a conflict was resolved in favour of what was there
    }
    String title;
    if (was.exit() == null && now.exit() != null) {
      title = text.get("history.file.closed");
    } else if (was.exit() != null && now.exit() == null) {
      title = text.get("history.file.reopened");
    } else if (fields.stream().allMatch(f -> values.isTeam(f.label()))) {
      title = text.get("history.file.assigned");
    } else {
      title = text.get("history.file.changed");
    }
    return new Change(id, v.at(), by, "file", title, fields);
  }

  private Change referral(Version v, Version before, String by, FieldValues values) {
    Referral now = StoredJson.read(v.data(), Referral.class);
    Referral was = before == null ? null : StoredJson.read(before.data(), Referral.class);
    String target = values.targetLabel(now.target());
    List<FieldChange> fields = new ArrayList<>();
    String title;
    if (was == null) {
      title = text.get("history.referral.sent", target);
      fields.add(new FieldChange(text.get("field.referral.goal"), "", now.goal()));
    } else if (was.status() != now.status()) {
      title = text.get("history.referral." + now.status().name(), target);
      if (now.status() == ReferralStatus.ACCEPTED && now.receiverId() != null) {
        fields.add(new FieldChange(text.get("field.referral.receiverId"), "", values.person(now.receiverId().toString())));
      }
      if (now.status() == ReferralStatus.SIGNED_OFF) {
        fields.add(new FieldChange(text.get("field.referral.signOffReason"), "", now.signOffReason()));
      } else if (now.answer() != null) {
        fields.add(new FieldChange(text.get("field.referral.answer"), "", now.answer()));
      }
    } else {
      title = text.get("history.referral.changed", target);
      addIfChanged(fields, "field.referral.goal", was.goal(), now.goal());
      addIfChanged(fields, "field.referral.answer", was.answer(), now.answer());
      if (!Objects.equals(was.receiverId(), now.receiverId())) {
        fields.add(new FieldChange(text.get("field.referral.receiverId"), values.person(text(was.receiverId())),
            values.person(text(now.receiverId()))));
      }
      if (fields.isEmpty()) {
        return null;
      }
    }
    return new Change(v.recordId() + ":" + v.version(), v.at(), by, "referral", title, fields);
  }

  private void addIfChanged(List<FieldChange> fields, String key, String was, String now) {
    if (!Objects.equals(was, now)) {
      fields.add(new FieldChange(text.get(key), was == null ? "" : was, now == null ? "" : now));
    }
  }

  private static String text(UUID id) {
    return id == null ? null : id.toString();
  }

  /** A target's label from the configuration; the key when the configuration no longer has it. */
  static String targetLabel(MunicipalityConfig config, String key) {
    return config == null ? key : config.referralTarget(key).map(ReferralTarget::label).orElse(key);
  }
}
