package nl.trede.client.ui.referral;

import static nl.trede.client.support.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import nl.trede.client.support.OneFileOnTheDevice;
import nl.trede.domain.Role;
import nl.trede.domain.referral.Referral;
import nl.trede.domain.referral.ReferralStatus;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;

class ReferralPresentersTest extends OneFileOnTheDevice {
  private Referral sent() {
    return store.<Referral>inFile(anna.id(), RecordType.REFERRAL).get(0);
  }

  @Test
  void aReferralIsSentWithItsGoalAndWithoutAListTheTeamIsTyped() {
    ReferralFormPresenter form = new ReferralFormPresenter(loggedInAs(Role.CASE_MANAGER), anna.id(),
        saved::incrementAndGet);
    assertThat(form.hasTargetList()).isFalse();
    assertThat(form.save()).isFalse();
    assertThat(form.errors().of("target")).isEqualTo("Kies of typ naar welk team of welke organisatie.");
    assertThat(form.errors().of("goal")).isEqualTo("Vul het doel in: waar moet dit toe leiden?");

    form.typedTarget().set("WerkBedrijf");
    form.goal().set("Werkfit worden via een leerwerkplek");
    assertThat(form.save()).isTrue();

    assertThat(sent()).satisfies(r -> {
      assertThat(r.target()).isEqualTo("WerkBedrijf");
      assertThat(r.status()).isEqualTo(ReferralStatus.SENT);
      assertThat(r.sentOn()).isEqualTo(TODAY);
      assertThat(r.referredBy()).isEqualTo(FATIMA);
    });
    assertThat(store.pendingCount()).isEqualTo(1);
  }

  @Test
  void aReferralIsSignedOffWithTheReasonAndOnlyTheSignOffTravels() {
    ReferralFormPresenter send = new ReferralFormPresenter(loggedInAs(Role.CASE_MANAGER), anna.id(), () -> { });
    send.typedTarget().set("schuldhulp");
    send.goal().set("Schulden op orde");
    send.save();
    SignOffPresenter form = new SignOffPresenter(context, sent().id(), saved::incrementAndGet);
    assertThat(form.about()).isEqualTo("Naar schuldhulp, sinds 10 mrt. 2026: Schulden op orde");

    assertThat(form.save()).isFalse();
    assertThat(form.errors().of("signOffReason"))
        .isEqualTo("Schrijf op met welke reden de verwijzing wordt afgemeld.");
    form.reason().set("Regeling getroffen");
    assertThat(form.save()).isTrue();

    assertThat(sent().status()).isEqualTo(ReferralStatus.SIGNED_OFF);
    assertThat(sent().signOffReason()).isEqualTo("Regeling getroffen");
    assertThat(store.pendingOutbox(5).get(1).mutation().fields().fieldNames()).toIterable()
        .containsExactlyInAnyOrder("status", "signedOffOn", "signOffReason");
  }
}
