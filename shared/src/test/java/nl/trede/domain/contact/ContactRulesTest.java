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
        arguments("withdrawal naming nothing", Fixtures.with(Fixtures.contact(), "withdrawn", true), "correctsId", "required-to-withdraw"));
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
