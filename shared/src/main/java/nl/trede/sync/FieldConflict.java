package nl.trede.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/**
 * The same field changed on two devices since the version one of them started from. Both values
 * are kept; the server's stays in the record until a person chooses.
 */
public record FieldConflict(
    UUID id,
    String field,
    JsonNode serverValue,
    JsonNode deviceValue,
    UUID mutationId,
    UUID deviceUserId,
    Instant detectedAt) {}
