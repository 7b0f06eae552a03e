package nl.trede.domain.placement;

public enum PlacementEndReason {
  /** Afgerond zoals gepland. */
  COMPLETED,
  /** Overgegaan in een (vaster) contract. */
  CONTRACT,
  /** Gestopt op verzoek van de kandidaat. */
  STOPPED_BY_CANDIDATE,
  /** Gestopt door de werkgever of organisatie. */
  STOPPED_BY_EMPLOYER,
  /** Gestopt om gezondheidsredenen. */
  HEALTH,
  OTHER
}
