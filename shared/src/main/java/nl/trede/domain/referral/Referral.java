package nl.trede.domain.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.Filing;
import nl.trede.domain.Violation;
import nl.trede.domain.Violations;

/**
 * A candidate referred to another team or provider, warm: "met welk doel" when sent, "met welke
 * reden" when signed off (004 §2.2, §4.1; DOMAIN "Referral and handover"). It lives in the
 * candidate's file and changes as it goes (sent, answered, signed off), merged per field like a
 * placement.
 *
 * @param referredBy who refers (the author): usually the case manager
 * @param target the team or provider, a key of the municipality's referral targets (configuration)
 * @param receiverId the person of the receiving team who took it on, when that team works in Trede
 * @param goal why the candidate is referred: "met welk doel"
 * @param answer what the receiving side said when accepting or declining, when it said anything
 * @param signOffReason why the referral ended: "met welke reden"
 */
public record Referral(
    UUID id,
    @Filing UUID candidateId,
    UUID referredBy,
    String target,
    UUID receiverId,
    String goal,
    ReferralStatus status,
    LocalDate sentOn,
    LocalDate answeredOn,
    String answer,
    LocalDate signedOffOn,
    String signOffReason)
    implements DomainRecord {

  public static final int MAX_TEXT = 2000;

  @Override
  public UUID author() {
    return referredBy;
  }

  @Override
  public UUID fileCandidateId() {
    return candidateId;
  }

  /** Still asks something of the receiving side or of the referrer: not signed off. */
  public boolean isOpen() {
    return status != ReferralStatus.SIGNED_OFF;
  }

  @Override
  public List<Violation> validate(Clock clock) {
    Violations v = new Violations(clock);
    v.required("id", id);
    v.required("candidateId", candidateId);
    v.required("referredBy", referredBy);
    if (v.required("target", target)) {
      v.maxLength("target", target, 100);
    }
    if (v.required("goal", goal)) {
      v.maxLength("goal", goal, MAX_TEXT);
    }
    v.maxLength("answer", answer, MAX_TEXT);
    v.maxLength("signOffReason", signOffReason, MAX_TEXT);
    v.required("status", status);
    if (v.required("sentOn", sentOn)) {
      v.withinYears("sentOn", sentOn, 30, 0);
    }
    boolean answered = status == ReferralStatus.ACCEPTED || status == ReferralStatus.DECLINED;
    if (answered || status == ReferralStatus.SIGNED_OFF && answeredOn != null) {
      if (v.required("answeredOn", answeredOn) && sentOn != null && answeredOn.isBefore(sentOn)) {
        v.add("answeredOn", "before-sent", "a referral is answered on or after the day it was sent");
      }
    } else if (answeredOn != null) {
      v.add("answeredOn", "not-answered", "only an accepted or declined referral has an answer date");
    }
    if (status == ReferralStatus.SIGNED_OFF) {
      // "met welke reden": a referral is never closed without saying why (004 §2.2).
      if (v.required("signedOffOn", signedOffOn) && sentOn != null && signedOffOn.isBefore(sentOn)) {
        v.add("signedOffOn", "before-sent", "a referral is signed off on or after the day it was sent");
      }
      v.required("signOffReason", signOffReason == null || signOffReason.isBlank() ? null : signOffReason);
    } else if (signedOffOn != null || signOffReason != null) {
      v.add("status", "not-signed-off", "a sign-off date and reason belong to a signed-off referral");
    }
    if (status == ReferralStatus.DECLINED && receiverId != null) {
      v.add("receiverId", "declined", "a declined referral has nobody who took it on");
    }
    return v.toList();
  }
}
