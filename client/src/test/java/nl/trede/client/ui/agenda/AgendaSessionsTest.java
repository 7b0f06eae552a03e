package nl.trede.client.ui.agenda;

import static nl.trede.client.support.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.trede.client.support.Fixtures;
import nl.trede.client.support.SessionsOnTheDevice;
import nl.trede.domain.Ids;
import nl.trede.domain.session.GroupSession;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;

/**
 * The agenda shows the coming sessions that concern the user on their day: those they organised
 * and those their candidates were invited to, with the time and how many of theirs.
 */
class AgendaSessionsTest extends SessionsOnTheDevice {
  @Test
  void theUsersSessionsStandOnTheirDayWithTimeTitleAndTheirInvited() {
    GroupSession today = session("aan-het-werk", "Training Aan het werk", 0, LocalTime.of(14, 0), false);
    invited(today, anna, null, false);
    invited(today, bert, null, false);
    GroupSession own = session("vrijwilligersmarkt", "Vrijwilligersmarkt", 5, null, false);
    GroupSession colleagues = new GroupSession(Ids.newId(), "aan-het-werk", "Van een collega", TODAY.plusDays(3),
        null, null, null, UUID.randomUUID(), null, null, null, false);
    pulled(Fixtures.change(RecordType.GROUP_SESSION, colleagues, 1));
    GroupSession cancelled = session("aan-het-werk", "Afgelast", 1, null, true);
    invited(cancelled, anna, null, false);
    List<UUID> opened = new java.util.ArrayList<>();

    AgendaPresenter agenda = agenda(opened);

    assertThat(agenda.days()).flatExtracting(AgendaPresenter.Day::sessions).extracting(AgendaPresenter.SessionRow::text)
        .containsExactly("14:00 Training Aan het werk · 2 van uw kandidaten uitgenodigd",
            "Vrijwilligersmarkt · geen van uw kandidaten uitgenodigd");
    AgendaPresenter.Day marketDay = agenda.days().stream().filter(d -> d.id().equals(TODAY.plusDays(5).toString()))
        .findFirst().orElseThrow();
    assertThat(marketDay.title()).as("a day with a session only").isEqualTo("zondag, 15 mrt. 2026");
    assertThat(marketDay.sessions()).extracting(AgendaPresenter.SessionRow::sessionId).containsExactly(own.id());
    agenda.openSession(marketDay.sessions().get(0));
    assertThat(opened).containsExactly(own.id());
    assertThat(agenda.days()).flatExtracting(AgendaPresenter.Day::sessions)
        .noneMatch(r -> Objects.equals(r.sessionId(), colleagues.id()) || Objects.equals(r.sessionId(), cancelled.id()));
  }
}
