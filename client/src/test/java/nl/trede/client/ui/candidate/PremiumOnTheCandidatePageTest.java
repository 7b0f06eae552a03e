package nl.trede.client.ui.candidate;

import static nl.trede.client.support.Fixtures.TODAY;
import static nl.trede.client.support.Fixtures.change;
import static nl.trede.client.support.Fixtures.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.trede.client.support.Fixtures;
import nl.trede.client.support.OneFileOnTheDevice;
import nl.trede.config.AmountTier;
import nl.trede.config.Instrument;
import nl.trede.config.InstrumentConditions;
import nl.trede.config.InstrumentKind;
import nl.trede.config.MunicipalityConfig;
import nl.trede.domain.placement.InstrumentUse;
import nl.trede.domain.placement.Placement;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;

/**
 * The uitstroompremie on the candidate page (002 §3.3.9: "eenmalig een bedrag van 500 euro als zij
 * langer dan een half jaar onafgebroken aan het werk zijn", after "langer dan een jaar" on benefit).
 * Anna is on benefit since 1 January 2024; today is 10 March 2026.
 */
class PremiumOnTheCandidatePageTest extends OneFileOnTheDevice {
  /** Overbetuwe's fixture with Lansingerland's uitstroompremie in the catalogue. */
  private static MunicipalityConfig withPremium() {
    MunicipalityConfig c = Fixtures.overbetuwe();
    List<Instrument> instruments = new ArrayList<>(c.instruments());
    instruments.add(new Instrument("uitstroompremie", "Uitstroompremie", InstrumentKind.PREMIUM, new BigDecimal("500"),
        null, new InstrumentConditions(null, null, null, null, null, true,
            List.of(new AmountTier(null, new BigDecimal("500"))), null, 12, 6), "002 §3.3.9"));
    return new MunicipalityConfig(c.id(), c.municipality(), c.name(), c.version(), c.source(), c.dimensions(),
        c.caseloadGroups(), c.budgetLines(), instruments, c.contactPolicy(), c.kpis(), c.migrations(),
        c.socialReturn(), c.jobcoaching(), c.referralTargets(), c.obligations());
  }

  private String premiumShown(MunicipalityConfig config, LocalDate workBegan, InstrumentUse... granted) {
    Placement p = Fixtures.coachedJob(anna.id(), shop.id(), Fixtures.COACH, TODAY.plusMonths(3));
    Placement work = new Placement(p.id(), p.candidateId(), p.kind(), p.employerId(), null, null, p.role(), p.goal(),
        p.supervision(), workBegan, null, null, null, p.hoursPerWeek(), p.contractMonths(), false, List.of(granted),
        null, p.createdBy());
    store.storePullPage(page("c2", change(RecordType.CONFIGURATION, config, 1), change(RecordType.PLACEMENT, work, 1)));
    CandidatePresenter page = new CandidatePresenter(context, anna.id(), new RecordingActions(new ArrayList<>()));
    page.refresh();
    return page.premium().get();
  }

  @Test
  void workBegunAfterAYearOnBenefitAndHeldForMoreThanSixMonthsShowsTheConditionsMetSince() {
    // Began 1 March 2025, 14 months on benefit; six months later is 1 September, not yet longer.
    assertThat(premiumShown(withPremium(), LocalDate.of(2025, 3, 1)))
        .isEqualTo("Uitstroompremie: voorwaarden vervuld sinds 2 sep. 2025");
  }

  @Test
  void someoneStillAtWorkIsToldFromWhen() {
    assertThat(premiumShown(withPremium(), LocalDate.of(2026, 1, 5)))
        .isEqualTo("Uitstroompremie: voorwaarden vervuld vanaf 6 jul. 2026");
  }

  @Test
  void alreadyGrantedOrNoPremiumInTheCatalogueShowsNothing() {
    InstrumentUse granted = new InstrumentUse("uitstroompremie", new BigDecimal("500"), LocalDate.of(2025, 10, 1), null);
    assertThat(premiumShown(withPremium(), LocalDate.of(2025, 3, 1), granted)).isNull();
  }

  @Test
  void aMunicipalityWithoutAPremiumShowsNothing() {
    assertThat(premiumShown(Fixtures.overbetuwe(), LocalDate.of(2025, 3, 1))).isNull();
  }
}
