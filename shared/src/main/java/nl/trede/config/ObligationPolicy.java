package nl.trede.config;

import java.util.List;
import nl.trede.domain.Violations;
import nl.trede.domain.placement.PlacementKind;

/**
 * A municipality's own limits on the measures of 002 §4.5 (maatregel, tegenprestatie). Wijchen:
 * "De groep die wij activeren voor vrijwilligerswerk (of andere vormen van maatschappelijke
 * participatie) leggen wij geen tegenprestatie op" (004 §4.3c). Not every municipality says so:
 * Lansingerland imposes a tegenprestatie on whoever a lowered benefit did not motivate (002 §4.5),
 * so it is configuration, not code.
 *
 * @param noTegenprestatieFor who is being moved towards volunteering, and so gets no tegenprestatie
 * @param source where the municipality says so
 */
public record ObligationPolicy(NoTegenprestatie noTegenprestatieFor, String source) {

  /** The referral targets it names are the municipality's own. */
  void check(Violations v, MunicipalityConfig config) {
    List<String> targets = noTegenprestatieFor == null ? List.of() : noTegenprestatieFor.referralTargets();
    for (int i = 0; i < targets.size(); i++) {
      if (config.referralTarget(targets.get(i)).isEmpty()) {
        v.add("obligations.noTegenprestatieFor.referralTargets[" + i + "]", "unknown-target",
            "'" + targets.get(i) + "' is not one of the referral targets");
      }
    }
  }

  /**
   * How the file shows someone is being activated towards volunteering: a placement of one of these
   * kinds that has not ended, or an open referral to one of these teams or providers (Wijchen:
   * the participatiecoach, "richting vrijwilligerswerk", 004 §4.1).
   */
  public record NoTegenprestatie(List<PlacementKind> placementKinds, List<String> referralTargets) {
    public NoTegenprestatie {
      placementKinds = placementKinds == null ? List.of() : List.copyOf(placementKinds);
      referralTargets = referralTargets == null ? List.of() : List.copyOf(referralTargets);
    }
  }
}
