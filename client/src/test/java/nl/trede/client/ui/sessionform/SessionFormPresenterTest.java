package nl.trede.client.ui.sessionform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import java.util.UUID;
import nl.trede.client.support.Fixtures;
import nl.trede.client.support.SessionsOnTheDevice;
import nl.trede.domain.session.GroupSession;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;

/**
 * "Bijeenkomst plannen": the title follows the kind until the user writes their own; the rules the
 * server applies show as typed; a planned session keeps its kind and takes the numbers of the day
 * once it has come.
 */
class SessionFormPresenterTest extends SessionsOnTheDevice {
  private final AtomicReference<UUID> savedId = new AtomicReference<>();

  @Test
  void theTitleFollowsTheKindUntilTheUserWritesTheirOwn() {
    SessionFormPresenter form = new SessionFormPresenter(context, null, savedId::set);
    assertThat(form.kinds()).containsExactly("aan-het-werk", "vrijwilligersmarkt");
    assertThat(form.title().get()).isEqualTo("Training Aan het werk");
    assertThat(form.description().get()).isEqualTo("Een klein zetje naar werk.");

    form.kind().set("vrijwilligersmarkt");
    assertThat(form.title().get()).isEqualTo("Vrijwilligersmarkt");
    assertThat(form.description().get()).isNull();
    form.title().set("Markt in de Arcade");
    form.kind().set("aan-het-werk");
    assertThat(form.title().get()).isEqualTo("Markt in de Arcade");
    form.startTime().set("9:30");
    form.place().set("Sporthal De Arcade");

    assertThat(form.save()).isTrue();

    GroupSession saved = store.<GroupSession>all(RecordType.GROUP_SESSION).stream().findFirst().orElseThrow();
    assertThat(saved.id()).isEqualTo(savedId.get());
    assertThat(saved.kind()).isEqualTo("aan-het-werk");
    assertThat(saved.date()).isEqualTo(Fixtures.TODAY.plusWeeks(1));
    assertThat(saved.startTime()).hasToString("09:30");
    assertThat(saved.organisedBy()).isEqualTo(context.userId());
  }

  @Test
  void mistakesShowAsTypedInDutch() {
    SessionFormPresenter form = new SessionFormPresenter(context, null, savedId::set);
    form.startTime().set("25:00");
    form.title().set(" ");
    assertThat(form.errors().of("startTime")).isEqualTo("Vul de tijd in als uu:mm, bijvoorbeeld 09:30.");
    assertThat(form.errors().of("title")).isEqualTo("Geef de bijeenkomst een titel.");
    assertThat(form.errors().of("date")).as("not touched yet").isNull();

    assertThat(form.save()).isFalse();
    assertThat(store.pendingCount()).isZero();
  }

  @Test
  void aPlannedSessionKeepsItsKindAndTakesTheNumbersOfTheDayOnceItHasCome() {
    GroupSession coming = session("vrijwilligersmarkt", "Vrijwilligersmarkt", 5, null, false);
    SessionFormPresenter form = new SessionFormPresenter(context, coming.id(), savedId::set);
    assertThat(form.editing()).isTrue();
    assertThat(form.kinds()).containsExactly("vrijwilligersmarkt");
    assertThat(form.dayHasCome().get()).isFalse();
    form.visitors().set("400");
    assertThat(form.save()).isFalse();
    assertThat(form.errors().of("visitors")).startsWith("De aantallen van de dag vult u in vanaf de dag zelf");

    form.date().set(Fixtures.TODAY);
    assertThat(form.dayHasCome().get()).isTrue();
    form.interested().set("500");
    assertThat(form.errors().of("interested")).isEqualTo("Er kunnen niet meer belangstellenden zijn dan bezoekers.");
    form.interested().set("115");
    assertThat(form.save()).isTrue();

    GroupSession saved = store.<GroupSession>all(RecordType.GROUP_SESSION).get(0);
    assertThat(saved.visitors()).isEqualTo(400);
    assertThat(saved.interested()).isEqualTo(115);
    assertThat(store.pendingOutbox(10)).singleElement().satisfies(e -> assertThat(e.mutation().fields().fieldNames())
        .toIterable().containsExactlyInAnyOrder("date", "visitors", "interested"));
  }
}
