package nl.trede.domain.obligation;

/**
 * What a case manager imposes when re-integration agreements are not kept, in the order of 002
 * §4.5: first "de uitkering van de betreffende inwoner tijdelijk verlagen" (a maatregel), and "als
 * het niet lukt om een inwoner op deze manier te motiveren, dan leggen we aan deze inwoner een
 * tegenprestatie op" ("onbetaalde maatschappelijk nuttige activiteiten").
 */
public enum ObligationKind {
  /** Maatregel: the benefit is temporarily lowered by a percentage for some months. */
  BENEFIT_REDUCTION,
  /** Tegenprestatie: unpaid, socially useful activity within the municipality. */
  COMMUNITY_SERVICE
}
