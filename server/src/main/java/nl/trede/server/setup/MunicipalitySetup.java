package nl.trede.server.setup;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import nl.trede.config.MunicipalityConfig;
import nl.trede.domain.Violation;
import nl.trede.server.accounts.People;
import nl.trede.server.accounts.Tenant;
import nl.trede.server.accounts.TenantRepository;
import nl.trede.server.config.ConfigurationInstaller;
import nl.trede.server.config.Municipalities;
import nl.trede.server.sync.WriteQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a real municipality on a database without it, at server start: its tenant, its installed
 * configuration file and its first admin, whose password the operator chose and who replaces it at
 * the first login (docs/operations.md, decision 0045). Everything else (people, files, caseloads) the
 * admin then does in the console. The three are written in one transaction, so a refused value
 * leaves nothing behind; the tenant's primary key decides between two instances starting at once
 * (DESIGN §6): the one that inserts it sets up, the other finds it there. Once the municipality
 * exists the setup does nothing, so the settings may stay and the password may go.
 */
@Context
public class MunicipalitySetup {
  private static final Logger LOG = LoggerFactory.getLogger(MunicipalitySetup.class);
  static final String MUNICIPALITY = "trede.setup.municipality (TREDE_SETUP_MUNICIPALITY)";
  /** The setting (and its environment variable) behind each field a refused admin account names. */
  private static final Map<String, String> SETTINGS = Map.of(
      "username", "trede.setup.admin-username (TREDE_SETUP_ADMIN_USERNAME)",
      "displayName", "trede.setup.admin-name (TREDE_SETUP_ADMIN_NAME)",
      "password", "trede.setup.admin-password (TREDE_SETUP_ADMIN_PASSWORD)");

  private final TenantRepository tenants;
  private final People people;
  private final ConfigurationInstaller installer;
  private final TransactionOperations<Connection> transactions;
  private final WriteQueue writers;
  private final Clock clock;
  private final String adminUsername;
  private final String adminName;
  private final String adminPassword;
  /** The configured municipality's file; null when no setup is configured. */
  private final MunicipalityConfig config;

  /** What a start came to. */
  public enum Outcome { NOT_CONFIGURED, CREATED, EXISTS }

  public MunicipalitySetup(TenantRepository tenants, People people, ConfigurationInstaller installer,
      Municipalities municipalities, TransactionOperations<Connection> transactions, WriteQueue writers, Clock clock,
      @Value("${trede.setup.municipality:}") String municipality,
      @Value("${trede.setup.admin-username:}") String adminUsername,
      @Value("${trede.setup.admin-name:}") String adminName,
      @Value("${trede.setup.admin-password:}") String adminPassword,
      @Value("${trede.demo.enabled:false}") boolean demo) {
    this.tenants = tenants;
    this.people = people;
    this.installer = installer;
    this.transactions = transactions;
    this.writers = writers;
    this.clock = clock;
    this.adminUsername = adminUsername;
    this.adminName = adminName.isBlank() ? adminUsername : adminName;
    this.adminPassword = adminPassword;
    this.config = municipality.isBlank() ? null : check(municipalities, municipality.strip(), demo);
  }

  /**
   * What can be refused without the database, refused while the server is being built: before the
   * demo (or anything else) writes at startup.
   */
  private static MunicipalityConfig check(Municipalities municipalities, String municipality, boolean demo) {
    if (demo) {
      throw new SetupException(List.of(MUNICIPALITY + ": not with the demo (trede.demo.enabled, TREDE_DEMO),"
          + " which makes its own municipalities and accounts (rule: no-demo)"));
    }
    return municipalities.find(municipality).orElseThrow(() -> new SetupException(
        List.of(MUNICIPALITY + ": '" + municipality + "' has no configuration file; known: "
            + municipalities.all().stream().map(MunicipalityConfig::municipality).toList() + " (rule: known)")));
  }

  @EventListener
  void onStartup(StartupEvent event) {
    apply();
  }

  /**
   * Sets the configured municipality up if it does not exist yet.
   *
   * @throws SetupException naming the setting and the rule, when a value is refused; nothing is written
   */
  public Outcome apply() {
    if (config == null) {
      return Outcome.NOT_CONFIGURED;
    }
    String tenantId = config.municipality();
    if (tenants.existsById(tenantId)) {
      LOG.info("setup: municipality {} exists, nothing to do", tenantId);
      return Outcome.EXISTS;
    }
    try {
      return writers.serialised(() -> transactions.executeWrite(status -> create()));
    } catch (SetupException e) {
      throw e;
    } catch (RuntimeException e) {
      // Another instance inserted the tenant first: its transaction did the whole setup.
      if (tenants.existsById(tenantId)) {
        LOG.info("setup: municipality {} was set up by another instance", tenantId);
        return Outcome.EXISTS;
      }
      throw e;
    }
  }

  private Outcome create() {
    String tenantId = config.municipality();
    if (tenants.existsById(tenantId)) {
      return Outcome.EXISTS;
    }
    tenants.save(new Tenant(tenantId, config.name(), 0, clock.instant()));
    String adminId = people.createFirstAdmin(tenantId, adminUsername, adminName, adminPassword)
        .match(created -> created.created().user().id(), invalid -> {
          // Thrown inside the transaction: the tenant row goes with it.
          throw new SetupException(invalid.violations().stream().map(MunicipalitySetup::describe).toList());
        });
    if (!installer.install(tenantId)) {
      throw new IllegalStateException("setup: configuration of " + tenantId + " was not installed");
    }
    LOG.info("setup: municipality {} created with configuration version {} and its first admin user={}", tenantId,
        config.version(), adminId);
    return Outcome.CREATED;
  }

  /** The setting, the rule and what it asks; never the value (it may be the password). */
  private static String describe(Violation v) {
    return SETTINGS.getOrDefault(v.field(), v.field()) + ": " + v.message() + " (rule: " + v.rule() + ")";
  }
}
