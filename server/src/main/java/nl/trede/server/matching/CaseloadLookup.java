package nl.trede.server.matching;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import nl.trede.server.sync.CaseloadEntry;

/** Which files a user holds, in one query, to tell whose candidate a match is. */
@JdbcRepository(dialect = Dialect.ANSI)
interface CaseloadLookup extends GenericRepository<CaseloadEntry, CaseloadEntry.Key> {
  @Query("SELECT candidate_id FROM caseload WHERE user_id = :userId")
  List<String> candidatesOf(String userId);
}
