package nl.trede.server.sync;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.ANSI)
public interface CaseloadRemovalRepository extends CrudRepository<CaseloadRemoval, CaseloadRemoval.Key> {
  List<CaseloadRemoval> findByKeyUserIdAndKeySeqGreaterThanOrderByKeySeq(String userId, long seq);

  /** Every time this user left this candidate's caseload (a file can leave and come back). */
  List<CaseloadRemoval> findByKeyUserIdAndKeyCandidateId(String userId, String candidateId);
}
