package nl.trede.client.ui.exit;

import static nl.trede.client.support.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import nl.trede.client.support.OneFileOnTheDevice;
import nl.trede.domain.Role;
import nl.trede.domain.candidate.Exit;
import nl.trede.domain.candidate.ExitReason;
import nl.trede.sync.MutationKind;
import org.junit.jupiter.api.Test;

class ExitPresenterTest extends OneFileOnTheDevice {
  private final AtomicInteger deleted = new AtomicInteger();

  private ExitPresenter form(Role role) {
    return new ExitPresenter(loggedInAs(role), anna.id(), saved::incrementAndGet, deleted::incrementAndGet);
  }

  @Test
  void aFileIsClosedWithTheDayAndTheReasonAndReopened() {
    ExitPresenter form = form(Role.CASE_MANAGER);
    assertThat(form.closed()).isFalse();
    assertThat(form.close()).as("a reason is needed").isFalse();
    assertThat(form.errors().of("exit.reason")).isEqualTo("Kies de reden van uitstroom.");

    form.reason().set(ExitReason.WORK);
    form.date().set(TODAY.minusDays(2));
    assertThat(form.close()).isTrue();
    assertThat(store.candidate(anna.id()).orElseThrow().exit()).isEqualTo(new Exit(TODAY.minusDays(2), ExitReason.WORK));

    ExitPresenter again = form(Role.CASE_MANAGER);
    assertThat(again.closed()).isTrue();
    assertThat(again.closedText()).isEqualTo("Gesloten op 8 mrt. 2026: betaald werk");
    assertThat(again.reopen()).isTrue();
    assertThat(store.candidate(anna.id()).orElseThrow().exit()).isNull();
    assertThat(store.pendingOutbox(5)).extracting(e -> e.mutation().fields().fieldNames().next())
        .containsExactly("exit", "exit");
  }

  @Test
  void deletingTakesASecondTapAndIsOfferedToWhoMayDelete() {
    assertThat(form(Role.PARTICIPATION_COACH).mayDelete()).isFalse();
    ExitPresenter form = form(Role.CASE_MANAGER);
    assertThat(form.mayDelete()).isTrue();
    assertThat(form.delete()).as("the first tap only asks").isFalse();
    assertThat(store.candidate(anna.id())).isPresent();

    form.askDelete();
    assertThat(form.delete()).isTrue();

    assertThat(store.candidate(anna.id())).isEmpty();
    assertThat(store.pendingOutbox(5)).singleElement()
        .satisfies(e -> assertThat(e.mutation().kind()).isEqualTo(MutationKind.DELETE));
    assertThat(deleted).hasValue(1);
  }
}
