package nl.trede.server.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.trede.config.MunicipalityConfig;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.Json;
import nl.trede.server.accounts.User;
import nl.trede.sync.MutationRules;
import nl.trede.sync.RecordType;

/**
 * What one push looked up, so a batch of contacts for the same few candidates asks the database once
 * per candidate, and the questions {@link WritePolicy} and {@link RecordChecks} ask of it about the
 * records the push reads. Entries are forgotten as soon as the push itself changes them.
 */
final class WriteLookups {
  final WorkingSet rows;
  /** Candidate id to whether the caller holds the file. */
  final Map<String, Boolean> files = new HashMap<>();
  final Map<String, Optional<User>> colleagues = new HashMap<>();
  /** Candidate id to when the caller left its caseload, if recently enough. */
  final Map<String, Optional<Instant>> handovers = new HashMap<>();
  /** Referral id to the role of the team it was sent to (empty: a provider's, or none). */
  final Map<String, Optional<String>> teams = new HashMap<>();
  private final Map<String, Optional<MunicipalityConfig>> configs = new HashMap<>();

  WriteLookups(WorkingSet rows) {
    this.rows = rows;
  }

  /** The push changed a candidate: the caseload memberships of that file may have changed. */
  void candidateChanged(String candidateId) {
    files.remove(candidateId);
    handovers.remove(candidateId);
  }

  /** The push changed the configuration (only the server does). */
  void configurationChanged() {
    configs.clear();
  }

  /** A referral sent in this push: its team's users reach it from now on. */
  void addressed(ReferralAddressee addressee) {
    teams.put(addressee.referralId(), Optional.of(addressee.teamRole()));
  }

  Optional<SyncRecordRow> row(String id) {
    return rows.find(id);
  }

  /** The municipality's configuration as installed; empty for a municipality without one. */
  Optional<MunicipalityConfig> config(String tenantId) {
    return configs.computeIfAbsent(tenantId, t -> rows.find(MunicipalityConfig.idFor(t).toString())
        .filter(r -> !r.deleted() && r.tenantId().equals(t))
        .map(r -> (MunicipalityConfig) parse(RecordType.CONFIGURATION, r.data())));
  }

  /** A live record of this type in this municipality. */
  boolean isLive(String tenantId, String id, RecordType type) {
    return rows.find(id)
        .filter(r -> r.tenantId().equals(tenantId) && r.type().equals(type.wireName()) && !r.deleted())
        .isPresent();
  }

  /** A live record of this type, in this municipality and in this candidate's file (or in none). */
  boolean inTheSameFile(String tenantId, UUID id, RecordType type, UUID candidateId) {
    return rows.find(id.toString())
        .filter(r -> r.tenantId().equals(tenantId) && r.type().equals(type.wireName()) && !r.deleted()
            && Objects.equals(r.candidateId(), candidateId == null ? null : candidateId.toString()))
        .isPresent();
  }

  /** The live records of one type in a candidate's file, as this push sees them. */
  @SuppressWarnings("unchecked")
  <T extends DomainRecord> List<T> inFile(String tenantId, String candidateId, RecordType type) {
    return rows.inFile(tenantId, candidateId, type.wireName()).stream()
        .map(r -> (T) parse(type, r.data())).toList();
  }

  static DomainRecord parse(RecordType type, String data) {
    try {
      return MutationRules.read(type, (ObjectNode) Json.MAPPER.readTree(data));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored " + type.wireName() + " does not parse", e);
    }
  }
}
