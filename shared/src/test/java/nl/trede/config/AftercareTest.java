package nl.trede.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.trede.config.ContactDue.Basis;
import nl.trede.domain.Fixtures;
import nl.trede.domain.Ids;
import nl.trede.domain.Json;
import nl.trede.domain.Violations;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.CandidateFile;
import nl.trede.domain.candidate.Exit;
import nl.trede.domain.candidate.ExitReason;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.contact.LocationType;
import org.junit.jupiter.api.Test;

/**
 * Nazorg (002 §3.4.2: "nog een aantal keer contact"): after an exit to work on Tuesday 1 September
 * 2026, contacts at 14, 42 and 91 days, so on 15 September, 13 October and 1 December 2026.
 */
class AftercareTest {
  private static final LocalDate EXIT = LocalDate.of(2026, 9, 1);
  private final MunicipalityConfig config = withAftercare(Fixtures.config());

  static MunicipalityConfig withAftercare(MunicipalityConfig c) {
    ContactPolicy p = c.contactPolicy();
    return new MunicipalityConfig(c.id(), c.municipality(), c.name(), c.version(), c.source(), c.dimensions(),
        c.caseloadGroups(), c.budgetLines(), c.instruments(),
        new ContactPolicy(p.defaultFrequencyDays(), p.rules(), new Aftercare(List.of(14, 42, 91), "002 §3.4.2")),
        c.kpis(), c.migrations(), c.socialReturn(), c.jobcoaching(), c.referralTargets(), c.obligations());
  }

  private static CandidateFile closed(ExitReason reason, Contact... contacts) {
    var json = (com.fasterxml.jackson.databind.node.ObjectNode) Json.MAPPER.valueToTree(Fixtures.candidate());
    json.set("exit", Json.MAPPER.valueToTree(new Exit(EXIT, reason)));
    try {
      return new CandidateFile(Json.MAPPER.treeToValue(json, Candidate.class), List.of(), List.of(), List.of(contacts));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Contact aftercare(LocalDate on, boolean noShow) {
    return new Contact(Ids.newId(), Fixtures.CANDIDATE, null, Fixtures.COACH, LocationType.PHONE,
        on.atTime(10, 0).atZone(Violations.ZONE).toInstant(), 15, null, "Gaat het goed op het werk?", null, null,
        noShow, true, null);
  }

  @Test
  void theFirstStepIsDueAtTheExitPlusItsDays() {
    var file = closed(ExitReason.WORK);

    assertThat(ContactDue.of(config, file, LocalDate.of(2026, 9, 2)))
        .contains(new ContactDue(LocalDate.of(2026, 9, 15), Basis.AFTERCARE, 14));
    assertThat(ContactDue.of(config, file, LocalDate.of(2026, 9, 20)).orElseThrow().overdue(LocalDate.of(2026, 9, 20)))
        .as("nobody called: late").isTrue();
  }

  @Test
  void eachAftercareConversationMeetsOneStepSoTheNextComesDue() {
    var one = closed(ExitReason.WORK, aftercare(LocalDate.of(2026, 9, 16), false));
    var two = closed(ExitReason.WORK, aftercare(LocalDate.of(2026, 9, 16), false),
        aftercare(LocalDate.of(2026, 10, 12), false));

    assertThat(ContactDue.of(config, one, LocalDate.of(2026, 9, 20)))
        .contains(new ContactDue(LocalDate.of(2026, 10, 13), Basis.AFTERCARE, 42));
    assertThat(ContactDue.of(config, two, LocalDate.of(2026, 10, 20)))
        .contains(new ContactDue(LocalDate.of(2026, 12, 1), Basis.AFTERCARE, 91));
  }

  @Test
  void afterTheLastStepNothingIsDue() {
    var done = closed(ExitReason.WORK, aftercare(LocalDate.of(2026, 9, 15), false),
        aftercare(LocalDate.of(2026, 10, 13), false), aftercare(LocalDate.of(2026, 11, 20), false));

    assertThat(ContactDue.of(config, done, Fixtures.TODAY)).isEmpty();
  }

  @Test
  void aNoShowAnOrdinaryContactAndOneBeforeTheExitMeetNoStep() {
    Contact ordinary = new Contact(Ids.newId(), Fixtures.CANDIDATE, null, Fixtures.COACH, LocationType.PHONE,
        LocalDate.of(2026, 9, 16).atTime(10, 0).atZone(Violations.ZONE).toInstant(), 15, null, null, null, null,
        false, false, null);
    var file = closed(ExitReason.WORK, aftercare(LocalDate.of(2026, 9, 16), true), ordinary,
        aftercare(LocalDate.of(2026, 8, 30), false));

    assertThat(ContactDue.of(config, file, LocalDate.of(2026, 9, 20)))
        .contains(new ContactDue(LocalDate.of(2026, 9, 15), Basis.AFTERCARE, 14));
  }

  @Test
  void anAftercareContactCorrectedAwayMeetsNoStep() {
    Contact call = aftercare(LocalDate.of(2026, 9, 16), false);
    Contact notAftercare = new Contact(Ids.newId(), call.candidateId(), null, call.authorId(), call.location(),
        call.occurredAt(), call.durationMinutes(), null, call.summary(), null, null, false, false, call.id());
    var corrected = closed(ExitReason.WORK, call, notAftercare);
    var withdrawn = closed(ExitReason.WORK, call, call.withdrawal(Ids.newId(), Fixtures.COACH));

    assertThat(ContactDue.of(config, corrected, LocalDate.of(2026, 9, 20)).map(ContactDue::due))
        .contains(LocalDate.of(2026, 9, 15));
    assertThat(ContactDue.of(config, withdrawn, LocalDate.of(2026, 9, 20)).map(ContactDue::due))
        .contains(LocalDate.of(2026, 9, 15));
  }

  @Test
  void anExitForAnotherReasonOrWithoutScheduleHasNoAftercare() {
    assertThat(ContactDue.of(config, closed(ExitReason.SELF_EMPLOYMENT), LocalDate.of(2026, 9, 2))).isEmpty();
    assertThat(ContactDue.of(config, closed(ExitReason.MOVED), LocalDate.of(2026, 9, 2))).isEmpty();
    assertThat(ContactDue.of(Fixtures.config(), closed(ExitReason.WORK), LocalDate.of(2026, 9, 2))).isEmpty();
  }

  @Test
  void beforeTheExitDateTheOpenFilesOwnContactIsDue() {
    var file = closed(ExitReason.WORK);

    assertThat(ContactDue.of(config, file, LocalDate.of(2026, 8, 31)).map(ContactDue::basis))
        .get().isNotEqualTo(Basis.AFTERCARE);
  }

  @Test
  void aScheduleOutOfOrderOrEmptyIsRefusedByField() {
    var bad = new Aftercare(List.of(42, 14), "x");
    Violations v = new Violations(Fixtures.CLOCK);
    Aftercare.check(v, bad);
    assertThat(v.toList()).singleElement()
        .satisfies(x -> assertThat(x.field()).isEqualTo("contactPolicy.aftercare.afterExitDays[1]"));
    Violations empty = new Violations(Fixtures.CLOCK);
    Aftercare.check(empty, new Aftercare(List.of(), "x"));
    assertThat(empty.toList()).extracting(nl.trede.domain.Violation::field)
        .containsExactly("contactPolicy.aftercare.afterExitDays");
  }
}
