package nl.trede.domain.placement;

/** Intensity of jobcoaching, as UWV's regimes; an external jobcoach starts at the lowest (000 Bijlage A). */
public enum JobcoachRegime {
  LOW,
  MEDIUM,
  HIGH
}
