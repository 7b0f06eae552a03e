package nl.trede.client.ui.placement;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.trede.config.MunicipalityConfig;
import nl.trede.domain.placement.DisplacementCheck;
import nl.trede.domain.placement.Placement;
import nl.trede.domain.placement.PlacementKind;

/**
 * "Verdringing uitgesloten" as edited: what the professional established about displacement (001
 * §2.1.3: "uitsluitend ... als hierdoor geen verdringing op de arbeidsmarkt plaatsvindt"), shown for
 * the kinds the municipality's {@code placements.displacementCheck} names, and for a placement that
 * already carries a check. Its own class so the placement form's presenter stays one job.
 */
public final class DisplacementSection {
  private final StringProperty finding = new SimpleStringProperty("");
  private final DisplacementCheck loaded;
  private final BooleanBinding shown;

  DisplacementSection(MunicipalityConfig config, ObjectProperty<PlacementKind> kind, Placement existing) {
    this.loaded = existing == null ? null : existing.displacementCheck();
    if (loaded != null) {
      finding.set(Objects.toString(loaded.finding(), ""));
    }
    shown = Bindings.createBooleanBinding(() -> loaded != null
        || config.placements() != null && config.placements().requiresDisplacementCheck(kind.get()), kind);
  }

  /**
   * The check to save: none while the section is hidden or the finding is empty (the rule then
   * refuses a kind that needs one); the one opened while its finding is unchanged, so opening and
   * saving a form keeps who established it and when; else a new one, by whoever writes the finding,
   * today: they vouch for what it now says.
   */
  DisplacementCheck build(UUID user, LocalDate today) {
    String text = finding.get() == null || finding.get().isBlank() ? null : finding.get().strip();
    if (!shown.get() || text == null) {
      return null;
    }
    return loaded != null && text.equals(loaded.finding()) ? loaded : new DisplacementCheck(today, user, text);
  }

  public StringProperty finding() {
    return finding;
  }

  /** Whether the form shows the section. */
  public BooleanBinding shown() {
    return shown;
  }

  /** The check as recorded when the form was opened, for "vastgesteld op ... door ..."; null for none. */
  public DisplacementCheck loaded() {
    return loaded;
  }
}
