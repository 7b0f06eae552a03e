package nl.trede.server.sync;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.trede.config.MunicipalityConfig;
import nl.trede.config.ReferralTarget;
import nl.trede.domain.Ids;
import nl.trede.domain.Json;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.referral.Referral;
import nl.trede.domain.referral.ReferralStatus;
import nl.trede.sync.Mutation;
import nl.trede.sync.MutationKind;
import nl.trede.sync.RecordType;

/**
 * What a push does with referrals (004 §2.2, §4.1) besides storing them. A referral sent to a team
 * in Trede is addressed to the users of the team's role: they pull it and may answer it before the
 * file is theirs. When one of them takes it on, the server adds them to the candidate's coaches in
 * the same transaction, as the system, through the same write as any change: so the file, its
 * history and its caseload follow (their devices receive the file at the next pull), the audit and
 * the history name the change, and nobody in the field needs the right to reassign a file
 * (architecture.md, Roles; sync-protocol.md, "Referrals").
 */
@Singleton
class ReferralPolicy {
  private final ReferralAddresseeRepository addressees;
  private final Clock clock;

  ReferralPolicy(ReferralAddresseeRepository addressees, Clock clock) {
    this.addressees = addressees;
    this.clock = clock;
  }

  /** The role of the team a stored referral was sent to; empty for a provider's or unknown one. */
  Optional<String> addressedRole(String referralId) {
    return addressees.findById(referralId).map(ReferralAddressee::teamRole);
  }

  /** The team a referral is sent to, when it is a team in Trede. */
  static Optional<ReferralTarget> team(Optional<MunicipalityConfig> config, Referral referral) {
    return config.flatMap(c -> c.referralTarget(referral.target())).filter(ReferralTarget::isTeam);
  }

  /** Who a new referral is addressed to: the users of its team's role; empty for a provider. */
  Optional<ReferralAddressee> addressee(String tenantId, Referral sent, Optional<MunicipalityConfig> config) {
    return team(config, sent).map(t -> new ReferralAddressee(sent.id().toString(), tenantId,
        sent.candidateId().toString(), t.role().name(), clock.instant()));
  }

  /**
   * The system's change that puts whoever took a team's referral on into the candidate's coaches,
   * when it is taken on now and they are not on the file yet.
   *
   * @param candidateRow the candidate as stored now
   */
  Optional<Mutation> handover(Referral before, Referral now, Optional<MunicipalityConfig> config,
      Optional<SyncRecordRow> candidateRow) {
    UUID receiver = now.receiverId();
    boolean takenOnNow = now.status() == ReferralStatus.ACCEPTED && receiver != null
        && (before == null || !receiver.equals(before.receiverId()));
    if (!takenOnNow || team(config, now).isEmpty() || candidateRow.isEmpty() || candidateRow.get().deleted()) {
      return Optional.empty();
    }
    Candidate candidate = StoredJson.read(candidateRow.get().data(), Candidate.class);
    if (candidate.coachIds().contains(receiver) || receiver.equals(candidate.caseManagerId())) {
      return Optional.empty();
    }
    ObjectNode fields = Json.MAPPER.createObjectNode();
    ArrayNode coaches = fields.putArray("coachIds");
    candidate.coachIds().forEach(id -> coaches.add(id.toString()));
    coaches.add(receiver.toString());
    return Optional.of(new Mutation(Ids.newId(), RecordType.CANDIDATE, candidate.id(), MutationKind.UPDATE,
        candidateRow.get().version(), fields, List.of(), clock.instant()));
  }
}
