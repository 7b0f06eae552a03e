package nl.trede.server.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
  /**
   * The last configuration read per municipality with the text it was read from: a dashboard asks
   * several times per request, and parsing the file is the cost, not the primary-key read. Keyed
   * by the stored text, so a new version (installed here or by another instance) is read anew.
   */
  private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();

  private record Parsed(String data, MunicipalityConfig config) {}

  public InstalledConfiguration(SyncRecordRepository records) {
    this.records = records;
  }

  /** Empty for a municipality without a configuration file. */
  public Optional<MunicipalityConfig> of(String tenantId) {
    return records.findById(MunicipalityConfig.idFor(tenantId).toString())
        .filter(row -> !row.deleted())
        .map(row -> {
          Parsed last = parsed.get(tenantId);
          if (last != null && last.data().equals(row.data())) {
            return last.config();
          }
          MunicipalityConfig config = read(row);
          parsed.put(tenantId, new Parsed(row.data(), config));
          return config;
        });
  }

  private static MunicipalityConfig read(SyncRecordRow row) {
    try {
      return Json.MAPPER.readValue(row.data(), MunicipalityConfig.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored configuration " + row.id() + " does not parse", e);
    }
  }
}
