package nl.trede.domain.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import nl.trede.domain.BrokenRules;
import nl.trede.domain.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/** A contact's rules. */
class ContactRulesTest extends BrokenRules {
  static Stream<Arguments> brokenRules() {
    return Stream.of(
        arguments("contact with neither candidate nor employer", Fixtures.with(Fixtures.contact(), "candidateId", null), "candidateId", "candidate-or-employer"),
        arguments("contact without location", Fixtures.with(Fixtures.contact(), "location", null), "location", "required"),
        arguments("contact tomorrow after next", Fixtures.with(Fixtures.contact(), "occurredAt", "2026-11-26T09:00:00Z"), "occurredAt", "not-in-future"),
        arguments("contact of zero minutes that was held", Fixtures.with(Fixtures.contact(), "durationMinutes", 0), "durationMinutes", "range"),
        arguments("contact of eleven hours", Fixtures.with(Fixtures.contact(), "durationMinutes", 660), "durationMinutes", "range"),
        arguments("next contact before this one", Fixtures.with(Fixtures.contact(), "nextContactDate", "2026-11-01"), "nextContactDate", "after-contact"),
        arguments("next contact in 2205", Fixtures.with(Fixtures.contact(), "nextContactDate", "2205-11-01"), "nextContactDate", "plausible-date"),
        arguments("contact correcting itself", Fixtures.with(Fixtures.contact(), "correctsId", Fixtures.contact().id()), "correctsId", "not-self"),
        arguments("withdrawal naming nothing", Fixtures.with(Fixtures.contact(), "withdrawn", true), "correctsId", "required-to-withdraw"),
        arguments("workplace signal with an employer but no candidate (002 §3.4.3)", signalWithoutCandidate(), "signals", "candidate-required"));
  }

  private static Contact signalWithoutCandidate() {
    Contact withEmployer = (Contact) Fixtures.with(Fixtures.contact(), "employerId", Fixtures.EMPLOYER);
    return ((Contact) Fixtures.with(withEmployer, "candidateId", null))
        .withSignals(java.util.Set.of(WorkplaceSignal.THREATENED_JOB_LOSS));
  }

  @Test
  void aContactWithoutASignalIsWrittenWithoutTheFieldAndOneFromBeforeSignalsReadsAsNone() throws Exception {
    // Left out when empty: a server from before signals refuses a field it does not know, and
    // every contact without a signal must still reach it from this app.
    com.fasterxml.jackson.databind.node.ObjectNode json = nl.trede.domain.Json.MAPPER.valueToTree(Fixtures.contact());
    assertThat(json.has("signals")).isFalse();

    assertThat(nl.trede.domain.Json.MAPPER.treeToValue(json, Contact.class).signals()).isEmpty();
    json.putNull("signals");
    assertThat(nl.trede.domain.Json.MAPPER.treeToValue(json, Contact.class)).isEqualTo(Fixtures.contact());
  }

  @Test
  void signalsTravelInAFixedOrderWhateverOrderTheyWereGivenIn() throws Exception {
    Contact both = Fixtures.contact().withSignals(new java.util.LinkedHashSet<>(java.util.List.of(
        WorkplaceSignal.TRAINING_OR_SUPPORT_NEED, WorkplaceSignal.THREATENED_JOB_LOSS)));

    String json = nl.trede.domain.Json.MAPPER.writeValueAsString(both);

    assertThat(json).contains("\"signals\":[\"THREATENED_JOB_LOSS\",\"TRAINING_OR_SUPPORT_NEED\"]");
    assertThat(nl.trede.domain.Json.MAPPER.readValue(json, Contact.class)).isEqualTo(both);
    assertThat(both.validate(Fixtures.CLOCK)).isEmpty();
  }

  @Test
  void aWithdrawalAndAnUndoneCorrectionCarryTheSignalsOfWhatTheyRepeat() {
    Contact signalled = Fixtures.contact().withSignals(java.util.Set.of(WorkplaceSignal.THREATENED_JOB_LOSS));
    java.util.UUID by = java.util.UUID.randomUUID();

    assertThat(signalled.withdrawal(java.util.UUID.randomUUID(), by).signals())
        .containsExactly(WorkplaceSignal.THREATENED_JOB_LOSS);
    Contact correction = new Contact(java.util.UUID.randomUUID(), signalled.candidateId(), null, by,
        LocationType.WORKPLACE, signalled.occurredAt(), 30, null, "Toch geen risico", null, null, false, false,
        signalled.id());
    Contact undone = correction.undoing(java.util.UUID.randomUUID(), by, signalled);
    assertThat(undone.signals()).containsExactly(WorkplaceSignal.THREATENED_JOB_LOSS);
    assertThat(undone.withdrawn()).isFalse();
  }

  @Test
  void aWithdrawalIsTheSameContactNamingTheOneItTakesBackAndIsValid() {
    Contact contact = Fixtures.contact();
    Contact withdrawal = contact.withdrawal(java.util.UUID.randomUUID(), java.util.UUID.randomUUID());

    assertThat(withdrawal.withdrawn()).isTrue();
    assertThat(withdrawal.correctsId()).isEqualTo(contact.id());
    assertThat(withdrawal.occurredAt()).isEqualTo(contact.occurredAt());
    assertThat(withdrawal.validate(Fixtures.CLOCK)).isEmpty();
    assertThat(contact.withdrawn()).isFalse();
  }

  @Test
  void aContactStoredOrSentBeforeWithdrawalsExistedStillReads() throws Exception {
    // Every contact in a server's or a device's database from before has no withdrawn field; the
    // strict mapper refuses a missing primitive, which broke reading them (UpgradeContract, 500).
    com.fasterxml.jackson.databind.node.ObjectNode json = nl.trede.domain.Json.MAPPER.valueToTree(Fixtures.contact());
    json.remove("withdrawn");

    Contact read = nl.trede.domain.Json.MAPPER.treeToValue(json, Contact.class);

    assertThat(read.withdrawn()).isFalse();
    assertThat(read).isEqualTo(Fixtures.contact());
  }

  @Test
  void aContactRecordedOnADeviceWhoseClockRunsAheadIsAccepted() {
    // 20 hours ahead of the server's clock: drift, not a lie.
    assertThat(Fixtures.with(Fixtures.contact(), "occurredAt", "2026-11-25T05:00:00Z").validate(Fixtures.CLOCK)).isEmpty();
  }
}
