package nl.trede.client.ui.agenda;

import static nl.trede.client.support.Fixtures.TODAY;
import static nl.trede.client.support.Fixtures.change;
import static nl.trede.client.support.Fixtures.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.trede.client.support.ThreeTracksCaseload;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;

/** The agenda read from a real store: who is late, who is due which day, and what each card does. */
class AgendaPresenterTest extends ThreeTracksCaseload {
  private final List<String> done = new ArrayList<>();

  private AgendaPresenter agenda() {
    AgendaPresenter agenda = new AgendaPresenter(context, new AgendaPresenter.Actions() {
      @Override
      public void open(UUID candidateId) {
        done.add("open " + candidateId);
      }

      @Override
      public void recordContact(UUID candidateId, boolean aftercare) {
        done.add((aftercare ? "aftercare " : "contact ") + candidateId);
      }

      @Override
      public void recordNoShow(UUID candidateId) {
        done.add("no-show " + candidateId);
      }
    }, "note");
    agenda.refresh();
    return agenda;
  }

  @Test
  void theLateComeFirstMostOverdueFirstWithTheReasonThenEachDayWithItsCandidates() {
    AgendaPresenter agenda = agenda();

    AgendaPresenter.Day late = agenda.days().get(0);
    assertThat(late.title()).isEqualTo("Te laat (2)");
    assertThat(late.overdue()).isTrue();
    assertThat(late.rows()).extracting(AgendaPresenter.Row::candidateId).containsExactly(meedoen.id(), stale.id());
    assertThat(late.rows().get(0).due()).contains("35 dagen geleden").contains("gemeente: minstens elke 365 dagen");
    assertThat(late.rows().get(1).due()).contains("6 dagen geleden").contains("plan: elke 14 dagen");
    assertThat(late.rows()).allMatch(r -> r.overdue() && r.noShowPossible());

    AgendaPresenter.Day saturday = agenda.days().stream().filter(d -> d.id().equals(TODAY.plusDays(11).toString()))
        .findFirst().orElseThrow();
    assertThat(saturday.title()).isEqualTo("zaterdag, 21 mrt. 2026 (1)");
    assertThat(saturday.rows()).extracting(AgendaPresenter.Row::candidateId).containsExactly(groei.id());
    assertThat(saturday.rows().get(0).due()).contains("afgesproken");
    assertThat(saturday.rows().get(0).noShowPossible()).as("no no-show before the day").isFalse();
    assertThat(agenda.summary().get()).startsWith("2 kandidaten te laat");
  }

  @Test
  void todayAndTomorrowAreNamedAndWhatLiesBeyondTwoWeeksIsCountedNotListed() {
    store.storePullPage(page("c3", change(RecordType.CONTACT, contact(groei, 1, TODAY), 2),
        change(RecordType.CONTACT, contact(stale, 1, TODAY.plusDays(1)), 2)));
    store.storePullPage(page("c4", change(RecordType.CONTACT, contact(meedoen, 1, TODAY.plusDays(40)), 2)));

    AgendaPresenter agenda = agenda();

    assertThat(agenda.days()).extracting(AgendaPresenter.Day::title)
        .contains("Vandaag, 10 mrt. 2026 (1)", "Morgen, 11 mrt. 2026 (1)");
    assertThat(agenda.days()).flatExtracting(AgendaPresenter.Day::rows).extracting(AgendaPresenter.Row::candidateId)
        .doesNotContain(meedoen.id());
    assertThat(agenda.later().get()).isEqualTo("Daarna nog 1 contact gepland: zie Mijn kandidaten.");
    AgendaPresenter.Row today = agenda.days().get(0).rows().get(0);
    assertThat(today.noShowPossible()).as("on the day, the no-show path is offered").isTrue();
  }

  @Test
  void aClosedFileHasNoContactDue() {
    closeMeedoen();

    assertThat(agenda().days()).flatExtracting(AgendaPresenter.Day::rows).extracting(AgendaPresenter.Row::candidateId)
        .doesNotContain(meedoen.id()).contains(stale.id());
  }

  @Test
  void aFileClosedForWorkShowsUnderItsAftercareDayMarkedNazorgAndItsButtonAsksForAnAftercareContact() {
    closeMeedoenWithAftercare();

    AgendaPresenter agenda = agenda();

    AgendaPresenter.Day friday = agenda.days().stream().filter(d -> d.id().equals("2026-03-20"))
        .findFirst().orElseThrow();
    AgendaPresenter.Row row = friday.rows().stream().filter(r -> r.candidateId().equals(meedoen.id()))
        .findFirst().orElseThrow();
    assertThat(row.aftercare()).isTrue();
    assertThat(row.due()).contains("20 mrt. 2026").contains("nazorg: 30 dagen na uitstroom naar werk");
    assertThat(agenda.aftercareText()).isEqualTo("Nazorg");
    assertThat(agenda.days()).flatExtracting(AgendaPresenter.Day::rows).filteredOn(r -> !r.candidateId().equals(meedoen.id()))
        .allMatch(r -> !r.aftercare());

    agenda.recordContact(row);
    assertThat(done).containsExactly("aftercare " + meedoen.id());
  }

  @Test
  void theRemindersCountAftercareContactsToo() {
    closeMeedoenWithAftercare();

    // Friday 20 March: Gea's contact agreed for Saturday, and Mo's first aftercare contact.
    assertThat(AgendaReminders.plan(context)).filteredOn(r -> r.at().toLocalDate().equals(TODAY.plusDays(10)))
        .singleElement().satisfies(r -> assertThat(r.text()).startsWith("Vandaag 2 contacten gepland"));
  }

  @Test
  void aCardOpensTheCandidateAndItsButtonsRecordTheContactOrTheNoShow() {
    AgendaPresenter agenda = agenda();
    AgendaPresenter.Row row = agenda.days().get(0).rows().get(0);

    agenda.open(row);
    agenda.recordContact(row);
    agenda.recordNoShow(row);

    assertThat(done).containsExactly("open " + meedoen.id(), "contact " + meedoen.id(), "no-show " + meedoen.id());
  }
}
