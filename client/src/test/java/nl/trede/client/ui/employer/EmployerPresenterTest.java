package nl.trede.client.ui.employer;

import static nl.trede.client.support.Fixtures.change;
import static nl.trede.client.support.Fixtures.page;
import static nl.trede.client.support.Fixtures.tombstone;
import static nl.trede.client.support.Fixtures.vacancy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.UUID;
import nl.trede.client.support.OneFileOnTheDevice;
import nl.trede.domain.employer.Employer;
import nl.trede.domain.employer.VacancyStatus;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;

/** An employer's page: who and where, and its vacancies newest first; an employer that left says so. */
class EmployerPresenterTest extends OneFileOnTheDevice {
  private final EmployerPresenter.Actions nothing = new EmployerPresenter.Actions() {
    @Override
    public void edit(UUID employerId) {}

    @Override
    public void newVacancy(UUID employerId) {}

    @Override
    public void openVacancy(UUID employerId, UUID vacancyId) {}

    @Override
    public void recordContact(UUID employerId, nl.trede.domain.employer.EmployerContact corrects) {}
  };

  @Test
  void theEmployerShowsItsDetailsAndItsVacanciesNewestFirst() {
    store.storePullPage(page("c2",
        change(RecordType.VACANCY, vacancy(shop.id(), "Vakkenvuller", VacancyStatus.OPEN, 9), 1),
        change(RecordType.VACANCY, vacancy(shop.id(), "Kassamedewerker", VacancyStatus.CLOSED, 2), 1)));
    EmployerPresenter employer = new EmployerPresenter(context, shop.id(), nothing);

    employer.refresh();

    assertThat(employer.name().get()).isEqualTo("Supermarkt Heteren");
    assertThat(employer.details()).contains("Markt 1, Elst");
    assertThat(employer.vacancies())
        .extracting(EmployerPresenter.VacancyRow::title, EmployerPresenter.VacancyRow::status)
        .containsExactly(tuple("Kassamedewerker", "Gesloten"), tuple("Vakkenvuller", "Open"));
  }

  @Test
  void anEmployerDeletedByASyncIsNoLongerShown() {
    EmployerPresenter employer = new EmployerPresenter(context, shop.id(), nothing);
    store.storePullPage(page("c2", tombstone(RecordType.EMPLOYER, shop.id(), 2)));

    employer.refresh();

    assertThat(employer.name().get()).isEqualTo("Deze werkgever staat niet meer op dit toestel.");
    assertThat(employer.details()).isEmpty();
  }

  @Test
  void theEmployersAanspreekpuntIsNamedOnItsPage() {
    nl.trede.domain.Colleague eva = new nl.trede.domain.Colleague(UUID.randomUUID(), "Eva Smit",
        nl.trede.domain.Role.JOBHUNTER);
    store.saveColleagues(List.of(eva));
    Employer owned = new Employer(shop.id(), shop.name(), shop.kvkNumber(), shop.sector(), shop.address(),
        shop.contactPerson(), shop.contactPhone(), null, false, false, eva.userId(), null);
    store.storePullPage(page("c3", change(RecordType.EMPLOYER, owned, 2)));
    EmployerPresenter employer = new EmployerPresenter(context, shop.id(), nothing);

    employer.refresh();

    assertThat(employer.details()).contains("Aanspreekpunt: Eva Smit");
  }
}
