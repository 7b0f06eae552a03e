package nl.trede.server.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import nl.trede.config.MunicipalityConfig;
import nl.trede.domain.Ids;
import nl.trede.domain.Role;
import nl.trede.server.accounts.Caller;
import nl.trede.server.accounts.Tenant;
import nl.trede.server.accounts.TenantRepository;
import nl.trede.server.accounts.User;
import nl.trede.server.accounts.UserRepository;
import nl.trede.server.audit.AuditEventRepository;
import nl.trede.server.config.Municipalities;
import nl.trede.server.support.ApiClient;
import nl.trede.server.support.ApiClient.Answer;
import nl.trede.server.support.TestDatabases;
import nl.trede.server.sync.SyncRecordRepository;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Starting a municipality without the demo (docs/operations.md): on an empty database the operator's
 * settings make the municipality, install its configuration and make its first admin, who must
 * choose their own password; a second start changes nothing and needs the password no more; a
 * refused setting stops the start, names the setting and the rule, and leaves nothing behind. Each
 * test starts real servers itself, since a refused start is what it looks at. Run on SQLite and
 * PostgreSQL by its subclasses.
 */
abstract class MunicipalitySetupContract {
  static final String FIRST_PASSWORD = "eerste wachtwoord van de beheerder";

  /** A fresh database's server properties. */
  protected abstract Map<String, String> database();

  /** An empty database as a real installation meets it: no demo. */
  Map<String, String> empty() {
    return TestDatabases.installation(database());
  }

  static EmbeddedServer start(Map<String, String> properties) {
    String[] environments = properties.containsKey("micronaut.environments")
        ? properties.get("micronaut.environments").split(",") : new String[0];
    return ApplicationContext.run(EmbeddedServer.class, new HashMap<>(properties), environments);
  }

  static void assertRefused(Map<String, String> properties, String setting, String rule) {
    assertThatThrownBy(() -> start(properties).close()).satisfies(e -> {
      Throwable cause = e;
      while (cause != null && !(cause instanceof SetupException)) {
        cause = cause.getCause();
      }
      assertThat(cause).as("a refused setup, in " + e).isNotNull();
      assertThat(cause.getMessage()).contains(setting).contains("(rule: " + rule + ")");
      String password = properties.get("trede.setup.admin-password");
      if (!password.isEmpty()) {
        assertThat(cause.getMessage()).as("the password is never shown").doesNotContain(password);
      }
    });
  }

  private static List<User> users(EmbeddedServer server) {
    return StreamSupport.stream(server.getApplicationContext().getBean(UserRepository.class).findAll().spliterator(),
        false).toList();
  }

  private static List<String> tenants(EmbeddedServer server) {
    return StreamSupport.stream(server.getApplicationContext().getBean(TenantRepository.class).findAll().spliterator(),
        false).map(Tenant::id).toList();
  }

  @Test
  void anEmptyDatabaseGetsTheMunicipalityItsConfigurationAndOneAdminWhoMustChooseTheirOwnPassword() {
    Map<String, String> setup = TestDatabases.withSetup(empty(), "wijchen", "beheer.wijchen", FIRST_PASSWORD);
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    ListAppender<ILoggingEvent> logs = new ListAppender<>();
    logs.start();
    root.addAppender(logs);
    User admin;
    try (EmbeddedServer server = start(setup)) {
      ApplicationContext context = server.getApplicationContext();
      MunicipalityConfig config = context.getBean(Municipalities.class).find("wijchen").orElseThrow();
      assertThat(tenants(server)).containsExactly("wijchen");
      assertThat(context.getBean(TenantRepository.class).findById("wijchen").orElseThrow().name()).isEqualTo(config.name());
      assertThat(context.getBean(SyncRecordRepository.class).findById(MunicipalityConfig.idFor("wijchen").toString()))
          .as("the configuration every device pulls").isPresent();
      assertThat(users(server)).hasSize(1);
      admin = users(server).get(0);
      assertThat(admin.tenantId()).isEqualTo("wijchen");
      assertThat(admin.role()).isEqualTo(Role.ADMIN);
      assertThat(admin.username()).isEqualTo("beheer.wijchen");
      assertThat(admin.active()).isTrue();
      assertThat(admin.passwordChangeRequired()).as("the first password is the operator's").isTrue();
      assertThat(context.getBean(AuditEventRepository.class).findByTenantIdOrderByAt("wijchen")).anySatisfy(e -> {
        assertThat(e.action()).isEqualTo("admin.create-user");
        assertThat(e.recordId()).isEqualTo(admin.id());
        assertThat(e.userId()).isEqualTo(Caller.SYSTEM_USER);
      });
      try (HttpClient http = HttpClient.create(server.getURL())) {
        Answer login = new ApiClient(http.toBlocking()).loginAnswer("beheer.wijchen", FIRST_PASSWORD, Ids.newId(), null);
        assertThat(login.status()).as("password-change-required: the hash is of the operator's password").isEqualTo(403);
      }
    } finally {
      root.detachAppender(logs);
    }
    assertThat(logs.list).as("the password is never logged").isNotEmpty()
        .noneSatisfy(e -> assertThat(e.getFormattedMessage()).contains(FIRST_PASSWORD));

    Map<String, String> withoutPassword = new HashMap<>(setup);
    withoutPassword.remove("trede.setup.admin-password");
    for (Map<String, String> restart : List.of(setup, withoutPassword)) {
      try (EmbeddedServer again = start(restart)) {
        assertThat(tenants(again)).containsExactly("wijchen");
        assertThat(users(again)).as("a second start changes nothing").containsExactly(admin);
      }
    }
  }

  @Test
  void aRefusedSettingStopsTheStartNamesTheSettingAndTheRuleAndLeavesNothingWritten() {
    Map<String, String> empty = empty();
    String password = "trede.setup.admin-password (TREDE_SETUP_ADMIN_PASSWORD)";
    String username = "trede.setup.admin-username (TREDE_SETUP_ADMIN_USERNAME)";

    assertRefused(TestDatabases.withSetup(empty, "atlantis", "beheer", FIRST_PASSWORD),
        "trede.setup.municipality (TREDE_SETUP_MUNICIPALITY)", "known");
    assertRefused(TestDatabases.withSetup(empty, "wijchen", "beheer", "kort1234"), password, "min-length");
    assertRefused(TestDatabases.withSetup(empty, "wijchen", "beheer", ""), password, "required");
    assertRefused(TestDatabases.withSetup(empty, "wijchen", "", FIRST_PASSWORD), username, "required");
    assertRefused(TestDatabases.withSetup(empty, "wijchen", "beheer wijchen", FIRST_PASSWORD), username,
        "username-format");
    Map<String, String> withDemo = TestDatabases.withSetup(empty, "wijchen", "beheer", FIRST_PASSWORD);
    withDemo.put("trede.demo.enabled", "true");
    assertRefused(withDemo, "trede.setup.municipality", "no-demo");

    try (EmbeddedServer server = start(empty)) {
      assertThat(tenants(server)).as("no municipality half made").isEmpty();
      assertThat(users(server)).isEmpty();
    }
  }

  @Test
  void aUsernameTakenInAnotherMunicipalityLeavesTheNewOneUnmade() {
    Map<String, String> empty = empty();
    start(TestDatabases.withSetup(empty, "dalfsen", "beheer", FIRST_PASSWORD)).close();

    assertRefused(TestDatabases.withSetup(empty, "wijchen", "beheer", FIRST_PASSWORD),
        "trede.setup.admin-username (TREDE_SETUP_ADMIN_USERNAME)", "taken");

    try (EmbeddedServer server = start(empty)) {
      assertThat(tenants(server)).as("Wijchen's tenant went with its refused admin").containsExactly("dalfsen");
      assertThat(users(server)).hasSize(1);
    }
  }
}
