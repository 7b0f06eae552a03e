package nl.trede.server.sync;

import nl.trede.domain.DomainRecord;

/**
 * A record a push wrote, with the domain record its data holds (already parsed and validated by
 * the push, so whoever derives from it need not read the JSON again); {@code null} for a tombstone.
 */
public record WrittenRecord(SyncRecordRow row, DomainRecord record) {}
