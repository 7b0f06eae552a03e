package nl.trede.client.ui.kit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.trede.client.device.Device;
import nl.trede.client.store.LocalStore;
import nl.trede.client.store.StoredSession;
import nl.trede.config.ContactPolicy;
import nl.trede.config.MunicipalityConfig;
import nl.trede.domain.Role;
import nl.trede.domain.Violations;

/**
 * What every screen of a logged-in user works with: their store, the texts, the clock, who they are,
 * and the device the app runs on (to call a number or open a map: {@link OutsideLinks}).
 */
public record FieldContext(LocalStore store, Messages messages, Clock clock, StoredSession user, Device device) {

  public UUID userId() {
    return user.userId();
  }

  public Role role() {
    return user.role();
  }

  /** Dutch calendar days, whatever zone the device is set to. */
  public LocalDate today() {
    return LocalDate.now(clock.withZone(Violations.ZONE));
  }

  /** The municipality's configuration, as last synced. */
  public Optional<MunicipalityConfig> config() {
    return store.configuration();
  }

  /**
   * The configuration, or before the first sync (or for a municipality without one) a scheme with
   * no dimensions and the default contact frequency, so screens need no special case.
   */
  public MunicipalityConfig configOrDefault() {
    return config().orElseGet(() -> new MunicipalityConfig(MunicipalityConfig.idFor("onbekend"), "onbekend",
        user.tenantName(), 1, null, List.of(), List.of(), List.of(), List.of(), new ContactPolicy(42, List.of()),
        List.of(), List.of()));
  }
}
