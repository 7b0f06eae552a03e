package nl.trede.server.office;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.trede.domain.Role;

/** Names the console shows instead of ids: users, candidates, employers of one municipality. */
@Singleton
public class Directory {
  private final Db db;

  public Directory(Db db) {
    this.db = db;
  }

  public record Person(String id, String displayName, Role role) {}

  public record Named(String id, String name, boolean deleted) {}

  /** Every user of the municipality, by id, sorted by name. */
  public Map<String, Person> users(String tenantId) {
    Map<String, Person> users = new LinkedHashMap<>();
    db.list(new Sql("SELECT id, display_name, role FROM app_user WHERE tenant_id = ? ORDER BY display_name",
            tenantId),
        rs -> new Person(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3))))
        .forEach(p -> users.put(p.id(), p));
    return users;
  }

  /** Names of these candidates or employers, by id; ids of another municipality are not found. */
  public Map<String, Named> names(String tenantId, Collection<String> ids) {
    Map<String, Named> names = new HashMap<>();
    List<String> list = ids.stream().filter(id -> id != null).distinct().toList();
    for (int from = 0; from < list.size(); from += 500) {
      List<String> chunk = list.subList(from, Math.min(list.size(), from + 500));
      Sql sql = new Sql("SELECT record_id, name, deleted FROM record_name WHERE tenant_id = ? AND record_id IN ("
          + "?,".repeat(chunk.size() - 1) + "?)", tenantId);
      sql.parameters(chunk);
      db.list(sql, Directory::named).forEach(n -> names.put(n.id(), n));
    }
    return names;
  }

  /** The municipality's employers, by name, for the employer filter. */
  public List<Named> employers(String tenantId) {
    return db.list(new Sql("""
        SELECT record_id, name, deleted FROM record_name
        WHERE tenant_id = ? AND type = 'employer' AND deleted = ? ORDER BY sort_name, record_id""",
        tenantId, false), Directory::named);
  }

  private static Named named(ResultSet rs) throws java.sql.SQLException {
    return new Named(rs.getString(1), rs.getString(2), rs.getBoolean(3));
  }
}
