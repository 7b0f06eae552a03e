package nl.trede.client.ui.today;

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
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.trede.client.store.LocalStore;
import nl.trede.client.support.Fixtures;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.Messages;
import nl.trede.domain.Ids;
import nl.trede.domain.Role;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.CandidateFlag;
import nl.trede.domain.coaching.CoachKind;
import nl.trede.domain.coaching.CoachingActivity;
import nl.trede.domain.coaching.CoachingHours;
import nl.trede.domain.employer.Employer;
import nl.trede.domain.placement.Placement;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TodayPresenterTest {
  @TempDir
  Path dir;

  private LocalStore store;

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void runningPlacementsCoachedByMeOverrunsFirstWithThisWeeksHours() {
    store = openStore(dir);
    Employer shop = employer("Supermarkt Heteren");
    Candidate zara = Fixtures.candidate("Zara", "Aydin", Map.of(), Set.of(CandidateFlag.WAGE_COST_SUBSIDY),
        TODAY.minusYears(30));
    Candidate bert = Fixtures.candidate("Bert", "Bakker", Map.of(), Set.of(CandidateFlag.WAGE_COST_SUBSIDY),
        TODAY.minusYears(30));
    Candidate other = Fixtures.candidate("Olga", "Anders", Map.of(), Set.of(CandidateFlag.WAGE_COST_SUBSIDY),
        TODAY.minusYears(30));
    Placement fine = Fixtures.coachedJob(zara.id(), shop.id(), COACH, TODAY.plusMonths(2));
    Placement late = Fixtures.coachedJob(bert.id(), shop.id(), COACH, TODAY.minusDays(4));
    Placement colleagues = Fixtures.coachedJob(other.id(), shop.id(), UUID.randomUUID(), TODAY.plusMonths(2));
    // Monday 9 March: this week; last week's entry does not count for "deze week".
    CoachingHours monday = hours(zara, fine, TODAY.minusDays(1), 6);
    CoachingHours lastWeek = hours(zara, fine, TODAY.minusDays(8), 8);
    store.storePullPage(page("c1", change(RecordType.EMPLOYER, shop, 1), change(RecordType.CANDIDATE, zara, 1),
        change(RecordType.CANDIDATE, bert, 1), change(RecordType.CANDIDATE, other, 1),
        change(RecordType.PLACEMENT, fine, 1), change(RecordType.PLACEMENT, late, 1),
        change(RecordType.PLACEMENT, colleagues, 1), change(RecordType.COACHING_HOURS, monday, 1),
        change(RecordType.COACHING_HOURS, lastWeek, 1)));
    TodayPresenter today = new TodayPresenter(new FieldContext(store, Messages.dutch(), CLOCK,
        Fixtures.session(Role.JOBCOACH), RecordingDevice.opening()), null);

    today.refresh();

    assertThat(today.rows()).extracting(TodayPresenter.Row::placementId).containsExactly(late.id(), fine.id());
    assertThat(today.rows().get(0).coaching()).isEqualTo("Jobcoaching liep af op 6 mrt. 2026 (4 dagen geleden): "
        + "verlengen of afronden");
    assertThat(today.rows().get(1).hours()).isEqualTo("Deze week 1,5 uur · totaal 3,5 van 40 uur");
    assertThat(today.rows().get(1).where()).isEqualTo("Orderpicker bij Supermarkt Heteren");
    assertThat(today.summary().get()).isEqualTo("2 lopende plaatsingen, waarvan 1 over de geplande einddatum van de jobcoaching");
  }

  private static CoachingHours hours(Candidate c, Placement p, java.time.LocalDate day, int quarters) {
    return new CoachingHours(Ids.newId(), c.id(), p.employerId(), day, quarters, CoachingActivity.ON_SITE_COACHING,
        CoachKind.MUNICIPAL, COACH, null, null, null, null, p.id());
  }
}
