package nl.trede.client.store;

import static nl.trede.client.support.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.trede.client.support.Fixtures;
import nl.trede.domain.Ids;
import nl.trede.domain.Role;
import nl.trede.domain.ValidationException;
import nl.trede.domain.Violation;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.Exit;
import nl.trede.domain.candidate.ExitReason;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;

/**
 * The device applies the role table before it writes (RoleRules, as the server on push): what a
 * coach's screens should not offer is refused in the store too, so it never waits in the outbox
 * to be refused later.
 */
class RoleRulesOnTheDeviceTest extends StoreWithOneCandidate {
  private void loggedInAs(Role role) {
    store.saveSession(new StoredSession("http://127.0.0.1:9", "user", Fixtures.COACH, "Anna de Vries", role,
        "overbetuwe", "Gemeente Overbetuwe", "token"));
  }

  private static Candidate closed(Candidate c) {
    return new Candidate(c.id(), c.givenName(), c.familyName(), c.dateOfBirth(), c.phone(), c.address(),
        c.caseManagerId(), List.of(), c.benefitStartDate(), c.flags(), c.classification(), c.wageValuePercent(),
        c.exemptions(), c.participation(), c.plan(), c.inflow(), new Exit(TODAY, ExitReason.WORK), c.certificates(),
        c.languageLevel(), c.availableHoursPerWeek());
  }

  @Test
  void aCoachsDeviceRefusesToRegisterCloseOrReassignAFileAndWritesNothing() {
    loggedInAs(Role.PARTICIPATION_COACH);
    Candidate newFile = Fixtures.candidate("Nieuw", "Dossier");

    assertThatThrownBy(() -> store.create(RecordType.CANDIDATE, newFile)).isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).violations())
            .containsExactly(new Violation("recordId", "role", "only a case manager or the office registers a candidate")));
    var opened = store.<Candidate>edit(RecordType.CANDIDATE, anna.id()).orElseThrow();
    assertThatThrownBy(() -> store.update(opened, closed(anna))).isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::field)
            .containsExactlyInAnyOrder("coachIds", "exit"));
    assertThatThrownBy(() -> store.delete(RecordType.CANDIDATE, anna.id())).isInstanceOf(ValidationException.class);

    assertThat(store.pendingCount()).isZero();
    assertThat(store.candidate(newFile.id())).isEmpty();
    assertThat(store.candidate(anna.id()).orElseThrow().exit()).isNull();
  }

  @Test
  void aCaseManagersDeviceRegistersAndClosesFiles() {
    loggedInAs(Role.CASE_MANAGER);
    Candidate newFile = Fixtures.candidate("Nieuw", "Dossier");

    store.create(RecordType.CANDIDATE, newFile);
    store.update(store.<Candidate>edit(RecordType.CANDIDATE, anna.id()).orElseThrow(), closed(anna));

    assertThat(store.pendingCount()).isEqualTo(2);
    assertThat(store.candidate(anna.id()).orElseThrow().exit()).isEqualTo(new Exit(TODAY, ExitReason.WORK));
  }

  @Test
  void theDuplicateCheckFindsTheFilesBornOnADay() {
    Candidate twin = new Candidate(Ids.newId(), "Bo", "Jansen", anna.dateOfBirth(), null, null, null, List.of(),
        null, null, null, null, null, null, null, null, null, null, null, null);
    store.storePullPage(Fixtures.page("c2", Fixtures.change(RecordType.CANDIDATE, twin, 1)));

    assertThat(store.queries().bornOn(anna.dateOfBirth())).extracting(Candidate::id)
        .containsExactlyInAnyOrder(anna.id(), twin.id());
    assertThat(store.queries().bornOn(anna.dateOfBirth().plusDays(1))).isEmpty();
  }
}
