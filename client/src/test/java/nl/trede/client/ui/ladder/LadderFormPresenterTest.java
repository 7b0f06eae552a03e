package nl.trede.client.ui.ladder;

import static org.assertj.core.api.Assertions.assertThat;

import nl.trede.client.support.OneFileOnTheDevice;
import nl.trede.domain.ladder.LadderStep;
import org.junit.jupiter.api.Test;

/** Recording a step on the ladder: it starts from the rung the candidate is on. */
class LadderFormPresenterTest extends OneFileOnTheDevice {
  @Test
  void aLadderStepStartsFromTheCurrentRung() {
    LadderFormPresenter form = new LadderFormPresenter(context, anna.id(), null, saved::incrementAndGet);
    assertThat(form.fromRung()).isEqualTo(3);
    form.toRung().set(3);
    form.reason().set("Geen verandering");

    assertThat(form.save()).isFalse();
    assertThat(form.errors().of("toRung")).isEqualTo("Kies een andere trede dan de huidige.");

    form.toRung().set(4);
    assertThat(form.save()).isTrue();
    assertThat(store.currentRung(anna.id())).contains(4);
    assertThat(((LadderStep) store.timeline(anna.id()).get(0).record()).fromRung()).isEqualTo(3);
  }
}
