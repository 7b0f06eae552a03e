package nl.trede.domain.candidate;

/** Typed flags on a candidate's file (DOMAIN §2, with the seed sections). */
public enum CandidateFlag {
  /** Doelgroepregister banenafspraak (000 §2.3). */
  TARGET_GROUP_REGISTER,
  /** Indicatie nieuw beschut (000 §2.3, 001 §2.1.3). */
  SHELTERED_WORK_INDICATION,
  /** Valt onder de Wet inburgering (000 §2.3). */
  CIVIC_INTEGRATION,
  /** Taalniveau onder de vereiste taaleis, per taalmeter (000 §5.2). */
  LANGUAGE_BELOW_LEVEL,
  /** Ontvangt loonkostensubsidie; its amount follows from the loonwaarde in wageValuePercent (001 §2.1.2). */
  WAGE_COST_SUBSIDY,
  /** Statushouder, reported separately in the monitor (001 §5.1). */
  STATUS_HOLDER
}
