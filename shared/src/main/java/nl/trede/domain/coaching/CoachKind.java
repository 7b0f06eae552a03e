package nl.trede.domain.coaching;

/** Who coached (000 Bijlage A, 001 §3.3). */
public enum CoachKind {
  /** The municipality's own jobcoach. */
  MUNICIPAL,
  /** The employer's own trained colleague (e.g. HARRIE-trained), paid a limited compensation. */
  INTERNAL,
  /** An external jobcoach organisation, only for specialist needs, at the lowest regime. */
  EXTERNAL
}
