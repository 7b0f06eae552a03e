package nl.trede.client.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nl.trede.domain.Colleague;
import nl.trede.domain.Role;
import org.junit.jupiter.api.Test;

class CoachChoicesTest {
  private static final Colleague ANNA = new Colleague(UUID.randomUUID(), "Anna de Vries", Role.PARTICIPATION_COACH);
  private static final Colleague DIRK = new Colleague(UUID.randomUUID(), "Dirk Visser", Role.JOBCOACH);
  private static final Colleague FATIMA = new Colleague(UUID.randomUUID(), "Fatima El Amrani", Role.CASE_MANAGER);
  private final Colleagues colleagues = new Colleagues(List.of(DIRK, ANNA), FATIMA, Messages.dutch());

  @Test
  void coachesAreOfferedByNameAndACoachTheListDoesNotKnowStaysOnTheFile() {
    UUID gone = UUID.randomUUID();
    CoachChoices choices = new CoachChoices(colleagues, List.of(gone, DIRK.userId()));

    assertThat(choices.picks()).extracting(p -> p.colleague().displayName(), p -> p.chosen().get()).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Onbekende collega", true),
        org.assertj.core.groups.Tuple.tuple("Anna de Vries", false),
        org.assertj.core.groups.Tuple.tuple("Dirk Visser", true));
    assertThat(choices.chosen()).as("untouched, the file keeps its coaches in its order")
        .containsExactly(gone, DIRK.userId());

    choices.choose(ANNA.userId(), true);
    choices.choose(DIRK.userId(), false);
    assertThat(choices.chosen()).containsExactly(gone, ANNA.userId());
    assertThat(colleagues.caseManagers()).containsExactly(FATIMA);
    assertThat(colleagues.name(FATIMA.userId())).isEqualTo("Fatima El Amrani");
  }
}
