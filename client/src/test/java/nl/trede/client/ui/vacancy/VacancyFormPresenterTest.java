package nl.trede.client.ui.vacancy;

import nl.trede.client.support.RecordingDevice;
import static nl.trede.client.support.Fixtures.CLOCK;
import static nl.trede.client.support.Fixtures.COACH;
import static nl.trede.client.support.Fixtures.TODAY;
import static nl.trede.client.support.Fixtures.change;
import static nl.trede.client.support.Fixtures.employer;
import static nl.trede.client.support.Fixtures.openStore;
import static nl.trede.client.support.Fixtures.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.trede.client.store.LocalStore;
import nl.trede.client.support.Fixtures;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.Messages;
import nl.trede.domain.Role;
import nl.trede.domain.employer.Employer;
import nl.trede.domain.employer.Requirement;
import nl.trede.domain.employer.Vacancy;
import nl.trede.domain.employer.VacancyStatus;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VacancyFormPresenterTest {
  @TempDir
  Path dir;

  private LocalStore store;
  private Employer shop;
  private VacancyFormPresenter form;

  @BeforeEach
  void open() {
    store = openStore(dir);
    shop = employer("Supermarkt Heteren");
    store.storePullPage(page("c1", change(RecordType.EMPLOYER, shop, 1)));
    form = new VacancyFormPresenter(new FieldContext(store, Messages.dutch(), CLOCK,
        Fixtures.session(Role.JOBHUNTER), RecordingDevice.opening()), shop.id(), null, () -> {});
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void tasksLeadSoAVacancyWithoutATaskIsNotSaved() {
    form.title().set("Vakkenvuller");
    form.hoursPerWeek().set("16");

    assertThat(form.save()).isFalse();

    assertThat(form.errors().of("tasks")).isEqualTo("Voeg minstens één taak toe.");
    assertThat(store.pendingCount()).isZero();
  }

  @Test
  void aTaskTypedButNotAddedIsKeptAndTheLanguageLevelGoesWithTheDutchRequirement() {
    form.title().set("Vakkenvuller");
    form.newTask().set("Schappen bijvullen");
    form.addTask();
    form.newTask().set("Houdbaarheid controleren");
    form.hoursPerWeek().set("12,5");
    form.requirement(Requirement.DUTCH_LANGUAGE_LEVEL).set(true);
    assertThat(form.languageLevel().get()).isEqualTo("A2");
    form.languageLevel().set("B1");
    form.suitsRegister().set(true);

    assertThat(form.save()).isTrue();

    Vacancy saved = store.<Vacancy>all(RecordType.VACANCY).get(0);
    assertThat(saved.tasks()).containsExactly("Schappen bijvullen", "Houdbaarheid controleren");
    assertThat(saved.hoursPerWeek()).isEqualByComparingTo("12.5");
    assertThat(saved.requirements()).containsExactly(Requirement.DUTCH_LANGUAGE_LEVEL);
    assertThat(saved.languageLevel()).isEqualTo("B1");
    assertThat(saved.status()).isEqualTo(VacancyStatus.OPEN);
    assertThat(saved.registeredOn()).isEqualTo(TODAY);
    assertThat(saved.registeredBy()).isEqualTo(COACH);
  }

  @Test
  void hoursThatAreNotANumberAreNamedInDutch() {
    form.hoursPerWeek().set("twintig");

    assertThat(form.errors().of("hoursPerWeek")).isEqualTo("Vul een getal in, bijvoorbeeld 24 of 12,5.");
  }
}
