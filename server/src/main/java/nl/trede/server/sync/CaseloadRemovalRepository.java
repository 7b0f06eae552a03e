package nl.trede.server.sync;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.ANSI)
public interface CaseloadRemovalRepository extends CrudRepository<CaseloadRemoval, CaseloadRemoval.Key> {
  List<CaseloadRemoval> findByKeyUserIdAndKeySeqGreaterThanOrderByKeySeq(String userId, long seq);
}
