package nl.trede.server.config;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.config.MunicipalityConfig;
import nl.trede.domain.candidate.Candidate;
import nl.trede.server.sync.StoredJson;
import nl.trede.server.sync.SyncRecordRepository;
import nl.trede.server.sync.SyncRecordRow;
import nl.trede.sync.RecordType;

/**
 * Files "te herzien": candidates whose classification holds a value the installed scheme no longer
 * knows and no migration carried over. A new version of the configuration never drops such a
 * value; it stays on the file, shown for review, until a person reclassifies (docs/configuration.md).
 */
@Singleton
public class ClassificationReview {
  private final InstalledConfiguration configuration;
  private final SyncRecordRepository records;

  public ClassificationReview(InstalledConfiguration configuration, SyncRecordRepository records) {
    this.configuration = configuration;
    this.records = records;
  }

  /** A file to review and the values of it that the scheme no longer knows, dimension to value. */
  public record ToReview(UUID candidateId, Map<String, String> staleValues) {}

  /** The municipality's files to review, by candidate id; empty without a configuration. */
  public List<ToReview> toReview(String tenantId) {
    MunicipalityConfig config = configuration.of(tenantId).orElse(null);
    if (config == null) {
      return List.of();
    }
    List<ToReview> result = new ArrayList<>();
    for (SyncRecordRow row : records.liveOfType(tenantId, RecordType.CANDIDATE.wireName())) {
      Candidate candidate = StoredJson.read(row.data(), Candidate.class);
      Map<String, String> stale = config.staleValues(candidate.classification());
      if (!stale.isEmpty()) {
        result.add(new ToReview(candidate.id(), stale));
      }
    }
    return result;
  }
}
