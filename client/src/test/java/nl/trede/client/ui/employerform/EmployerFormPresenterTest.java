package nl.trede.client.ui.employerform;

import nl.trede.client.support.RecordingDevice;
import static nl.trede.client.support.Fixtures.CLOCK;
import static nl.trede.client.support.Fixtures.change;
import static nl.trede.client.support.Fixtures.employer;
import static nl.trede.client.support.Fixtures.openStore;
import static nl.trede.client.support.Fixtures.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.trede.client.store.LocalStore;
import nl.trede.client.support.Fixtures;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.Messages;
import nl.trede.domain.Role;
import nl.trede.domain.employer.Employer;
import nl.trede.domain.employer.Sector;
import nl.trede.sync.MutationKind;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Validation as you type: only what was touched, everything after Opslaan. */
class EmployerFormPresenterTest {
  @TempDir
  Path dir;

  private LocalStore store;
  private FieldContext context;
  private final List<UUID> saved = new ArrayList<>();

  @BeforeEach
  void open() {
    store = openStore(dir);
    context = new FieldContext(store, Messages.dutch(), CLOCK, Fixtures.session(Role.JOBHUNTER), RecordingDevice.opening());
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void aWrongKvkNumberIsNamedWhileTypingAndUntouchedFieldsStayQuiet() {
    EmployerFormPresenter form = new EmployerFormPresenter(context, null, saved::add);

    form.kvkNumber().set("1234567");

    assertThat(form.errors().of("kvkNumber")).isEqualTo("Een KvK-nummer heeft 8 cijfers.");
    assertThat(form.errors().of("name")).as("not touched yet").isNull();
    assertThat(form.errors().general().get()).isNull();
    form.kvkNumber().set("1234 5678");
    assertThat(form.errors().of("kvkNumber")).isNull();

    assertThat(form.save()).isFalse();
    assertThat(form.errors().of("name")).isEqualTo("Vul dit veld in.");
    assertThat(form.errors().of("sector")).isEqualTo("Vul dit veld in.");
    assertThat(form.errors().general().get()).isEqualTo("Niet opgeslagen: controleer de gemarkeerde velden.");
    assertThat(store.pendingCount()).isZero();
  }

  @Test
  void aRegisteredEmployerIsSavedWithItsOutboxMutation() {
    EmployerFormPresenter form = new EmployerFormPresenter(context, null, saved::add);
    form.name().set("Kwekerij De Betuwe");
    form.kvkNumber().set("12.345.678");
    form.sector().set(Sector.AGRICULTURE);
    form.harrieTrained().set(true);

    assertThat(form.save()).isTrue();

    Employer employer = store.employers().get(0);
    assertThat(saved).containsExactly(employer.id());
    assertThat(employer.kvkNumber()).isEqualTo("12345678");
    assertThat(employer.harrieTrained()).isTrue();
    assertThat(store.pendingOutbox(5)).singleElement()
        .satisfies(e -> assertThat(e.mutation().kind()).isEqualTo(MutationKind.CREATE));
  }

  @Test
  void anEditSendsOnlyTheChangedFieldSoColleaguesEditingOthersNeverClash() {
    Employer shop = employer("Supermarkt Heteren");
    store.storePullPage(page("c1", change(RecordType.EMPLOYER, shop, 2)));
    EmployerFormPresenter form = new EmployerFormPresenter(context, shop.id(), saved::add);
    form.contactPerson().set("Gerda Jansen");

    assertThat(form.save()).isTrue();

    assertThat(store.pendingOutbox(5)).singleElement().satisfies(e -> {
      assertThat(e.mutation().kind()).isEqualTo(MutationKind.UPDATE);
      assertThat(e.mutation().baseVersion()).isEqualTo(2);
      assertThat(e.mutation().fields().fieldNames()).toIterable().containsExactly("contactPerson");
    });
  }

  @Test
  void aNewEmployersAanspreekpuntIsTheOneRegisteringItAndAnotherFieldColleagueCanBeChosen() {
    nl.trede.domain.Colleague eva = new nl.trede.domain.Colleague(UUID.randomUUID(), "Eva Smit", Role.JOBHUNTER);
    nl.trede.domain.Colleague fatima = new nl.trede.domain.Colleague(UUID.randomUUID(), "Fatima El Amrani",
        Role.CASE_MANAGER);
    store.saveColleagues(List.of(eva, fatima));
    EmployerFormPresenter form = new EmployerFormPresenter(context, null, saved::add);

    // 001 §3.1 "een vast aanspreekpunt … bij de gemeente": by default whoever walked in (ours).
    assertThat(form.accountOwner().get().userId()).isEqualTo(Fixtures.COACH);
    assertThat(form.owners()).extracting(nl.trede.domain.Colleague::displayName)
        .containsExactly("Anna de Vries", "Eva Smit", "Fatima El Amrani");
    form.name().set("Aannemer Van Dijk");
    form.kvkNumber().set("12345678");
    form.sector().set(Sector.CONSTRUCTION);
    form.accountOwner().set(eva);
    form.sroiObligation().set(true);
    form.sroiContractValue().set("veel");
    assertThat(form.save()).isFalse();
    assertThat(form.errors().of("sroiContractValue")).isEqualTo("Vul een getal in, bijvoorbeeld 24 of 12,5.");
    form.sroiContractValue().set("250.000");

    assertThat(form.save()).isTrue();

    Employer employer = store.employers().get(0);
    assertThat(employer.accountOwnerId()).isEqualTo(eva.userId());
    assertThat(employer.sroiContractValue()).isEqualByComparingTo("250000");
  }
}
