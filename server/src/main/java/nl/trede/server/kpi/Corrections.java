package nl.trede.server.kpi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Contacts, ladder steps and coaching hours are never changed: a mistake is corrected by a new entry
 * whose {@code correctsId} names the one it replaces (decision 0003). Every figure counts only the
 * entries that are in force:
 * <ul>
 *   <li>an entry that another entry corrects no longer counts; the correction counts in its place,
 *       with its own date, amounts and people (a chain A ← B ← C leaves C);</li>
 *   <li>when two entries correct the same one (two devices, offline), the one that reached the server
 *       last counts and the other is set aside too, so a correction is never counted twice.</li>
 * </ul>
 */
public final class Corrections {
  private Corrections() {}

  public static <T> List<Synced<T>> inForce(List<Synced<T>> entries, Function<T, UUID> id,
      Function<T, UUID> corrects) {
    Map<UUID, Synced<T>> latestCorrection = new HashMap<>();
    for (Synced<T> entry : entries) {
      UUID target = corrects.apply(entry.record());
      if (target != null) {
        latestCorrection.merge(target, entry,
            (a, b) -> Comparator.<Synced<T>>comparingLong(Synced::seq).compare(a, b) >= 0 ? a : b);
      }
    }
    Set<UUID> replaced = new HashSet<>(latestCorrection.keySet());
    for (Synced<T> entry : entries) {
      UUID target = corrects.apply(entry.record());
      if (target != null && latestCorrection.get(target) != entry) {
        replaced.add(id.apply(entry.record()));
      }
    }
    List<Synced<T>> inForce = new ArrayList<>(entries.size());
    for (Synced<T> entry : entries) {
      if (!replaced.contains(id.apply(entry.record()))) {
        inForce.add(entry);
      }
    }
    return inForce;
  }
}
