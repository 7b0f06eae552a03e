package nl.trede.client.ui.intake;

import static nl.trede.client.support.Fixtures.COACH;
import static nl.trede.client.support.Fixtures.TODAY;
import static nl.trede.client.support.Fixtures.change;
import static nl.trede.client.support.Fixtures.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.client.support.Fixtures;
import nl.trede.client.support.OneFileOnTheDevice;
import nl.trede.domain.Role;
import nl.trede.domain.candidate.BenefitKind;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.Inflow;
import nl.trede.domain.candidate.InflowReason;
import nl.trede.sync.MutationKind;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IntakePresenterTest extends OneFileOnTheDevice {
  private final List<UUID> savedIds = new ArrayList<>();
  private final List<UUID> opened = new ArrayList<>();
  private IntakePresenter form;

  @BeforeEach
  void caseManagerOpensTheIntake() {
    store.storePullPage(page("c2", change(RecordType.CONFIGURATION, Fixtures.overbetuwe(), 1)));
    form = new IntakePresenter(loggedInAs(Role.CASE_MANAGER), savedIds::add, opened::add);
  }

  private void fillIn(String given, String family, LocalDate born) {
    form.person().givenName().set(given);
    form.person().familyName().set(family);
    form.person().dateOfBirth().set(born);
    form.person().phone().set("06-41234567");
    form.person().address().set("Stationsweg 12, Elst");
    form.person().inflowReason().set(InflowReason.NEW_APPLICATION);
    form.person().benefitStartDate().set(TODAY.minusWeeks(2));
  }

  @Test
  void aCaseManagerRegistersAFileWithInflowBenefitClassificationAndCoaches() {
    fillIn("Noor", "Verhoeven", LocalDate.of(1991, 4, 2));
    IntakePresenter.DimensionRow track = form.dimensions().get(0);
    track.value().set(track.choices().get(1));
    assertThat(form.coaches().picks()).extracting(p -> p.colleague().displayName())
        .containsExactly("Anna de Vries", "Bram Visser");
    form.coaches().choose(COACH, true);

    assertThat(form.save()).isTrue();

    Candidate made = store.candidate(form.candidateId()).orElseThrow();
    assertThat(made.displayName()).isEqualTo("Noor Verhoeven");
    assertThat(made.inflow()).isEqualTo(new Inflow(TODAY, InflowReason.NEW_APPLICATION));
    assertThat(made.benefitStartDate()).isEqualTo(TODAY.minusWeeks(2));
    assertThat(made.classification()).isEqualTo(Map.of("spoor", "werk"));
    assertThat(made.caseManagerId()).as("the case manager who registers carries the file").isEqualTo(FATIMA);
    assertThat(made.coachIds()).containsExactly(COACH);
    assertThat(store.pendingOutbox(5)).singleElement()
        .satisfies(e -> assertThat(e.mutation().kind()).isEqualTo(MutationKind.CREATE));
    assertThat(savedIds).containsExactly(made.id());
  }

  @Test
  void workToWorkComesInWithoutBenefitAndOnBenefitTheStartDateIsAsked() {
    fillIn("Noor", "Verhoeven", LocalDate.of(1991, 4, 2));
    form.person().benefitStartDate().set(null);

    assertThat(form.save()).isFalse();
    assertThat(form.errors().of("benefitStartDate"))
        .isEqualTo("Vul in sinds wanneer de uitkering loopt, of kies Geen uitkering.");

    form.person().inflowReason().set(InflowReason.WORK_TO_WORK);
    assertThat(form.person().noBenefit().get()).isTrue();
    assertThat(form.save()).isTrue();
    assertThat(store.candidate(form.candidateId()).orElseThrow().benefitStartDate()).isNull();
  }

  @Test
  void theSamePersonOnTheDeviceIsShownAndOnlyRegisteredWhenTheCaseManagerSaysItIsSomeoneElse() {
    fillIn(" anna ", "JANSEN", anna.dateOfBirth());

    assertThat(form.duplicates()).singleElement().satisfies(d -> {
      assertThat(d.candidateId()).isEqualTo(anna.id());
      assertThat(d.text()).isEqualTo("Anna Jansen, geboren 1 mei 1990, staat al op dit toestel.");
    });
    assertThat(form.save()).isFalse();
    assertThat(store.pendingCount()).isZero();
    form.openDuplicate(form.duplicates().get(0));
    assertThat(opened).containsExactly(anna.id());

    assertThat(form.registerAnyway()).isTrue();
    assertThat(store.pendingCount()).isEqualTo(1);
  }

  @Test
  void anotherBirthdayIsNoDuplicateAndEveryMissingFieldIsNamed() {
    fillIn("Anna", "Jansen", anna.dateOfBirth().plusDays(1));
    assertThat(form.duplicates()).isEmpty();

    form.person().givenName().set("");
    form.person().inflowReason().set(null);
    assertThat(form.save()).isFalse();
    assertThat(form.errors().of("givenName")).isEqualTo("Vul dit veld in.");
    assertThat(form.errors().of("inflow.reason")).isEqualTo("Kies de reden van instroom.");
    assertThat(store.pendingCount()).isZero();
  }

  /**
   * Decision 0067: a file on benefit records the law it is paid under, bijstand to start with; 002
   * §5.3 thema 6 asks a specific approach for the IOAW and IOAZ. Without benefit there is no kind.
   */
  @Test
  void onBenefitTheKindIsAskedBijstandToStartWithAndWithoutBenefitThereIsNone() {
    fillIn("Kees", "Brink", LocalDate.of(1962, 9, 3));
    assertThat(form.person().benefitKind().get()).isEqualTo(BenefitKind.BIJSTAND);
    assertThat(messages.label(BenefitKind.BIJSTAND)).isEqualTo("Bijstand (Participatiewet)");

    form.person().benefitKind().set(BenefitKind.IOAW);
    form.person().noBenefit().set(true);
    assertThat(form.person().benefitKind().get()).as("no benefit, no kind").isNull();
    form.person().noBenefit().set(false);
    assertThat(form.person().benefitKind().get()).isEqualTo(BenefitKind.BIJSTAND);
    form.person().benefitStartDate().set(TODAY.minusWeeks(2));
    form.person().benefitKind().set(BenefitKind.IOAW);

    assertThat(form.save()).isTrue();
    Candidate made = store.candidate(form.candidateId()).orElseThrow();
    assertThat(made.benefitKind()).isEqualTo(BenefitKind.IOAW);
    assertThat(store.pendingOutbox(5)).singleElement()
        .satisfies(e -> assertThat(e.mutation().fields().get("benefitKind").asText()).isEqualTo("IOAW"));
  }

  @Test
  void aKindLeftEmptyOnBenefitIsNamedAndNothingIsRegistered() {
    fillIn("Kees", "Brink", LocalDate.of(1962, 9, 3));
    form.person().benefitKind().set(null);

    assertThat(form.save()).isFalse();
    assertThat(form.errors().of("benefitKind")).isEqualTo("Kies de soort uitkering, of kies Geen uitkering.");
    assertThat(store.pendingCount()).isZero();
  }
}
