package nl.trede.server.sync;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.trede.domain.DomainRecord;

/**
 * The records one push reads and writes. Reads go to the database once per record (the push's own
 * records in one query up front); writes are kept here, so later mutations of the same push see
 * them, and go to the database in two batches when the push ends.
 */
final class WorkingSet {
  private final SyncRecordRepository records;
  private final RecordRows writes;
  private final Map<String, Optional<SyncRecordRow>> known = new HashMap<>();
  private final Map<String, SyncRecordRow> inserts = new LinkedHashMap<>();
  private final Map<String, SyncRecordRow> updates = new LinkedHashMap<>();
  private final Map<String, DomainRecord> parsed = new HashMap<>();

  WorkingSet(SyncRecordRepository records, RecordRows writes) {
    this.records = records;
    this.writes = writes;
  }

  /** One query for the records a push names; the ones not found are known not to exist. */
  void preload(Collection<String> ids) {
    List<String> unknown = ids.stream().filter(id -> !known.containsKey(id)).distinct().toList();
    if (unknown.isEmpty()) {
      return;
    }
    unknown.forEach(id -> known.put(id, Optional.empty()));
    records.findByIdIn(unknown).forEach(row -> known.put(row.id(), Optional.of(row)));
  }

  Optional<SyncRecordRow> find(String id) {
    return known.computeIfAbsent(id, records::findById);
  }

  /**
   * The live records of a type in a candidate's file, as this push leaves them: the stored ones
   * read once, with the push's own writes on top.
   */
  List<SyncRecordRow> inFile(String tenantId, String candidateId, String type) {
    Map<String, SyncRecordRow> rows = new LinkedHashMap<>();
    for (SyncRecordRow row : records.liveInFile(tenantId, candidateId, type)) {
      known.putIfAbsent(row.id(), Optional.of(row));
      rows.put(row.id(), known.get(row.id()).orElse(row));
    }
    for (Map<String, SyncRecordRow> pending : List.of(inserts, updates)) {
      pending.values().stream()
          .filter(r -> candidateId.equals(r.candidateId()) && type.equals(r.type()))
          .forEach(r -> rows.put(r.id(), r));
    }
    rows.values().removeIf(SyncRecordRow::deleted);
    return List.copyOf(rows.values());
  }

  /** @param record what the row's data holds; {@code null} for a tombstone */
  void write(SyncRecordRow row, DomainRecord record) {
    boolean stored = find(row.id()).isPresent() && !inserts.containsKey(row.id());
    (stored ? updates : inserts).put(row.id(), row);
    known.put(row.id(), Optional.of(row));
    parsed.put(row.id(), record);
  }

  /** Writes what the push changed; returns those rows. */
  List<WrittenRecord> flush() {
    List<WrittenRecord> written = new java.util.ArrayList<>(inserts.size() + updates.size());
    for (Map<String, SyncRecordRow> pending : List.of(inserts, updates)) {
      pending.values().forEach(row -> written.add(new WrittenRecord(row, parsed.get(row.id()))));
    }
    writes.insert(inserts.values());
    writes.update(updates.values());
    inserts.clear();
    updates.clear();
    parsed.clear();
    return written;
  }
}
