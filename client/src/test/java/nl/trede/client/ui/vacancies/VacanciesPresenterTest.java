package nl.trede.client.ui.vacancies;

import static nl.trede.client.support.Fixtures.change;
import static nl.trede.client.support.Fixtures.page;
import static nl.trede.client.support.Fixtures.vacancy;
import static org.assertj.core.api.Assertions.assertThat;

import nl.trede.client.support.OneFileOnTheDevice;
import nl.trede.domain.employer.VacancyStatus;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Vacatures": the open ones first, all on request, newest first, each with its employer. */
class VacanciesPresenterTest extends OneFileOnTheDevice {
  private VacanciesPresenter vacancies;

  @BeforeEach
  void withTwoVacancies() {
    store.storePullPage(page("c2",
        change(RecordType.VACANCY, vacancy(shop.id(), "Kassamedewerker", VacancyStatus.FILLED, 1), 1),
        change(RecordType.VACANCY, vacancy(shop.id(), "Vakkenvuller", VacancyStatus.OPEN, 3), 1)));
    vacancies = new VacanciesPresenter(context, (employerId, vacancyId) -> {});
    vacancies.refresh();
  }

  @Test
  void onlyTheOpenVacanciesShowUntilTheCoachAsksForAll() {
    assertThat(vacancies.rows()).singleElement().satisfies(row -> {
      assertThat(row.title()).isEqualTo("Vakkenvuller");
      assertThat(row.employer()).isEqualTo("Supermarkt Heteren");
      assertThat(row.details()).isEqualTo("24 uur per week · 2 taken");
    });
    assertThat(vacancies.summary().get()).isEqualTo("1 open vacature");

    vacancies.onlyOpen().set(false);

    assertThat(vacancies.rows()).extracting(VacanciesPresenter.Row::title)
        .containsExactly("Kassamedewerker", "Vakkenvuller");
    assertThat(vacancies.summary().get()).isEqualTo("2 vacatures");
  }
}
