package nl.trede.domain.candidate;

/** Why a file was closed (uitstroom); the monitor reports outflow by reason (001 §5.1). */
public enum ExitReason {
  /** Betaald werk in loondienst. */
  WORK,
  /** Eigen bedrijf. */
  SELF_EMPLOYMENT,
  /** Opleiding met studiefinanciering. */
  EDUCATION,
  /** Andere uitkering (WW, WIA, Wajong). */
  OTHER_BENEFIT,
  /** Inkomen van de partner. */
  PARTNER_INCOME,
  /** AOW-leeftijd bereikt. */
  PENSION,
  /** Verhuisd naar een andere gemeente. */
  MOVED,
  OTHER;

  /** Outflow to work: what the "uitstroom naar werk" figures and the uitstroompremie count. */
  public boolean isWork() {
    return this == WORK || this == SELF_EMPLOYMENT;
  }
}
