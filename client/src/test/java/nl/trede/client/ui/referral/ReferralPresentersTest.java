package nl.trede.client.ui.referral;

import static nl.trede.client.support.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import nl.trede.client.support.Fixtures;
import nl.trede.client.support.OneFileOnTheDevice;
import nl.trede.config.MunicipalityConfig;
import nl.trede.config.PlacementPolicy;
import nl.trede.config.ReferralTarget;
import nl.trede.domain.Ids;
import nl.trede.domain.placement.Placement;
import nl.trede.domain.placement.PlacementKind;
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

  @Test
  void wijchenStyleNoReferralToTheWerkbedrijfWhileVolunteeringRunsShownAsTheTargetIsChosen() {
    MunicipalityConfig c = Fixtures.overbetuweWithTeams();
    List<ReferralTarget> targets = new java.util.ArrayList<>(c.referralTargets());
    targets.add(new ReferralTarget("werkbedrijf", "WerkBedrijf", ReferralTarget.Kind.PROVIDER, null, null, "004 §2.1"));
    MunicipalityConfig wijchen = new MunicipalityConfig(c.id(), c.municipality(), c.name(), c.version(), c.source(),
        c.dimensions(), c.caseloadGroups(), c.budgetLines(), c.instruments(), c.contactPolicy(), c.kpis(),
        c.migrations(), c.socialReturn(), c.jobcoaching(), targets, null).withPlacements(new PlacementPolicy(null,
            List.of(new PlacementPolicy.ReferralBar("werkbedrijf", List.of(PlacementKind.VOLUNTEERING), "004 §4.3c")),
            null, null));
    Placement volunteering = new Placement(Ids.newId(), anna.id(), PlacementKind.VOLUNTEERING, null, null, "Voedselbank",
        "Vrijwilliger", "Dagritme", null, TODAY.minusMonths(1), null, null, null, new BigDecimal("8"), null, false,
        List.of(), null, Fixtures.COACH);
    store.storePullPage(Fixtures.page("c2", Fixtures.change(RecordType.CONFIGURATION, wijchen, 1),
        Fixtures.change(RecordType.PLACEMENT, volunteering, 1)));
    ReferralFormPresenter form = new ReferralFormPresenter(loggedInAs(Role.CASE_MANAGER), anna.id(),
        saved::incrementAndGet);

    form.target().set(form.targets().stream().filter(t -> t.key().equals("werkbedrijf")).findFirst().orElseThrow());
    assertThat(form.errors().of("target")).isEqualTo("Zolang de plaatsing vrijwilligerswerk loopt, verwijst de"
        + " gemeente hier niet naar: wie we activeren naar vrijwilligerswerk, komt (nog) niet in aanmerking voor het"
        + " WerkBedrijf. Beëindig eerst die plaatsing.");
    form.goal().set("Bemiddeling naar betaald werk");
    assertThat(form.save()).isFalse();
    form.target().set(form.targets().stream().filter(t -> t.key().equals("forte-welzijn")).findFirst().orElseThrow());
    assertThat(form.errors().of("target")).isNull();
    assertThat(form.save()).isTrue();
  }
}
