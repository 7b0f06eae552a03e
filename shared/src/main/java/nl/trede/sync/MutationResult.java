package nl.trede.sync;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import nl.trede.domain.Violation;

/** The server's answer to one mutation of a push. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "outcome")
@JsonSubTypes({
    @JsonSubTypes.Type(value = MutationResult.Applied.class, name = "applied"),
    @JsonSubTypes.Type(value = MutationResult.Conflicted.class, name = "conflict"),
    @JsonSubTypes.Type(value = MutationResult.Rejected.class, name = "rejected")
})
public sealed interface MutationResult {
  UUID mutationId();

  UUID recordId();

  /**
   * Branches on the outcome with one function per case. Java 17 has no switch on sealed types, and
   * an {@code instanceof} chain compiles without the case a new outcome adds; a new outcome adds a
   * parameter here, so every caller fails to compile until it handles it (decision 0035).
   */
  <T> T match(Function<Applied, T> applied, Function<Conflicted, T> conflicted, Function<Rejected, T> rejected);

  /**
   * Applied in full; the record now has {@code version}.
   *
   * @param afterHandover a history record taken into a file its author had left meanwhile
   *     (sync-protocol.md, "When a file leaves a caseload"): the device tells its user, because
   *     the file is about to leave the device. Written only when true; an answer stored before
   *     it existed reads as false.
   */
  record Applied(UUID mutationId, UUID recordId, long version,
      @JsonInclude(JsonInclude.Include.NON_DEFAULT) Boolean afterHandover) implements MutationResult {
    public Applied {
      afterHandover = Boolean.TRUE.equals(afterHandover);
    }

    public Applied(UUID mutationId, UUID recordId, long version) {
      this(mutationId, recordId, version, false);
    }

    @Override
    public <T> T match(Function<Applied, T> applied, Function<Conflicted, T> conflicted,
        Function<Rejected, T> rejected) {
      return applied.apply(this);
    }
  }

  /**
   * Applied except for the listed fields, which another device changed too; those are kept as
   * open conflicts for a person to resolve.
   */
  record Conflicted(UUID mutationId, UUID recordId, long version, List<FieldConflict> conflicts)
      implements MutationResult {
    @Override
    public <T> T match(Function<Applied, T> applied, Function<Conflicted, T> conflicted,
        Function<Rejected, T> rejected) {
      return conflicted.apply(this);
    }
  }

  /** Nothing of the mutation was written; the device keeps it visible with these reasons. */
  record Rejected(UUID mutationId, UUID recordId, List<Violation> violations)
      implements MutationResult {
    @Override
    public <T> T match(Function<Applied, T> applied, Function<Conflicted, T> conflicted,
        Function<Rejected, T> rejected) {
      return rejected.apply(this);
    }
  }
}
