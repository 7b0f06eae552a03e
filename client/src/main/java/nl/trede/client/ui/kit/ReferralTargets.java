package nl.trede.client.ui.kit;

import java.util.List;
import java.util.Optional;

/**
 * The teams and providers a municipality refers candidates to (a referral's {@code target} is the
 * key of one): read from the municipality's configuration record as the device holds it, its
 * {@code referralTargets} ({@link nl.trede.config.ReferralTarget}). Until a municipality's configuration names
 * them, there is no list: the form asks for the team or provider as text and every page shows a
 * target it cannot name by its key, never hides it.
 */
public final class ReferralTargets {
  /** A team or provider to refer to. */
  public record Target(String key, String label) {
    /** The key: a choice list names each choice's node by it ({@code #referral-target-forte-welzijn}). */
    @Override
    public String toString() {
      return key;
    }
  }

  private final List<Target> targets;

  public ReferralTargets(List<Target> targets) {
    this.targets = List.copyOf(targets);
  }

  /** The targets in the configuration the device last synced; none before it names any. */
  public static ReferralTargets of(FieldContext context) {
    return new ReferralTargets(context.config().map(config -> config.referralTargets().stream()
        .map(t -> new Target(t.key(), t.label())).toList()).orElse(List.of()));
  }

  public List<Target> all() {
    return targets;
  }

  public Optional<Target> find(String key) {
    return targets.stream().filter(t -> t.key().equals(key)).findFirst();
  }

  /** The target's name, or its key when the configuration does not name it. */
  public String label(String key) {
    return find(key).map(Target::label).orElse(key);
  }
}
