package nl.trede.client.ui.conflict;

import nl.trede.client.support.RecordingDevice;
import static nl.trede.client.support.Fixtures.CLOCK;
import static nl.trede.client.support.Fixtures.COACH;
import static nl.trede.client.support.Fixtures.NOW;
import static nl.trede.client.support.Fixtures.employer;
import static nl.trede.client.support.Fixtures.openStore;
import static nl.trede.client.support.Fixtures.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import nl.trede.client.store.LocalStore;
import nl.trede.client.support.Fixtures;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.Messages;
import nl.trede.domain.Ids;
import nl.trede.domain.Json;
import nl.trede.domain.Role;
import nl.trede.domain.employer.Employer;
import nl.trede.sync.FieldConflict;
import nl.trede.sync.RecordChange;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConflictPresenterTest {
  @TempDir
  Path dir;

  private LocalStore store;
  private Employer shop;
  private FieldConflict person;
  private FieldConflict harrie;

  @BeforeEach
  void conflict() {
    store = openStore(dir);
    shop = employer("Supermarkt Heteren");
    person = new FieldConflict(Ids.newId(), "contactPerson", Json.MAPPER.valueToTree("Sanne Aalbers"),
        Json.MAPPER.valueToTree("Joop Aalbers"), Ids.newId(), COACH, NOW);
    harrie = new FieldConflict(Ids.newId(), "harrieTrained", Json.MAPPER.valueToTree(true),
        Json.MAPPER.valueToTree(false), Ids.newId(), Ids.newId(), NOW);
    store.storePullPage(page("c1", new RecordChange(RecordType.EMPLOYER, shop.id(), 5, false,
        Json.MAPPER.valueToTree(shop), List.of(person, harrie))));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void bothValuesAreShownInDutchWithWhoMadeTheClashingOne() {
    ConflictPresenter presenter = new ConflictPresenter(new FieldContext(store, Messages.dutch(), CLOCK,
        Fixtures.session(Role.JOBHUNTER), RecordingDevice.opening()), shop.id(), () -> {});

    assertThat(presenter.title().get()).isEqualTo("Werkgever Supermarkt Heteren");
    assertThat(presenter.rows()).extracting(ConflictPresenter.Row::field, ConflictPresenter.Row::kept,
        ConflictPresenter.Row::other).containsExactly(
            org.assertj.core.groups.Tuple.tuple("Contactpersoon", "Sanne Aalbers", "Joop Aalbers"),
            org.assertj.core.groups.Tuple.tuple("Harrie-getrainde collega", "Ja", "Nee"));
    assertThat(presenter.rows().get(0).otherBy()).isEqualTo("door u · 10 mrt. 2026 10:00");
    assertThat(presenter.rows().get(1).otherBy()).startsWith("door een collega");
  }

  @Test
  void everyFieldNeedsAChoiceAndTheChoicesTravelAsOneUpdateNamingBothConflicts() {
    ConflictPresenter presenter = new ConflictPresenter(new FieldContext(store, Messages.dutch(), CLOCK,
        Fixtures.session(Role.JOBHUNTER), RecordingDevice.opening()), shop.id(), () -> {});
    presenter.rows().get(0).choice().set(ConflictPresenter.Side.OTHER);

    assertThat(presenter.save()).isFalse();
    assertThat(presenter.error().get()).isEqualTo("Kies bij elk gegeven welke waarde blijft.");

    presenter.rows().get(1).choice().set(ConflictPresenter.Side.KEPT);
    assertThat(presenter.save()).isTrue();
    assertThat(store.pendingOutbox(5)).singleElement().satisfies(e -> {
      assertThat(e.mutation().resolves()).containsExactlyInAnyOrder(person.id(), harrie.id());
      assertThat(e.mutation().fields().get("contactPerson").asText()).isEqualTo("Joop Aalbers");
      assertThat(e.mutation().fields().get("harrieTrained").asBoolean()).isTrue();
      assertThat(e.mutation().baseVersion()).isEqualTo(5);
    });
    assertThat(store.employers().get(0).contactPerson()).isEqualTo("Joop Aalbers");
  }
}
