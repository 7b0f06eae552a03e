package nl.trede.client.ui.hours;

import static org.assertj.core.api.Assertions.assertThat;

import nl.trede.client.support.OneFileOnTheDevice;
import nl.trede.domain.coaching.CoachingHours;
import org.junit.jupiter.api.Test;

/** Booking coaching hours on a file without a placement: quarter hours, shown in Dutch, at an employer. */
class HoursFormWithoutPlacementTest extends OneFileOnTheDevice {
  @Test
  void coachingHoursStepByQuarterHoursAndShowTheDutchAmount() {
    HoursFormPresenter form = new HoursFormPresenter(context, anna.id(), null, null, saved::incrementAndGet);
    form.more();
    form.more();
    assertThat(form.amount().get()).isEqualTo("1,5 uur");
    form.less();

    assertThat(form.save()).isFalse();
    assertThat(form.errors().of("employerId")).isEqualTo("Kies de werkgever.");

    form.employer().set(form.employers().get(0));
    assertThat(form.save()).isTrue();
    assertThat(((CoachingHours) store.timeline(anna.id()).get(0).record()).quarterHours()).isEqualTo(5);
  }
}
