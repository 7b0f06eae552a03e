package nl.trede.domain.candidate;

/**
 * The law a candidate's benefit is paid under. National law, the same in every municipality, and
 * the split the BUIG follows: the Rijk pays "de bijstandsvoorzieningen in het kader van de
 * Participatiewet, IOAW, IOAZ en Bbz 2004" (000 footnote 1, 001 §5.2.1). Lansingerland counts its
 * "Inwoners met een bijstandsuitkering, IOAW en IOAZ naar leeftijd" (002 §2.3) and asks a specific
 * approach for the IOAW and IOAZ ("Aanpak motivatie doelgroep met IOAW/IOAZ", 002 §5.3 thema 6);
 * Dalfsen puts extra effort into "ouderen (IOAW/IOAZ)" (003 §3D). Decision 0067.
 *
 * <p>No Bbz 2004: the seeds name it only as a line of the BUIG; the self-employed it serves are
 * advised by the Regionaal Bureau voor Zelfstandigen (002 §3.1.5), outside Trede.
 */
public enum BenefitKind {
  /** Bijstand under the Participatiewet; what a file on benefit without a recorded kind reads as. */
  BIJSTAND,
  /** Wet inkomensvoorziening oudere en gedeeltelijk arbeidsongeschikte werkloze werknemers. */
  IOAW,
  /** Wet inkomensvoorziening oudere en gedeeltelijk arbeidsongeschikte gewezen zelfstandigen. */
  IOAZ
}
