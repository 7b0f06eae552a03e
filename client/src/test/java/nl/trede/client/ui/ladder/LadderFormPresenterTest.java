package nl.trede.client.ui.ladder;

import static org.assertj.core.api.Assertions.assertThat;

import static nl.trede.client.support.Fixtures.change;
import static nl.trede.client.support.Fixtures.page;

import nl.trede.client.support.Fixtures;
import nl.trede.client.support.OneFileOnTheDevice;
import nl.trede.domain.ladder.LadderStep;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;

/** Recording a step on the ladder: it starts from the rung the candidate is on; a rung off the track is named. */
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

  @Test
  void aRungOffTheCandidatesTrackSaysWhichTrackItBelongsWithAndStillSaves() {
    // Overbetuwe: "Focus op groei: Dit spoor sluit aan bij de treden drie en vier" (000 §4); Anna is on groei.
    store.storePullPage(page("c2", change(RecordType.CONFIGURATION, Fixtures.overbetuwe(), 1)));
    LadderFormPresenter form = new LadderFormPresenter(context, anna.id(), null, saved::incrementAndGet);

    form.toRung().set(4);
    assertThat(form.trackHint().get()).isEmpty();

    form.toRung().set(5);
    assertThat(form.trackHint().get()).isEqualTo(
        "Trede 5 past niet bij het spoor Focus op groei: die trede hoort bij Focus op werk. Pas zo nodig de indeling aan.");
    form.reason().set("Werkt sinds maandag 24 uur per week");
    assertThat(form.save()).as("a hint, not a refusal").isTrue();
  }
}
