package nl.trede.domain.placement;

import java.time.Instant;
import java.util.UUID;
import nl.trede.domain.Violations;

/**
 * The evaluation of an ended placement and so of the instruments granted with it: 003 §1B asks for
 * "consequente terugkoppeling en evaluatie op het gebruik van instrumenten en de ervaren effecten bij
 * zowel cliënt als consulent/loopbaanbegeleider", 001 §5.1 to register "zodat achteraf resultaten en
 * effectiviteit gemeten kan worden". It rides on the placement, not on each {@link InstrumentUse}:
 * the instruments of a placement work together and the candidate experiences the placement, not
 * one grant (004 §3d: "de inzet van één instrument ... alleen niet voldoende"; decision 0058).
 *
 * @param clientExperience how the candidate experienced it, 1 (poor) to 5 (very good)
 * @param professionalExperience how the coach or case manager experienced it, 1 to 5
 */
public record PlacementEvaluation(
    EvaluationOutcome outcome,
    Integer clientExperience,
    Integer professionalExperience,
    String note,
    UUID evaluatedBy,
    Instant evaluatedAt) {

  public static final int LOWEST = 1;
  public static final int HIGHEST = 5;

  /** Both sides rated: the one comparison 003 §1B asks for, client beside professional. */
  public boolean rated() {
    return clientExperience != null && professionalExperience != null;
  }

  void validate(Violations v, String at) {
    v.required(at + ".outcome", outcome);
    v.range(at + ".clientExperience", clientExperience, LOWEST, HIGHEST);
    v.range(at + ".professionalExperience", professionalExperience, LOWEST, HIGHEST);
    // One side's rating alone cannot be set beside the other's; a candidate who cannot be asked
    // (gone, unreachable) leaves both open and the evaluation counts without ratings.
    if ((clientExperience == null) != (professionalExperience == null)) {
      String missing = clientExperience == null ? ".clientExperience" : ".professionalExperience";
      v.add(at + missing, "required-together", "clientExperience and professionalExperience go together");
    }
    v.maxLength(at + ".note", note, 2000);
    v.required(at + ".evaluatedBy", evaluatedBy);
    if (v.required(at + ".evaluatedAt", evaluatedAt)) {
      v.notInFuture(at + ".evaluatedAt", evaluatedAt);
    }
  }
}
