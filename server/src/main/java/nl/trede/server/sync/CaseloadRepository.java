package nl.trede.server.sync;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.ANSI)
public interface CaseloadRepository extends CrudRepository<CaseloadEntry, CaseloadEntry.Key> {

  @Query("SELECT COUNT(*) FROM caseload WHERE user_id = :userId AND candidate_id = :candidateId")
  long countMembership(String userId, String candidateId);

  /** Those of the given candidates that are in the user's caseload. */
  @Query("SELECT candidate_id FROM caseload WHERE user_id = :userId AND candidate_id IN (:candidateIds)")
  List<String> heldOf(String userId, java.util.Collection<String> candidateIds);

  @Query("SELECT user_id FROM caseload WHERE candidate_id = :candidateId")
  List<String> membersOf(String candidateId);

  @Query("DELETE FROM caseload WHERE candidate_id = :candidateId AND user_id = :userId")
  void remove(String candidateId, String userId);

  /** The newest grant to this user after {@code afterSeq}, if any. */
  @Query("SELECT MAX(since_seq) FROM caseload WHERE user_id = :userId AND since_seq > :afterSeq")
  Optional<Long> latestGrantAfter(String userId, long afterSeq);

  default boolean holds(String userId, String candidateId) {
    return countMembership(userId, candidateId) > 0;
  }
}
