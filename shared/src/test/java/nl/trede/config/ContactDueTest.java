package nl.trede.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import nl.trede.config.ContactDue.Basis;
import nl.trede.domain.Fixtures;
import org.junit.jupiter.api.Test;

/** The reason a coach sees beside the next contact's date is the one the policy's answer gives. */
class ContactDueTest {
  private static final LocalDate TODAY = Fixtures.TODAY;
  private final MunicipalityConfig config = Fixtures.config();

  @Test
  void aDateAgreedAtTheLastConversationSaysSo() {
    var file = Files.file(Map.of("spoor", "groei"), Files.contact(TODAY.minusDays(10), TODAY.plusDays(3)));

    assertThat(ContactDue.of(config, file, TODAY)).contains(new ContactDue(TODAY.plusDays(3), Basis.AGREED, null));
  }

  @Test
  void withoutAnAgreedDateThePlansFrequencyCounts() {
    var file = Files.file(Map.of("spoor", "groei"), Files.contact(TODAY.minusDays(10), null));

    // The fixture plan says every 14 days.
    assertThat(ContactDue.of(config, file, TODAY)).contains(new ContactDue(TODAY.plusDays(4), Basis.PLAN, 14));
  }

  @Test
  void aMunicipalRuleThatBringsTheDateForwardIsNamedWithItsMaximum() {
    var file = Files.file(Map.of("spoor", "meedoen"), Files.contact(TODAY.minusDays(10), TODAY.plusDays(600)));

    assertThat(ContactDue.of(config, file, TODAY))
        .contains(new ContactDue(TODAY.minusDays(10).plusDays(365), Basis.RULE, 365));
  }

  @Test
  void aFileNobodySpokeToYetCountsFromItsInflowAndIsLateSinceThen() {
    var fresh = Files.file(Map.of("spoor", "groei"));

    ContactDue due = ContactDue.of(config, fresh, TODAY).orElseThrow();

    assertThat(due).isEqualTo(new ContactDue(LocalDate.of(2024, 5, 15), Basis.INFLOW, null));
    assertThat(due.overdue(TODAY)).isTrue();
    assertThat(due.overdue(LocalDate.of(2024, 5, 15))).as("not late on the day itself").isFalse();
  }

  @Test
  void aFirstContactTermBringsANewFilesFirstDateForwardButNotLaterOnesNorBeyondItsFrequency() {
    // Dalfsen 003 §2B: "mensen die een uitkering is toegekend snel op te pakken".
    MunicipalityConfig quick = (MunicipalityConfig) Fixtures.with(config, "contactPolicy",
        new ContactPolicy(42, java.util.List.of(), null, 5));
    MunicipalityConfig slow = (MunicipalityConfig) Fixtures.with(config, "contactPolicy",
        new ContactPolicy(42, java.util.List.of(), null, 30));
    var fresh = Files.file(Map.of("spoor", "groei"));
    var spokenTo = Files.file(Map.of("spoor", "groei"), Files.contact(TODAY.minusDays(10), null));

    assertThat(ContactDue.of(quick, fresh, TODAY)).contains(new ContactDue(LocalDate.of(2024, 5, 6), Basis.INFLOW, null));
    assertThat(ContactDue.of(slow, fresh, TODAY)).as("the plan's 14 days are sooner")
        .contains(new ContactDue(LocalDate.of(2024, 5, 15), Basis.INFLOW, null));
    assertThat(ContactDue.of(quick, spokenTo, TODAY)).contains(new ContactDue(TODAY.plusDays(4), Basis.PLAN, 14));
    assertThat(((MunicipalityConfig) Fixtures.with(config, "contactPolicy",
        new ContactPolicy(42, java.util.List.of(), null, 0))).validate(Fixtures.CLOCK))
        .extracting(v -> v.field() + ":" + v.rule()).containsExactly("contactPolicy.firstContactDays:range");
  }
}
