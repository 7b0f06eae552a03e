package nl.trede.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * What "in force after corrections" means, once, for everything that counts or shows history:
 * the figures, the console's visit log and candidate page, the field app's hours ledger and the
 * {@link CandidateFile}. Contacts, ladder steps and coaching hours are never changed; a mistake is
 * corrected by a new entry whose {@code correctsId} names the one it replaces.
 *
 * <p>An original entry and every entry that corrects it (or corrects one of its corrections) are
 * versions of one fact, and exactly one version counts: of the versions no other entry corrects,
 * the one made last. So
 * <ul>
 *   <li>a correction replaces what it corrects, with its own date, amounts and people;</li>
 *   <li>a chain A ← B ← C leaves C (a correction of a correction);</li>
 *   <li>two corrections of one entry made on two devices offline (A ← B, A ← C) leave the one made
 *       last, and the other is set aside: the hours are counted once, on the phone, in the visit log
 *       and in the figures alike. Even when the one set aside was corrected again (A ← B ← D,
 *       A ← C), one version counts: of D and C, the one made last.</li>
 * </ul>
 *
 * <p>"Made last" is read from the entries' ids: they are UUID v7, made on the device, and their
 * text sorts by the moment they were made ({@link Ids}). Why not the order in which the server
 * received them: a phone holding its own unsent correction and a pulled one must decide the same
 * way the server will, whichever of the two reached the server first. Ids that are not v7 still
 * sort, so every copy decides alike; a device whose clock is wrong decides by its wrong clock, the
 * same way everywhere.
 *
 * <p>A correction whose target is not in the list (not yet pulled, or outside what a query read)
 * still competes with the other corrections of that target.
 *
 * <p>A correction may <em>withdraw</em> ({@link DomainRecord#withdrawn()}): it says the fact did not
 * happen (a contact saved by mistake and undone after it reached the server). When the version that
 * would count is a withdrawal, no version of that fact counts; all of them are {@link #withdrawn
 * withdrawn}, and shown so. A later correction of the withdrawal brings the fact back with its own
 * values: the rule stays "the version made last counts" (decision 0050).
 */
public final class Corrections {
  private Corrections() {}

  /**
   * An entry as the rule needs it: its id, the id of the entry it corrects (or null), and whether
   * it withdraws what it corrects.
   */
  public record Link(UUID id, UUID correctsId, boolean withdraws) {
    public static Link of(DomainRecord record) {
      return new Link(record.id(), record.correctsId(), record.withdrawn());
    }
  }

  /** What the rule decides over a set of entries. */
  public record Verdict(Set<UUID> notInForce, Set<UUID> withdrawn) {
    /** Whether the fact this entry is a version of was withdrawn (the entry is then not in force either). */
    public boolean withdrawn(UUID id) {
      return withdrawn.contains(id);
    }
  }

  /** The entries in force, in the order given. */
  public static <T extends DomainRecord> List<T> inForce(Collection<T> entries) {
    return inForce(entries, Function.identity());
  }

  /** The items whose entry is in force, in the order given (an item wraps an entry, e.g. with its sync data). */
  public static <S> List<S> inForce(Collection<S> items, Function<S, ? extends DomainRecord> entry) {
    List<Link> links = new ArrayList<>(items.size());
    items.forEach(item -> links.add(Link.of(entry.apply(item))));
    Set<UUID> out = notInForce(links);
    List<S> inForce = new ArrayList<>(items.size());
    for (S item : items) {
      if (!out.contains(entry.apply(item).id())) {
        inForce.add(item);
      }
    }
    return inForce;
  }

  /**
   * The ids of the entries that are not in force: corrected, set aside by a correction made later,
   * or versions of a withdrawn fact.
   */
  public static Set<UUID> notInForce(Collection<Link> entries) {
    return decide(entries).notInForce();
  }

  /** Which entries are not in force, and which of those are versions of a withdrawn fact. */
  public static Verdict decide(Collection<Link> entries) {
    Map<UUID, Link> byId = new HashMap<>();
    Set<UUID> corrected = new HashSet<>();
    for (Link e : entries) {
      byId.put(e.id(), e);
      if (e.correctsId() != null) {
        corrected.add(e.correctsId());
      }
    }
    // The winning version of each fact so far, by the fact's original (or the id its chain names
    // when the original is not in the list).
    Map<UUID, UUID> winner = new HashMap<>();
    Map<UUID, UUID> rootOf = new HashMap<>();
    Set<UUID> out = new HashSet<>();
    for (Link e : byId.values()) {
      UUID root = root(e, byId);
      rootOf.put(e.id(), root);
      if (corrected.contains(e.id())) {
        out.add(e.id());
        continue;
      }
      UUID before = winner.get(root);
      if (before == null) {
        winner.put(root, e.id());
      } else if (madeBefore(before, e.id())) {
        winner.put(root, e.id());
        out.add(before);
      } else {
        out.add(e.id());
      }
    }
    Set<UUID> withdrawnFacts = new HashSet<>();
    winner.forEach((root, id) -> {
      if (byId.get(id).withdraws()) {
        withdrawnFacts.add(root);
      }
    });
    Set<UUID> withdrawn = new HashSet<>();
    rootOf.forEach((id, root) -> {
      if (withdrawnFacts.contains(root)) {
        withdrawn.add(id);
      }
    });
    out.addAll(withdrawn);
    return new Verdict(out, withdrawn);
  }

  /** Whether entry {@code a} was made before entry {@code b}: v7 ids sort by the moment they were made. */
  public static boolean madeBefore(UUID a, UUID b) {
    return a.toString().compareTo(b.toString()) < 0;
  }

  private static UUID root(Link e, Map<UUID, Link> byId) {
    Set<UUID> seen = new HashSet<>();
    Link at = e;
    while (at.correctsId() != null && seen.add(at.id())) {
      Link next = byId.get(at.correctsId());
      if (next == null) {
        return at.correctsId();
      }
      at = next;
    }
    return at.id();
  }
}
