package nl.trede.client.ui.classification;

import nl.trede.client.support.RecordingDevice;
import static nl.trede.client.support.Fixtures.CLOCK;
import static nl.trede.client.support.Fixtures.TODAY;
import static nl.trede.client.support.Fixtures.change;
import static nl.trede.client.support.Fixtures.openStore;
import static nl.trede.client.support.Fixtures.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import nl.trede.client.store.LocalStore;
import nl.trede.client.support.Fixtures;
import nl.trede.client.ui.kit.DimensionChoice;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.Messages;
import nl.trede.domain.Role;
import nl.trede.domain.candidate.Candidate;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassificationFormPresenterTest {
  @TempDir
  Path dir;

  private LocalStore store;
  private Candidate sam;

  @BeforeEach
  void candidate() {
    store = openStore(dir);
    sam = Fixtures.candidate("Sam", "Oudspoor", Map.of("spoor", "participatie", "profiel", "2"), Set.of(),
        TODAY.minusYears(40));
    store.storePullPage(page("c1", change(RecordType.CONFIGURATION, Fixtures.overbetuwe(), 1),
        change(RecordType.CANDIDATE, sam, 1)));
  }

  @AfterEach
  void close() {
    store.close();
  }

  private ClassificationFormPresenter form(Role role) {
    return new ClassificationFormPresenter(new FieldContext(store, Messages.dutch(), CLOCK,
        Fixtures.session(role), RecordingDevice.opening()), sam.id(), () -> {});
  }

  @Test
  void aCoachMayChangeOnlyFieldEditableDimensionsAndSeesTheStaleValueForReview() {
    ClassificationFormPresenter form = form(Role.PARTICIPATION_COACH);

    ClassificationFormPresenter.Row track = form.rows().get(0);
    ClassificationFormPresenter.Row profile = form.rows().get(1);
    assertThat(track.editable()).isTrue();
    assertThat(track.value().get()).isEqualTo(new DimensionChoice("participatie",
        "participatie (te herzien)", true));
    assertThat(track.choices()).extracting(DimensionChoice::label)
        .containsExactly("Nog niet ingedeeld", "Focus op werk", "Focus op groei", "Focus op meedoen",
            "participatie (te herzien)");
    assertThat(profile.editable()).isFalse();
    assertThat(profile.note()).isEqualTo("Stelt de klantmanager vast.");
  }

  @Test
  void choosingACurrentValueSendsOnlyTheClassificationAndKeepsTheRest() {
    ClassificationFormPresenter form = form(Role.PARTICIPATION_COACH);
    ClassificationFormPresenter.Row track = form.rows().get(0);
    track.value().set(track.choices().get(2));

    assertThat(form.save()).isTrue();

    assertThat(store.candidate(sam.id()).orElseThrow().classification())
        .containsExactlyInAnyOrderEntriesOf(Map.of("spoor", "groei", "profiel", "2"));
    assertThat(store.pendingOutbox(5)).singleElement()
        .satisfies(e -> assertThat(e.mutation().fields().fieldNames()).toIterable().containsExactly("classification"));
  }

  @Test
  void aCaseManagerMayChangeEveryDimension() {
    assertThat(form(Role.CASE_MANAGER).rows()).allMatch(ClassificationFormPresenter.Row::editable);
  }
}
