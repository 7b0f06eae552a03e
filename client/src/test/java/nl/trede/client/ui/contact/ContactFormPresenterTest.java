package nl.trede.client.ui.contact;

import static nl.trede.client.support.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import nl.trede.client.support.OneFileOnTheDevice;
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
}
