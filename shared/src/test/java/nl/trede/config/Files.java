package nl.trede.config;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.domain.candidate.CandidateFile;
import nl.trede.domain.Fixtures;
import nl.trede.domain.Ids;
import nl.trede.domain.Json;
import nl.trede.domain.Violations;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.contact.LocationType;
import nl.trede.domain.ladder.LadderStep;

/** Small candidate files for tests of populations, conditions and contact rules. */
final class Files {
  private Files() {}

  static Candidate candidate(Map<String, String> classification) {
    var json = (com.fasterxml.jackson.databind.node.ObjectNode) Json.MAPPER.valueToTree(Fixtures.candidate());
    json.set("classification", Json.MAPPER.valueToTree(classification));
    try {
      return Json.MAPPER.treeToValue(json, Candidate.class);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static CandidateFile file(Map<String, String> classification, Contact... contacts) {
    return new CandidateFile(candidate(classification), List.of(), List.of(), List.of(contacts));
  }

  static Contact contact(LocalDate on, LocalDate next) {
    return new Contact(Ids.newId(), Fixtures.CANDIDATE, null, Fixtures.COACH, LocationType.HOME,
        on.atTime(10, 0).atZone(Violations.ZONE).toInstant(), 30, null, null, null, next, false, false, null);
  }

  static Contact noShow(LocalDate on, LocalDate next) {
    return new Contact(Ids.newId(), Fixtures.CANDIDATE, null, Fixtures.COACH, LocationType.HOME,
        on.atTime(10, 0).atZone(Violations.ZONE).toInstant(), 0, null, null, null, next, true, false, null);
  }

  static LadderStep step(Integer from, int to, LocalDate on, UUID corrects) {
    return new LadderStep(Ids.newId(), Fixtures.CANDIDATE, from, to, on, "reden", Fixtures.COACH, corrects);
  }
}
