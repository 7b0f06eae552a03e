package nl.trede.domain.referral;

/**
 * Where a referral stands (aanmelding, afmelding; 004 §2.2, §4.1): sent to the team or provider,
 * taken on or declined by it, and signed off with the reason once it has done its work.
 */
public enum ReferralStatus {
  SENT,
  ACCEPTED,
  DECLINED,
  SIGNED_OFF
}
