package nl.trede.domain.contact;

/**
 * What a contact may signal to the case manager from the workplace. Lansingerland 002 §3.4.3: "De
 * jobcoaches houden onze uitvoeringsprofessionals op de hoogte van zaken die spelen op de werkvloer,
 * bijvoorbeeld dreigend baanverlies of als er behoefte is aan training of ondersteuning." The two
 * examples of that sentence, no more: the seed names no others (decision 0068).
 */
public enum WorkplaceSignal {
  /** Dreigend baanverlies: the job is at risk. */
  THREATENED_JOB_LOSS,
  /** Behoefte aan training of ondersteuning: the candidate needs training or support to keep the job. */
  TRAINING_OR_SUPPORT_NEED
}
