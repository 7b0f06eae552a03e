package nl.trede.client.ui.candidate;

import static nl.trede.client.support.Fixtures.NOW;
import static nl.trede.client.support.Fixtures.change;
import static nl.trede.client.support.Fixtures.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Set;
import nl.trede.client.support.Fixtures;
import nl.trede.client.support.OneFileOnTheDevice;
import nl.trede.client.ui.contact.ContactFormPresenter;
import nl.trede.domain.Ids;
import nl.trede.domain.Role;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.contact.LocationType;
import nl.trede.domain.contact.WorkplaceSignal;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;

/**
 * What the jobcoach signalled from the workplace, on the candidate's page of the case manager (002
 * §3.4.3: "De jobcoaches houden onze uitvoeringsprofessionals op de hoogte van zaken die spelen op de
 * werkvloer, bijvoorbeeld dreigend baanverlies"). Fatima El Amrani is Anna's case manager; Bram
 * Visser her jobcoach. Today is 10 March 2026.
 */
class SignalsOnTheCandidatePageTest extends OneFileOnTheDevice {
  private CandidatePresenter pageOfTheCaseManager(Contact... pulled) {
    loggedInAs(Role.CASE_MANAGER);
    java.util.List<nl.trede.sync.RecordChange> changes = new ArrayList<>();
    changes.add(change(RecordType.CANDIDATE, Fixtures.withCaseManager(anna, FATIMA), 2));
    for (Contact c : pulled) {
      changes.add(change(RecordType.CONTACT, c, 1));
    }
    store.storePullPage(page("c2", changes.toArray(nl.trede.sync.RecordChange[]::new)));
    CandidatePresenter page = new CandidatePresenter(context, anna.id(), new RecordingActions(new ArrayList<>()));
    page.refresh();
    return page;
  }

  private Contact byBram(int daysAgo, Set<WorkplaceSignal> signals, java.util.UUID corrects) {
    return new Contact(Ids.newId(), anna.id(), shop.id(), BRAM, LocationType.WORKPLACE,
        NOW.minus(daysAgo, ChronoUnit.DAYS), 30, "leidinggevende", "Veel te laat gekomen", null, null, false, false,
        corrects, false, signals);
  }

  @Test
  void theSignalStandsUnderTheNameWithWhoReportedItAndWhenUntilTheCaseManagerRecordsAContactAfterIt() {
    Contact signalled = byBram(3, Set.of(WorkplaceSignal.THREATENED_JOB_LOSS), null);
    CandidatePresenter page = pageOfTheCaseManager(signalled);

    assertThat(page.signals()).containsExactly("Dreigend baanverlies: gemeld door Bram Visser op 7 mrt. 2026");
    assertThat(page.timeline()).filteredOn(i -> i.id().equals(signalled.id())).singleElement()
        .satisfies(i -> assertThat(i.details()).contains("Signaal: Dreigend baanverlies"));

    ContactFormPresenter call = new ContactFormPresenter(context, anna.id(), null, false, c -> saved.incrementAndGet());
    call.location().set(LocationType.PHONE);
    call.summary().set("Gebeld over de werktijden; gesprek met werkgever gepland");
    assertThat(call.save()).isTrue();
    page.refresh();

    assertThat(page.signals()).isEmpty();
  }

  @Test
  void aCorrectionWithoutTheSignalTakesItOffTheFileAndOneWithItPutsItOn() {
    Contact signalled = byBram(4, Set.of(WorkplaceSignal.TRAINING_OR_SUPPORT_NEED), null);
    Contact withoutIt = byBram(4, Set.of(), signalled.id());

    assertThat(pageOfTheCaseManager(signalled, withoutIt).signals()).isEmpty();
    Contact putBack = byBram(4, Set.of(WorkplaceSignal.TRAINING_OR_SUPPORT_NEED), withoutIt.id());
    assertThat(pageOfTheCaseManager(putBack).signals())
        .containsExactly("Behoefte aan training of ondersteuning: gemeld door Bram Visser op 6 mrt. 2026");
  }
}
