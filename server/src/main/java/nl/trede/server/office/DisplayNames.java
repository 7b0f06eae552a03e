package nl.trede.server.office;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.trede.domain.Role;
import nl.trede.server.accounts.UserRepository;
import nl.trede.server.jdbc.QueryRunner;
import nl.trede.server.jdbc.SqlQuery;

/** Names the console shows instead of ids: users, candidates, employers of one municipality. */
@Singleton
public class DisplayNames {
  private final QueryRunner queries;
  private final UserRepository userRepository;

  public DisplayNames(QueryRunner queries, UserRepository userRepository) {
    this.queries = queries;
    this.userRepository = userRepository;
  }

  public record Person(String id, String displayName, Role role) {}

  public record Named(String id, String name, boolean deleted) {}

  /** Every user of the municipality, by id, sorted by name. */
  public Map<String, Person> users(String tenantId) {
    Map<String, Person> users = new LinkedHashMap<>();
    userRepository.findByTenantIdOrderByDisplayName(tenantId)
        .forEach(u -> users.put(u.id(), new Person(u.id(), u.displayName(), u.role())));
    return users;
  }

  /** Names of these candidates or employers, by id; ids of another municipality are not found. */
  public Map<String, Named> names(String tenantId, Collection<String> ids) {
    Map<String, Named> names = new HashMap<>();
    List<String> list = ids.stream().filter(id -> id != null).distinct().toList();
    for (int from = 0; from < list.size(); from += 500) {
      List<String> chunk = list.subList(from, Math.min(list.size(), from + 500));
      queries.list(new SqlQuery("SELECT record_id, name, deleted FROM record_name WHERE tenant_id = ?", tenantId)
          .andIn("record_id", chunk), DisplayNames::named).forEach(n -> names.put(n.id(), n));
    }
    return names;
  }

  /** The municipality's employers, by name, for the employer filter. */
  public List<Named> employers(String tenantId) {
    return queries.list(new SqlQuery("""
        SELECT record_id, name, deleted FROM record_name
        WHERE tenant_id = ? AND type = 'employer' AND deleted = ? ORDER BY sort_name, record_id""",
        tenantId, false), DisplayNames::named);
  }

  private static Named named(ResultSet rs) throws SQLException {
    return new Named(rs.getString(1), rs.getString(2), rs.getBoolean(3));
  }
}
