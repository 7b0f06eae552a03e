package nl.trede.server.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.trede.config.MunicipalityConfig;
import nl.trede.domain.Ids;
import nl.trede.domain.Json;
import nl.trede.server.accounts.Caller;
import nl.trede.server.accounts.Tenant;
import nl.trede.server.accounts.TenantRepository;
import nl.trede.server.sync.SyncRecordRepository;
import nl.trede.server.sync.SyncRecordRow;
import nl.trede.server.sync.PushService;
import nl.trede.sync.Mutation;
import nl.trede.sync.MutationKind;
import nl.trede.sync.MutationResult;
import nl.trede.sync.Protocol;
import nl.trede.sync.RecordType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a municipality's configuration file into its tenant, as the {@code configuration} record
 * every device pulls, when the file is newer than what is installed; then carries the candidates'
 * classifications over by the file's migrations. Both go through the sync service, so devices
 * receive them in order and the audit log shows them. Safe when several instances start at once:
 * a second installer finds the same values already in place and changes nothing.
 */
@Singleton
public class ConfigurationInstaller {
  private static final Logger LOG = LoggerFactory.getLogger(ConfigurationInstaller.class);

  private final Municipalities municipalities;
  private final TenantRepository tenants;
  private final SyncRecordRepository records;
  private final PushService sync;
  private final Clock clock;

  public ConfigurationInstaller(Municipalities municipalities, TenantRepository tenants,
      SyncRecordRepository records, PushService sync, Clock clock) {
    this.municipalities = municipalities;
    this.tenants = tenants;
    this.records = records;
    this.sync = sync;
    this.clock = clock;
  }

  @EventListener
  @Order(10)
  void onStartup(StartupEvent event) {
    for (Tenant tenant : tenants.findAll()) {
      install(tenant.id());
    }
  }

  /** Installs the municipality's file if it is newer; true when something was installed. */
  public boolean install(String tenantId) {
    Optional<MunicipalityConfig> file = municipalities.find(tenantId);
    if (file.isEmpty()) {
      LOG.warn("no configuration file for municipality {}: classifications are not checked", tenantId);
      return false;
    }
    MunicipalityConfig config = file.get();
    Optional<SyncRecordRow> stored = records.findById(MunicipalityConfig.idFor(tenantId).toString());
    int installed = stored.filter(r -> !r.deleted()).map(r -> read(r.data()).path("version").asInt(0)).orElse(0);
    if (installed >= config.version()) {
      return false;
    }
    Caller system = Caller.system(tenantId);
    ObjectNode fields = Json.MAPPER.valueToTree(config);
    Mutation mutation = new Mutation(Ids.newId(), RecordType.CONFIGURATION, config.id(),
        stored.isPresent() ? MutationKind.UPDATE : MutationKind.CREATE, stored.map(SyncRecordRow::version).orElse(0L),
        fields, List.of(), clock.instant());
    MutationResult result = sync.push(system, List.of(mutation), "server").get(0);
    if (result instanceof MutationResult.Rejected rejected) {
      // Another instance installed it a moment earlier (duplicate id), or a bug: either way, say so.
      LOG.warn("configuration {} version {} not installed: {}", tenantId, config.version(), rejected.violations());
      return false;
    }
    LOG.info("configuration {} version {} installed (was {})", tenantId, config.version(), installed);
    if (installed > 0) {
      migrateClassifications(system, config, installed);
    }
    return true;
  }

  /**
   * Renames classification values by the file's migrations. Values the new scheme no longer knows
   * and no migration maps stay as they are: the console and the app show them as "te herzien".
   */
  private void migrateClassifications(Caller system, MunicipalityConfig config, int fromVersion) {
    List<Mutation> changes = new ArrayList<>();
    int stale = 0;
    for (SyncRecordRow row : records.liveOfType(system.tenantId(), RecordType.CANDIDATE.wireName())) {
      ObjectNode data = read(row.data());
      Map<String, String> before = Json.MAPPER.convertValue(data.path("classification"),
          Json.MAPPER.getTypeFactory().constructMapType(java.util.TreeMap.class, String.class, String.class));
      Map<String, String> after = config.migrate(before == null ? Map.of() : before, fromVersion);
      if (!after.equals(before)) {
        changes.add(new Mutation(Ids.newId(), RecordType.CANDIDATE, java.util.UUID.fromString(row.id()),
            MutationKind.UPDATE, row.version(), Json.MAPPER.createObjectNode()
                .set("classification", Json.MAPPER.valueToTree(after)), List.of(), clock.instant()));
      }
      if (!config.staleValues(after).isEmpty()) {
        stale++;
      }
    }
    for (int from = 0; from < changes.size(); from += Protocol.MAX_MUTATIONS_PER_PUSH) {
      sync.push(system, changes.subList(from, Math.min(changes.size(), from + Protocol.MAX_MUTATIONS_PER_PUSH)),
          "server");
    }
    LOG.info("configuration {}: classifications migrated={} still to review={}", system.tenantId(),
        changes.size(), stale);
  }

  private static ObjectNode read(String json) {
    try {
      return (ObjectNode) Json.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON does not parse", e);
    }
  }
}
