package nl.trede.client.ui.kit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import nl.trede.domain.Colleague;
import nl.trede.domain.Role;

/**
 * The municipality's users who carry files, as the device last heard from the server (GET
 * /api/colleagues, kept in the store), and the logged-in user: names for the ids on a file, and
 * whom a case manager can choose as coach or case manager. An id the list does not (yet) know is
 * named as an unknown colleague and kept, never dropped from a file.
 */
public final class Colleagues {
  private final Map<UUID, Colleague> byId = new LinkedHashMap<>();
  private final Messages messages;

  public Colleagues(List<Colleague> known, Colleague self, Messages messages) {
    this.messages = messages;
    known.forEach(c -> byId.put(c.userId(), c));
    byId.putIfAbsent(self.userId(), self);
  }

  /** What the device knows, with the logged-in user. */
  public static Colleagues of(FieldContext context) {
    return new Colleagues(context.store().colleagues(),
        new Colleague(context.userId(), context.user().displayName(), context.role()), context.messages());
  }

  public String name(UUID userId) {
    Colleague known = byId.get(userId);
    return known != null ? known.displayName() : messages.get("colleague.unknown");
  }

  /** Participation coaches and jobcoaches, by name: who may be a file's coach. */
  public List<Colleague> coaches() {
    return sorted(c -> c.role() == Role.PARTICIPATION_COACH || c.role() == Role.JOBCOACH);
  }

  /** Case managers, by name: who may own a file. */
  public List<Colleague> caseManagers() {
    return sorted(c -> c.role() == Role.CASE_MANAGER);
  }

  /**
   * Who may be an employer's aanspreekpunt (001 §3.1): every colleague the device knows by name,
   * jobhunters included ({@link Role#isFieldColleague()}), and the logged-in user.
   */
  public List<Colleague> fieldColleagues() {
    return sorted(c -> c.role() != null && c.role().isFieldColleague());
  }

  /** This id as a colleague to choose: the known one, or an unknown colleague kept under its id. */
  public Colleague colleague(UUID userId) {
    Colleague known = byId.get(userId);
    return known != null ? known : new Colleague(userId, messages.get("colleague.unknown"), null);
  }

  private List<Colleague> sorted(Predicate<Colleague> which) {
    List<Colleague> list = new ArrayList<>(byId.values().stream().filter(which).toList());
    list.sort(Comparator.comparing(Colleague::displayName, String.CASE_INSENSITIVE_ORDER));
    return list;
  }
}
