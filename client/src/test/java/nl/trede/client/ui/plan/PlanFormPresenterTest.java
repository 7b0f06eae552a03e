package nl.trede.client.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import nl.trede.client.support.OneFileOnTheDevice;
import nl.trede.domain.Role;
import nl.trede.domain.candidate.Plan;
import org.junit.jupiter.api.Test;

class PlanFormPresenterTest extends OneFileOnTheDevice {
  @Test
  void theCaseManagerWritesThePlanWithTheJustificationAndOnlyThePlanTravels() {
    PlanFormPresenter form = new PlanFormPresenter(loggedInAs(Role.CASE_MANAGER), anna.id(), saved::incrementAndGet);
    assertThat(form.goals().get()).isEqualTo("Vrijwilligerswerk");

    form.goals().set("Vrijwilligerswerk bij de kringloop, daarna een werkervaringsplaats");
    form.frequencyDays().set("28");
    form.justification().set("Integrale aanpak: eerst de schulden, geen maatregel (001 §2.1.3)");
    assertThat(form.save()).isTrue();

    assertThat(store.candidate(anna.id()).orElseThrow().plan()).isEqualTo(new Plan(
        "Vrijwilligerswerk bij de kringloop, daarna een werkervaringsplaats", "Wekelijks contact", 12, 28,
        "Integrale aanpak: eerst de schulden, geen maatregel (001 §2.1.3)"));
    assertThat(store.pendingOutbox(5)).singleElement().satisfies(e -> assertThat(e.mutation().fields().fieldNames())
        .toIterable().containsExactly("plan"));
  }

  @Test
  void aFrequencyAboveAYearOrNotANumberIsRefusedAtItsField() {
    PlanFormPresenter form = new PlanFormPresenter(loggedInAs(Role.CASE_MANAGER), anna.id(), saved::incrementAndGet);

    form.frequencyDays().set("400");
    assertThat(form.save()).isFalse();
    assertThat(form.errors().of("plan.contactFrequencyDays")).isEqualTo(
        "Spreek een frequentie af van elke dag tot eens per jaar (1 tot en met 365 dagen).");
    form.frequencyDays().set("twee weken");
    form.durationMonths().set("6,5");
    assertThat(form.save()).isFalse();
    assertThat(form.errors().of("plan.contactFrequencyDays")).isEqualTo("Vul een getal in, bijvoorbeeld 24 of 12,5.");
    assertThat(form.errors().of("plan.expectedDurationMonths")).isEqualTo("Vul een heel getal in.");
    assertThat(store.pendingCount()).isZero();
    assertThat(form.defaultFrequency()).isEqualTo("Zonder frequentie geldt die van de gemeente: elke 42 dagen.");
  }
}
