package nl.trede.domain.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import nl.trede.domain.BrokenRules;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.Fixtures;
import nl.trede.domain.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/**
 * A maatregel says how much and how long, a tegenprestatie what and how many hours, and both say
 * why (001 §2.1.3 "om willekeur te voorkomen"; 002 §4.5).
 */
public class ObligationMeasureRulesTest extends BrokenRules {
  static DomainRecord reduction() {
    return Fixtures.obligationMeasure();
  }

  static DomainRecord service() {
    DomainRecord r = Fixtures.with(Fixtures.with(Fixtures.with(reduction(), "kind", "COMMUNITY_SERVICE"),
        "percentage", null), "months", null);
    return Fixtures.with(Fixtures.with(r, "activity", "Meehelpen bij de voedselbank"), "hoursPerWeek", new java.math.BigDecimal("8"));
  }

  static Stream<Arguments> brokenRules() {
    return Stream.of(
        arguments("no justification ('om willekeur te voorkomen')", Fixtures.with(reduction(), "justification", null),
            "justification", "required"),
        arguments("a blank justification", Fixtures.with(reduction(), "justification", "   "), "justification",
            "required"),
        arguments("no kind", Fixtures.with(reduction(), "kind", null), "kind", "required"),
        arguments("no deciding case manager", Fixtures.with(reduction(), "decidedBy", null), "decidedBy", "required"),
        arguments("decided in the future", Fixtures.with(reduction(), "decidedOn", Fixtures.TODAY.plusDays(1).toString()),
            "decidedOn", "plausible-date"),
        arguments("a maatregel without percentage", Fixtures.with(reduction(), "percentage", null), "percentage",
            "required"),
        arguments("a maatregel of 0 %", Fixtures.with(reduction(), "percentage", 0), "percentage", "range"),
        arguments("a maatregel of more than the whole benefit", Fixtures.with(reduction(), "percentage", 101),
            "percentage", "range"),
        arguments("a maatregel without months ('tijdelijk')", Fixtures.with(reduction(), "months", null), "months",
            "required"),
        arguments("a maatregel of 0 months", Fixtures.with(reduction(), "months", 0), "months", "range"),
        arguments("a maatregel with hours", Fixtures.with(reduction(), "hoursPerWeek", new java.math.BigDecimal("4")), "hoursPerWeek",
            "not-for-kind"),
        arguments("a tegenprestatie without activity", Fixtures.with(service(), "activity", " "), "activity",
            "required"),
        arguments("a tegenprestatie without hours", Fixtures.with(service(), "hoursPerWeek", null), "hoursPerWeek",
            "required"),
        arguments("a tegenprestatie of 0 hours", Fixtures.with(service(), "hoursPerWeek", java.math.BigDecimal.ZERO), "hoursPerWeek",
            "range"),
        arguments("a tegenprestatie with a percentage", Fixtures.with(service(), "percentage", 10), "percentage",
            "not-for-kind"),
        arguments("no start date", Fixtures.with(reduction(), "fromDate", null), "fromDate", "required"),
        arguments("ends before it starts", Fixtures.with(reduction(), "untilDate",
            Fixtures.TODAY.minusDays(1).toString()), "untilDate", "before-from"));
  }

  @Test
  void aMaatregelAndATegenprestatieWithTheirJustificationAreValidAndTravelUnchanged() throws Exception {
    assertThat(reduction().validate(Fixtures.CLOCK)).isEmpty();
    assertThat(service().validate(Fixtures.CLOCK)).isEmpty();
    String json = Json.MAPPER.writeValueAsString(service());
    assertThat(Json.MAPPER.readValue(json, ObligationMeasure.class)).isEqualTo(service());
  }
}
