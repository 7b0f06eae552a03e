package nl.trede.domain.employer;

import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import nl.trede.domain.BrokenRules;
import nl.trede.domain.Fixtures;
import org.junit.jupiter.params.provider.Arguments;

/** An employer's and a vacancy's rules. */
class EmployerRulesTest extends BrokenRules {
  static Stream<Arguments> brokenRules() {
    return Stream.of(
        arguments("KvK number of 7 digits", Fixtures.with(Fixtures.employer(), "kvkNumber", "1234567"), "kvkNumber", "kvk-format"),
        arguments("KvK number with letters", Fixtures.with(Fixtures.employer(), "kvkNumber", "1234567A"), "kvkNumber", "kvk-format"),
        arguments("employer without sector", Fixtures.with(Fixtures.employer(), "sector", null), "sector", "required"),
        arguments("e-mail without domain", Fixtures.with(Fixtures.employer(), "contactEmail", "marco@"), "contactEmail", "email-format"),
        arguments("vacancy without tasks (jobcarving, 000 §5.1)", Fixtures.with(Fixtures.vacancy(), "tasks", List.of()), "tasks", "required"),
        arguments("vacancy of 60 hours a week", Fixtures.with(Fixtures.vacancy(), "hoursPerWeek", 60), "hoursPerWeek", "range"),
        arguments("language level that is no CEFR level", Fixtures.with(Fixtures.vacancy(), "languageLevel", "goed"), "languageLevel", "cefr-level"),
        arguments("language level without the language requirement", Fixtures.with(Fixtures.vacancy(), "requirements",
            List.of("VCA")), "languageLevel", "requires-language-requirement"),
        arguments("vacancy without status", Fixtures.with(Fixtures.vacancy(), "status", null), "status", "required"));
  }
}
