package nl.trede.client.ui.candidate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.trede.client.ui.candidate.CandidatePresenter.Classification;
import nl.trede.client.ui.kit.Messages;
import nl.trede.config.Dimension;
import nl.trede.config.DimensionValue;
import nl.trede.config.MunicipalityConfig;
import nl.trede.config.RungFit;

/**
 * The file's classification as the candidate page lists it, one row per dimension of the
 * municipality's scheme. Marked for review: a value the scheme no longer has, and a track the file's
 * rung is off (000 §4, {@link RungFit}), with the track the rung belongs with.
 */
final class ClassificationRows {
  private final Messages messages;
  private final MunicipalityConfig config;

  ClassificationRows(Messages messages, MunicipalityConfig config) {
    this.messages = messages;
    this.config = config;
  }

  List<Classification> of(Map<String, String> classification, Optional<Integer> rung) {
    Map<String, String> stale = config.staleValues(classification);
    Map<String, RungFit.Mismatch> offRung = RungFit.of(config, classification, rung).stream()
        .collect(Collectors.toMap(m -> m.dimension().key(), m -> m));
    List<Classification> rows = new ArrayList<>();
    for (Dimension d : config.dimensions()) {
      String value = classification.get(d.key());
      if (value == null) {
        rows.add(new Classification(d.label(), messages.get("classification.none"), false));
      } else if (stale.containsKey(d.key())) {
        rows.add(new Classification(d.label(), messages.get("classification.staleValue", value), true));
      } else if (offRung.containsKey(d.key())) {
        rows.add(new Classification(d.label(), offRung(offRung.get(d.key())), true));
      } else {
        rows.add(new Classification(d.label(), d.labelOf(value), false));
      }
    }
    stale.forEach((key, value) -> {
      if (config.dimension(key).isEmpty()) {
        rows.add(new Classification(key, messages.get("classification.staleValue", value), true));
      }
    });
    return rows;
  }

  /** "Focus op werk (past niet bij trede 3: hoort bij Focus op groei)". */
  private String offRung(RungFit.Mismatch m) {
    String belongs = RungFit.fitting(m.dimension(), m.rung()).stream().map(DimensionValue::label)
        .collect(Collectors.joining(" / "));
    return belongs.isEmpty()
        ? messages.get("classification.offRung", m.value().label(), m.rung())
        : messages.get("classification.offRungBelongs", m.value().label(), m.rung(), belongs);
  }
}
