package nl.trede.client.store;

import java.time.Instant;
import java.util.List;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.Violation;
import nl.trede.sync.RecordType;

/** A contact, ladder step or coaching-hours entry in a candidate's file, newest first. */
public record TimelineEntry(
    RecordType type, Instant at, DomainRecord record, SyncState syncState, List<Violation> errors) {}
