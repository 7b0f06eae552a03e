package nl.trede.client.ui.employers;

import static nl.trede.client.support.Fixtures.change;
import static nl.trede.client.support.Fixtures.page;
import static nl.trede.client.support.Fixtures.vacancy;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.trede.client.support.OneFileOnTheDevice;
import nl.trede.domain.employer.VacancyStatus;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Werkgevers": a jobhunter finds an employer by name, KvK number or place, with its open vacancies. */
class EmployersPresenterTest extends OneFileOnTheDevice {
  private EmployersPresenter employers;

  @BeforeEach
  void withTwoVacancies() {
    store.storePullPage(page("c2",
        change(RecordType.VACANCY, vacancy(shop.id(), "Vakkenvuller", VacancyStatus.OPEN, 3), 1),
        change(RecordType.VACANCY, vacancy(shop.id(), "Kassamedewerker", VacancyStatus.FILLED, 9), 1)));
    employers = new EmployersPresenter(context, new EmployersPresenter.Actions() {
      @Override
      public void open(UUID employerId) {}

      @Override
      public void register() {}
    });
    employers.refresh();
  }

  @Test
  void anEmployerIsFoundByPlaceOrKvkNumberWithItsOpenVacanciesCounted() {
    assertThat(employers.rows()).singleElement().satisfies(row -> {
      assertThat(row.name()).isEqualTo("Supermarkt Heteren");
      assertThat(row.vacancies()).isEqualTo("1 open vacature");
    });

    employers.search().set("elst");
    assertThat(employers.rows()).hasSize(1);
    employers.search().set("12345678");
    assertThat(employers.rows()).hasSize(1);
    employers.search().set("bakkerij");
    assertThat(employers.rows()).isEmpty();
    assertThat(employers.summary().get()).isEqualTo("Geen werkgevers");
    assertThat(employers.emptyText().get()).startsWith("Geen werkgever gevonden.");
  }
}
