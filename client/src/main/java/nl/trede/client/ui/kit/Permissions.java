package nl.trede.client.ui.kit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.domain.Json;
import nl.trede.domain.Role;
import nl.trede.domain.referral.Referral;
import nl.trede.domain.referral.ReferralStatus;
import nl.trede.sync.Mutation;
import nl.trede.sync.MutationKind;
import nl.trede.sync.RecordType;
import nl.trede.sync.RoleRules;
import nl.trede.sync.RoleRules.ReferralReach;
import nl.trede.sync.StoredState;

/**
 * What the screens offer a role, asked of the role table itself ({@link RoleRules}, which the
 * store and the server apply to every save): a button is shown when the change it makes would be
 * accepted. So the app hides what a participation coach, jobcoach or jobhunter may not do
 * (register, close, reassign, delete a file) without a second copy of the table that could drift.
 */
public final class Permissions {
  private static final UUID PROBE = new UUID(0, 1);

  private final Role role;

  private Permissions(Role role) {
    this.role = role;
  }

  public static Permissions of(Role role) {
    return new Permissions(role);
  }

  /** Register a new candidate file (intake). */
  public boolean mayRegister() {
    return allowed(RecordType.CANDIDATE, MutationKind.CREATE, null);
  }

  /** Delete a candidate file. */
  public boolean mayDelete() {
    return allowed(RecordType.CANDIDATE, MutationKind.DELETE, null);
  }

  /** Close or reopen a file (uitstroom). */
  public boolean mayClose() {
    return mayChange("exit");
  }

  /** Change who carries a file: its coaches and its case manager. */
  public boolean mayReassign() {
    return mayChange("coachIds") && mayChange("caseManagerId");
  }

  /** Refer the candidate to another team or provider. */
  public boolean mayRefer() {
    return allowed(RecordType.REFERRAL, MutationKind.CREATE, null);
  }

  /** Hold and record a brede uitvraag (decision 0065). */
  public boolean mayRecordBroadIntake() {
    return allowed(RecordType.BROAD_INTAKE, MutationKind.CREATE, null);
  }

  /**
   * Take a referral to the user's team on, for themselves ("Ik neem deze aan"); asked with how the
   * user reaches it on the device ({@code FieldQueries.referralReach}).
   */
  public boolean mayTakeOn(Referral referral, ReferralReach reach, UUID userId) {
    ObjectNode fields = Json.MAPPER.createObjectNode().put("status", ReferralStatus.ACCEPTED.name())
        .put("receiverId", userId.toString());
    return mayAnswer(referral, reach, userId, fields);
  }

  /** Decline a referral to the user's team, with the answer. */
  public boolean mayDecline(Referral referral, ReferralReach reach, UUID userId) {
    ObjectNode fields = Json.MAPPER.createObjectNode().put("status", ReferralStatus.DECLINED.name())
        .put("answer", "changed");
    return mayAnswer(referral, reach, userId, fields);
  }

  private boolean mayAnswer(Referral referral, ReferralReach reach, UUID userId, ObjectNode fields) {
    Mutation probe = new Mutation(PROBE, RecordType.REFERRAL, referral.id(), MutationKind.UPDATE, 1, fields,
        List.of(), Instant.EPOCH);
    StoredState current = new StoredState(RecordType.REFERRAL, 1, false, Json.MAPPER.valueToTree(referral), Map.of(),
        List.of());
    return RoleRules.checkReferral(role, reach, probe, current, userId).isEmpty();
  }

  private boolean mayChange(String field) {
    ObjectNode fields = Json.MAPPER.createObjectNode().put(field, "changed");
    return allowed(RecordType.CANDIDATE, MutationKind.UPDATE, fields);
  }

  private boolean allowed(RecordType type, MutationKind kind, ObjectNode fields) {
    Mutation probe = new Mutation(PROBE, type, PROBE, kind, kind == MutationKind.CREATE ? 0 : 1, fields, List.of(),
        Instant.EPOCH);
    StoredState current = kind == MutationKind.CREATE ? null
        : new StoredState(type, 1, false, Json.MAPPER.createObjectNode(), Map.of(), List.of());
    return RoleRules.check(role, probe, current).isEmpty();
  }
}
