package nl.trede.client.ui.person;

import static org.assertj.core.api.Assertions.assertThat;

import nl.trede.client.support.OneFileOnTheDevice;
import nl.trede.domain.Role;
import nl.trede.domain.candidate.BenefitKind;
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

  /**
   * A file from before the kind of benefit (Anna's has none) shows bijstand, as it reads, and saving
   * other details does not record it; choosing IOAZ sends only the kind (decision 0067).
   */
  @Test
  void aFileWithoutARecordedKindShowsBijstandKeepsItUnrecordedAndAChosenKindTravelsAlone() {
    assertThat(anna.benefitKind()).isNull();
    PersonFormPresenter form = new PersonFormPresenter(loggedInAs(Role.PARTICIPATION_COACH), anna.id(),
        saved::incrementAndGet);
    assertThat(form.person().benefitKind().get()).isEqualTo(BenefitKind.BIJSTAND);

    form.person().phone().set("06-98765432");
    assertThat(form.save()).isTrue();
    assertThat(store.candidate(anna.id()).orElseThrow().benefitKind()).isNull();
    assertThat(store.pendingOutbox(5)).singleElement().satisfies(e -> assertThat(e.mutation().fields().fieldNames())
        .toIterable().containsExactly("phone"));

    PersonFormPresenter again = new PersonFormPresenter(loggedInAs(Role.PARTICIPATION_COACH), anna.id(),
        saved::incrementAndGet);
    again.person().benefitKind().set(BenefitKind.IOAZ);
    assertThat(again.save()).isTrue();
    assertThat(store.candidate(anna.id()).orElseThrow().benefitKind()).isEqualTo(BenefitKind.IOAZ);
    assertThat(store.pendingOutbox(5)).last().satisfies(e -> assertThat(e.mutation().fields().fieldNames())
        .toIterable().containsExactly("benefitKind"));
  }

  @Test
  void noBenefitClearsTheKindWithTheStartDate() {
    PersonFormPresenter form = new PersonFormPresenter(loggedInAs(Role.PARTICIPATION_COACH), anna.id(),
        saved::incrementAndGet);
    form.person().benefitKind().set(BenefitKind.IOAW);
    assertThat(form.save()).isTrue();

    PersonFormPresenter none = new PersonFormPresenter(loggedInAs(Role.PARTICIPATION_COACH), anna.id(),
        saved::incrementAndGet);
    assertThat(none.person().benefitKind().get()).isEqualTo(BenefitKind.IOAW);
    none.person().noBenefit().set(true);
    assertThat(none.save()).isTrue();

    Candidate now = store.candidate(anna.id()).orElseThrow();
    assertThat(now.benefitStartDate()).isNull();
    assertThat(now.benefitKind()).isNull();
    // The kind is left out of a record's JSON when not recorded; clearing it must still travel, or
    // the server would keep IOAW on a file without benefit and refuse the change.
    assertThat(store.pendingOutbox(5)).last().satisfies(e -> {
      assertThat(e.mutation().fields().has("benefitKind")).isTrue();
      assertThat(e.mutation().fields().get("benefitKind").isNull()).isTrue();
      assertThat(e.mutation().fields().get("benefitStartDate").isNull()).isTrue();
    });
  }
}
