package nl.trede.client.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.trede.client.support.OneFileOnTheDevice;
import nl.trede.domain.Json;
import nl.trede.domain.Role;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;

/** A conflict on who carries a file shows the colleagues by name, never as ids. */
class RecordLabelsColleaguesTest extends OneFileOnTheDevice {
  @Test
  void coachesAndTheCaseManagerAreNamed() {
    loggedInAs(Role.CASE_MANAGER);
    RecordLabels labels = new RecordLabels(messages, store);
    UUID stranger = UUID.randomUUID();

    assertThat(labels.value(RecordType.CANDIDATE, "coachIds", Json.MAPPER.createArrayNode()
        .add(BRAM.toString()).add(stranger.toString()))).isEqualTo("Bram Visser, Onbekende collega");
    assertThat(labels.value(RecordType.CANDIDATE, "caseManagerId", Json.MAPPER.getNodeFactory()
        .textNode(FATIMA.toString()))).isEqualTo("Fatima El Amrani");
    assertThat(labels.value(RecordType.CANDIDATE, "coachIds", Json.MAPPER.createArrayNode())).isEqualTo("(leeg)");
  }
}
