package nl.trede.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A record's rule test: each case breaks one field of a valid example ({@link Fixtures#with}), and
 * exactly that field and rule must be reported. A subclass lists its cases in a static
 * {@code brokenRules()}.
 */
public abstract class BrokenRules {
  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenRules")
  protected void aBrokenRuleIsReportedWithItsFieldAndRule(String why, DomainRecord record, String field, String rule) {
    Fixtures.assertOnlyBroken(record, field, rule);
  }
}
