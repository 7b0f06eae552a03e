package nl.trede.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.trede.domain.Fixtures;
import nl.trede.domain.Ids;
import nl.trede.domain.Json;

/**
 * Whatever devices edit from whatever base, no value is lost without a trace: every edit either
 * is the field's value afterwards, was overwritten by a later edit, or sits in a recorded conflict.
 * jqwik prints the seed of a failing run; replay it with {@code @Property(seed = "…")}.
 */
class MergePropertyTest {
  private static final List<String> FIELDS = List.of("contactPerson", "contactPhone", "address", "name");
  private static final List<UUID> DEVICES = List.of(
      UUID.fromString("0190a1b2-0000-7000-8000-0000000000d1"),
      UUID.fromString("0190a1b2-0000-7000-8000-0000000000d2"),
      UUID.fromString("0190a1b2-0000-7000-8000-0000000000d3"));

  record Edit(int device, String field, String value, int baseLag) {}

  @Provide
  Arbitrary<List<Edit>> edits() {
    Arbitrary<Edit> edit = Combinators.combine(
        Arbitraries.integers().between(0, DEVICES.size() - 1),
        Arbitraries.of(FIELDS),
        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(3),
        Arbitraries.integers().between(0, 3)).as(Edit::new);
    return edit.list().ofMinSize(1).ofMaxSize(25);
  }

  @Property(tries = 300)
  void noEditIsSilentlyLost(@ForAll("edits") List<Edit> edits) {
    StoredState state = ((MutationRules.Changed) MutationRules.apply(
        new Mutation(Ids.newId(), RecordType.EMPLOYER, Fixtures.EMPLOYER, MutationKind.CREATE, 0,
            Json.MAPPER.valueToTree(Fixtures.employer()), List.of(), Instant.now()),
        null, DEVICES.get(0), Fixtures.COACH, Fixtures.CLOCK)).next();
    List<FieldConflict> conflicts = new ArrayList<>();
    List<Edit> applied = new ArrayList<>();

    for (Edit e : edits) {
      long base = Math.max(1, state.version() - e.baseLag());
      ObjectNode fields = Json.MAPPER.createObjectNode().put(e.field(), e.value());
      MutationRules.Outcome outcome = MutationRules.apply(
          new Mutation(Ids.newId(), RecordType.EMPLOYER, Fixtures.EMPLOYER, MutationKind.UPDATE, base, fields,
              List.of(), Instant.now()), state, DEVICES.get(e.device()), Fixtures.COACH, Fixtures.CLOCK);
      if (outcome instanceof MutationRules.Changed changed) {
        assertThat(changed.next().version()).isEqualTo(state.version() + 1);
        conflicts.addAll(changed.conflicts());
        if (changed.conflicts().isEmpty()) {
          applied.add(e);
        }
        state = changed.next();
      } else {
        assertThat(outcome).isInstanceOf(MutationRules.Unchanged.class);
        applied.add(e);
      }
    }

    for (Edit e : edits) {
      JsonNode now = state.data().get(e.field());
      boolean isCurrent = now.asText().equals(e.value());
      boolean inConflict = conflicts.stream().anyMatch(c -> c.field().equals(e.field())
          && c.deviceValue().asText().equals(e.value()));
      boolean overwrittenLater = applied.contains(e) && applied.subList(applied.indexOf(e) + 1, applied.size())
          .stream().anyMatch(later -> later.field().equals(e.field()));
      assertThat(isCurrent || inConflict || overwrittenLater)
          .as("edit %s is neither the value, nor overwritten later, nor a conflict", e).isTrue();
    }
  }
}
