package nl.trede.domain.placement;

import java.time.LocalDate;
import java.util.UUID;
import nl.trede.domain.Violations;

/**
 * That displacement was ruled out before a placement began, and by whom. Overbetuwe 001 §2.1.3 places
 * a candidate on a WEP "uitsluitend ... op een werkplek als hierdoor geen verdringing op de
 * arbeidsmarkt plaatsvindt", and a WEP "zal niet gebruikt worden om de kandidaat 'bezig te houden'".
 * Trede knows nothing of the employer's staff, so it cannot judge this itself: it keeps what the
 * professional established (the work is additional, no regular job or vacancy is filled by it),
 * when, and who vouches for it (decision 0061).
 *
 * @param checkedOn the day it was established; not in the future
 * @param checkedBy who established it
 * @param finding what was established, in a few sentences
 */
public record DisplacementCheck(LocalDate checkedOn, UUID checkedBy, String finding) {
  public static final int MAX_FINDING = 1000;

  void validate(Violations v, String at) {
    if (v.required(at + ".finding", finding)) {
      v.maxLength(at + ".finding", finding, MAX_FINDING);
    }
    if (v.required(at + ".checkedOn", checkedOn)) {
      v.pastDate(at + ".checkedOn", checkedOn, 30);
    }
    v.required(at + ".checkedBy", checkedBy);
  }
}
