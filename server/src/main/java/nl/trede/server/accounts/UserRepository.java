package nl.trede.server.accounts;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.ANSI)
public interface UserRepository extends CrudRepository<User, String> {
  Optional<User> findByUsername(String username);

  /** Every user of a municipality, by name: the console shows names, never ids. */
  List<User> findByTenantIdOrderByDisplayName(String tenantId);
}
