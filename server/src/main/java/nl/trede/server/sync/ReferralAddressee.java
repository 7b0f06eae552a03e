package nl.trede.server.sync;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A referral sent to a team in Trede, and the role of the team's users: each of them pulls it and
 * may answer it before the candidate's file is theirs (sync-protocol.md, "Referrals"). Fixed when
 * the referral is sent, so a later change of the configuration does not move referrals under way.
 */
@MappedEntity("referral_addressee")
public record ReferralAddressee(@Id String referralId, String tenantId, String candidateId, String teamRole,
    Instant addressedAt) {}
