package nl.trede.server.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.inject.Singleton;
import java.util.Optional;
import nl.trede.config.MunicipalityConfig;
import nl.trede.domain.Json;
import nl.trede.server.sync.SyncRecordRepository;
import nl.trede.server.sync.SyncRecordRow;

/**
 * The configuration a municipality's devices hold: the {@code configuration} record as installed,
 * which may lag the file for the moment between a new file and its installation at start.
 */
@Singleton
public class InstalledConfiguration {
  private final SyncRecordRepository records;

  public InstalledConfiguration(SyncRecordRepository records) {
    this.records = records;
  }

  /** Empty for a municipality without a configuration file. */
  public Optional<MunicipalityConfig> of(String tenantId) {
    return records.findById(MunicipalityConfig.idFor(tenantId).toString())
        .filter(row -> !row.deleted())
        .map(InstalledConfiguration::read);
  }

  private static MunicipalityConfig read(SyncRecordRow row) {
    try {
      return Json.MAPPER.readValue(row.data(), MunicipalityConfig.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored configuration " + row.id() + " does not parse", e);
    }
  }
}
