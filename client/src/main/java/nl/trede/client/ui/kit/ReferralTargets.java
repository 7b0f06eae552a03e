package nl.trede.client.ui.kit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The teams and providers a municipality refers candidates to (a referral's {@code target} is the
 * key of one): read from the municipality's configuration record as the device holds it, its
 * {@code referralTargets} list of {@code {key, label}}. Until a municipality's configuration names
 * them, there is no list: the form asks for the team or provider as text and every page shows a
 * target it cannot name by its key, never hides it.
 */
public final class ReferralTargets {
  /** A team or provider to refer to. */
  public record Target(String key, String label) {}

  private final List<Target> targets;

  public ReferralTargets(List<Target> targets) {
    this.targets = List.copyOf(targets);
  }

  /** The targets in the configuration the device last synced; none before it names any. */
  public static ReferralTargets of(FieldContext context) {
    List<Target> found = new ArrayList<>();
    context.config().flatMap(config -> context.store().find(config.id()))
        .map(stored -> stored.data() == null ? null : stored.data().get("referralTargets"))
        .filter(JsonNode::isArray)
        .ifPresent(list -> list.forEach(t -> {
          String key = t.path("key").asText("");
          if (!key.isBlank()) {
            found.add(new Target(key, t.path("label").asText(key)));
          }
        }));
    return new ReferralTargets(found);
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
