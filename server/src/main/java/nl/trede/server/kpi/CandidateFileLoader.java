package nl.trede.server.kpi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.trede.domain.CandidateFile;
import nl.trede.domain.Json;
import nl.trede.domain.Violations;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.ladder.LadderStep;
import nl.trede.domain.placement.Placement;
import nl.trede.server.sync.RecordHistory;
import nl.trede.server.sync.RecordHistoryRepository;
import nl.trede.server.sync.SyncRecordRepository;
import nl.trede.server.sync.SyncRecordRow;
import nl.trede.sync.RecordType;

/**
 * Reads a municipality's candidate files from the synced records: each live candidate with its
 * ladder steps, placements and contacts, and the versions of the candidate record (dated by the day
 * the server received them) for classifications on past days. Deleted records are left out: a
 * tombstone means the record should not have existed (a duplicate, a mistake).
 */
@Singleton
public class CandidateFileLoader {
  private final SyncRecordRepository records;
  private final RecordHistoryRepository histories;

  public CandidateFileLoader(SyncRecordRepository records, RecordHistoryRepository histories) {
    this.records = records;
    this.histories = histories;
  }

  public List<CandidateFile> load(String tenantId) {
    Map<String, List<LadderStep>> steps = inFiles(tenantId, RecordType.LADDER_STEP, LadderStep.class);
    Map<String, List<Placement>> placements = inFiles(tenantId, RecordType.PLACEMENT, Placement.class);
    Map<String, List<Contact>> contacts = inFiles(tenantId, RecordType.CONTACT, Contact.class);
    Map<String, List<CandidateFile.Version>> versions = new HashMap<>();
    for (RecordHistory h : histories.ofType(tenantId, RecordType.CANDIDATE.wireName())) {
      JsonNode data = tree(h.data());
      if (data.isObject()) {
        LocalDate day = h.changedAt().atZone(Violations.ZONE).toLocalDate();
        versions.computeIfAbsent(h.key().recordId(), k -> new ArrayList<>())
            .add(new CandidateFile.Version(day, convert(data, Candidate.class, h.key().recordId())));
      }
    }
    List<CandidateFile> files = new ArrayList<>();
    for (SyncRecordRow row : records.liveOfType(tenantId, RecordType.CANDIDATE.wireName())) {
      Candidate candidate = convert(tree(row.data()), Candidate.class, row.id());
      files.add(new CandidateFile(candidate, steps.getOrDefault(row.id(), List.of()),
          placements.getOrDefault(row.id(), List.of()), contacts.getOrDefault(row.id(), List.of()),
          versions.getOrDefault(row.id(), List.of())));
    }
    return files;
  }

  /** Live records of a type that belong to a candidate's file, by candidate id. */
  private <T> Map<String, List<T>> inFiles(String tenantId, RecordType type, Class<T> kind) {
    Map<String, List<T>> byCandidate = new HashMap<>();
    for (SyncRecordRow row : records.liveOfType(tenantId, type.wireName())) {
      if (row.candidateId() != null) {
        byCandidate.computeIfAbsent(row.candidateId(), k -> new ArrayList<>())
            .add(convert(tree(row.data()), kind, row.id()));
      }
    }
    return byCandidate;
  }

  private static JsonNode tree(String json) {
    try {
      return Json.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON does not parse", e);
    }
  }

  private static <T> T convert(JsonNode data, Class<T> kind, String id) {
    try {
      return Json.MAPPER.treeToValue(data, kind);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored " + kind.getSimpleName() + " " + id + " does not parse", e);
    }
  }
}
