package nl.trede.client.ui.assign;

import static nl.trede.client.support.Fixtures.COACH;
import static nl.trede.client.support.Fixtures.change;
import static nl.trede.client.support.Fixtures.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.trede.client.support.OneFileOnTheDevice;
import nl.trede.client.ui.kit.CandidateDraft;
import nl.trede.domain.Colleague;
import nl.trede.domain.Role;
import nl.trede.domain.candidate.Candidate;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;

class AssignPresenterTest extends OneFileOnTheDevice {
  @Test
  void theCaseManagerAddsTheJobcoachAndOnlyTheCoachesTravel() {
    AssignPresenter form = new AssignPresenter(loggedInAs(Role.CASE_MANAGER), anna.id(), saved::incrementAndGet);
    assertThat(form.caseManagers()).extracting(Colleague::displayName).containsExactly("Fatima El Amrani");
    assertThat(form.caseManager().get()).as("Anna's file has no case manager yet").isNull();

    form.coaches().choose(BRAM, true);
    assertThat(form.save()).isTrue();

    assertThat(store.candidate(anna.id()).orElseThrow().coachIds()).containsExactly(COACH, BRAM);
    assertThat(store.pendingOutbox(5)).singleElement().satisfies(e -> assertThat(e.mutation().fields().fieldNames())
        .toIterable().containsExactly("coachIds"));
  }

  @Test
  void handingTheFileToAnotherCaseManagerSaysItLeavesThisDevice() {
    Candidate mine = CandidateDraft.of(anna).carriedBy(FATIMA, List.of(COACH)).build();
    store.storePullPage(page("c2", change(RecordType.CANDIDATE, mine, 2)));
    AssignPresenter form = new AssignPresenter(loggedInAs(Role.CASE_MANAGER), anna.id(), saved::incrementAndGet);
    assertThat(form.caseManager().get().displayName()).isEqualTo("Fatima El Amrani");
    assertThat(form.leavesMyCaseload().get()).isFalse();

    form.caseManager().set(null);

    assertThat(form.leavesMyCaseload().get()).isTrue();
  }

  @Test
  void aCoachWhoReachesTheFormAnywayIsRefusedByTheStoreAndNothingIsWritten() {
    AssignPresenter form = new AssignPresenter(loggedInAs(Role.PARTICIPATION_COACH), anna.id(), saved::incrementAndGet);
    form.coaches().choose(COACH, false);

    assertThat(form.save()).isFalse();

    assertThat(form.errors().of("coachIds")).isEqualTo("Uw rol mag dit niet vastleggen.");
    assertThat(store.pendingCount()).isZero();
    assertThat(saved).hasValue(0);
  }
}
