package nl.trede.client.ui.contact;

import static nl.trede.client.support.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import nl.trede.client.support.OneFileOnTheDevice;
import nl.trede.domain.Role;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.contact.LocationType;
import nl.trede.domain.contact.WorkplaceSignal;
import nl.trede.sync.Mutation;
import org.junit.jupiter.api.Test;

/** Recording a contact: the form checks as the rules do and names the field in Dutch. */
class ContactFormPresenterTest extends OneFileOnTheDevice {
  @Test
  void aContactWithANextContactBeforeItIsRefusedWithTheDutchReasonAtThatField() {
    ContactFormPresenter form = new ContactFormPresenter(context, anna.id(), null, false, c -> saved.incrementAndGet());
    form.summary().set("Gesprek");
    form.nextContact().set(TODAY.minusDays(3));

    assertThat(form.save()).isFalse();

    assertThat(form.errors().of("nextContactDate"))
        .isEqualTo("Het volgende contact kan niet vóór dit contactmoment liggen.");
    assertThat(store.pendingCount()).isZero();
    assertThat(saved).hasValue(0);
  }

  @Test
  void aNoShowIsSavedWithZeroMinutes() {
    ContactFormPresenter form = new ContactFormPresenter(context, anna.id(), null, false, c -> saved.incrementAndGet());
    form.noShow().set(true);

    assertThat(form.save()).isTrue();

    assertThat(form.duration().get()).isZero();
    assertThat(store.pendingCount()).isEqualTo(1);
    assertThat(saved).hasValue(1);
  }

  @Test
  void anUnreadableTimeIsNamedAtTheDateAndTimeField() {
    ContactFormPresenter form = new ContactFormPresenter(context, anna.id(), null, false, c -> saved.incrementAndGet());
    form.time().set("half tien");

    assertThat(form.save()).isFalse();

    assertThat(form.errors().of("occurredAt")).isEqualTo("Vul de tijd in als uu:mm, bijvoorbeeld 09:30.");
  }

  /** 002 §3.4.3: "De jobcoaches houden onze uitvoeringsprofessionals op de hoogte ... dreigend baanverlies". */
  @Test
  void aJobcoachMarksThreatenedJobLossAndTheContactTakesItToTheServer() {
    loggedInAs(Role.JOBCOACH);
    AtomicReference<Contact> made = new AtomicReference<>();
    ContactFormPresenter form = new ContactFormPresenter(context, anna.id(), null, false, made::set);
    form.location().set(LocationType.WORKPLACE);
    form.summary().set("Leidinggevende overweegt het contract niet te verlengen");
    assertThat(form.signal(WorkplaceSignal.THREATENED_JOB_LOSS).get()).as("nothing ticked at first").isFalse();
    form.signal(WorkplaceSignal.THREATENED_JOB_LOSS).set(true);

    assertThat(form.save()).isTrue();

    assertThat(made.get().signals()).containsExactly(WorkplaceSignal.THREATENED_JOB_LOSS);
    Mutation sent = store.pendingOutbox(10).get(0).mutation();
    assertThat(sent.fields().get("signals").toString()).isEqualTo("[\"THREATENED_JOB_LOSS\"]");
  }

  @Test
  void aCorrectionStartsFromTheSignalsOfTheContactItReplacesAndMayTakeThemOff() {
    AtomicReference<Contact> made = new AtomicReference<>();
    ContactFormPresenter first = new ContactFormPresenter(context, anna.id(), null, false, made::set);
    first.summary().set("Werkt minder uren dan afgesproken");
    first.signal(WorkplaceSignal.TRAINING_OR_SUPPORT_NEED).set(true);
    assertThat(first.save()).isTrue();
    Contact signalled = made.get();

    ContactFormPresenter correction = new ContactFormPresenter(context, anna.id(), signalled, false, made::set);
    assertThat(correction.signal(WorkplaceSignal.TRAINING_OR_SUPPORT_NEED).get()).isTrue();
    assertThat(correction.signal(WorkplaceSignal.THREATENED_JOB_LOSS).get()).isFalse();
    correction.signal(WorkplaceSignal.TRAINING_OR_SUPPORT_NEED).set(false);
    assertThat(correction.save()).isTrue();

    assertThat(made.get().correctsId()).isEqualTo(signalled.id());
    assertThat(made.get().signals()).isEmpty();
    // Without a signal the field stays off the wire, so a server from before signals takes it.
    assertThat(store.pendingOutbox(10).get(1).mutation().fields().has("signals")).isFalse();
  }
}
