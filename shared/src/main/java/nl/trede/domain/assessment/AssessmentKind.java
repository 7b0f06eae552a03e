package nl.trede.domain.assessment;

/**
 * What was measured. The taalmeter: "Om het taalniveau op een snelle manier te bepalen wordt de
 * taalmeter ingezet. Hiermee is er snel inzicht in de digitale-, reken- en taalvaardigheden" (000
 * §5.2). The loonwaarde: "Een loonwaarde meting is een onderzoek dat op de werkplek plaatsvindt om de
 * loonwaarde te meten en vast te stellen" (001 §2.1.3), after placement, "door een getrainde
 * klantmanager of door een externe organisatie" (001 §2.1.2).
 */
public enum AssessmentKind { TAALMETER, LOONWAARDE }
