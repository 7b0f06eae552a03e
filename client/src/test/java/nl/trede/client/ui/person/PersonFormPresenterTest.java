package nl.trede.client.ui.person;

import static org.assertj.core.api.Assertions.assertThat;

import nl.trede.client.support.OneFileOnTheDevice;
import nl.trede.domain.Role;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.employer.Requirement;
import org.junit.jupiter.api.Test;

class PersonFormPresenterTest extends OneFileOnTheDevice {
  @Test
  void onlyTheChangedFieldsTravel() {
    PersonFormPresenter form = new PersonFormPresenter(loggedInAs(Role.PARTICIPATION_COACH), anna.id(),
        saved::incrementAndGet);
    assertThat(form.person().givenName().get()).isEqualTo("Anna");

    form.person().phone().set("06-98765432");
    form.languageLevel().set("B1");
    form.certificates().get(Requirement.FORKLIFT_CERTIFICATE).set(true);
    assertThat(form.save()).isTrue();

    Candidate now = store.candidate(anna.id()).orElseThrow();
    assertThat(now.phone()).isEqualTo("06-98765432");
    assertThat(now.certificates()).containsExactly(Requirement.FORKLIFT_CERTIFICATE);
    assertThat(store.pendingOutbox(5)).singleElement().satisfies(e -> assertThat(e.mutation().fields().fieldNames())
        .toIterable().containsExactlyInAnyOrder("phone", "languageLevel", "certificates"));
    assertThat(saved).hasValue(1);
  }

  @Test
  void hoursThatAreNotANumberAndANameLeftEmptyAreNamedAndNothingIsWritten() {
    PersonFormPresenter form = new PersonFormPresenter(loggedInAs(Role.PARTICIPATION_COACH), anna.id(),
        saved::incrementAndGet);
    form.availableHours().set("veel");
    form.person().familyName().set(" ");

    assertThat(form.save()).isFalse();

    assertThat(form.errors().of("availableHoursPerWeek")).isEqualTo("Vul een getal in, bijvoorbeeld 24 of 12,5.");
    assertThat(form.errors().of("familyName")).isEqualTo("Vul dit veld in.");
    assertThat(store.pendingCount()).isZero();
  }
}
