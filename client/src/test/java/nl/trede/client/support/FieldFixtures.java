package nl.trede.client.support;

import static nl.trede.client.support.Fixtures.COACH;
import static nl.trede.client.support.Fixtures.TODAY;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.trede.config.CaseloadGroup;
import nl.trede.config.ContactPolicy;
import nl.trede.config.ContactRule;
import nl.trede.config.Dimension;
import nl.trede.config.DimensionValue;
import nl.trede.config.Instrument;
import nl.trede.config.InstrumentConditions;
import nl.trede.config.InstrumentKind;
import nl.trede.config.AmountTier;
import nl.trede.config.MunicipalityConfig;
import nl.trede.config.Population;
import nl.trede.domain.Ids;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.CandidateFlag;
import nl.trede.domain.candidate.Plan;
import nl.trede.domain.coaching.CoachKind;
import nl.trede.domain.employer.Requirement;
import nl.trede.domain.placement.InstrumentUse;
import nl.trede.domain.placement.JobcoachRegime;
import nl.trede.domain.placement.Jobcoaching;
import nl.trede.domain.placement.Placement;
import nl.trede.domain.placement.PlacementKind;

/** Configurations, placements and candidates for the field screens' tests. */
public final class FieldFixtures {
  private FieldFixtures() {}

  /** The logged-in coach of the client tests, in a role. */
  public static nl.trede.client.store.StoredSession session(nl.trede.domain.Role role) {
    return new nl.trede.client.store.StoredSession("http://127.0.0.1:9", "coach1", COACH, "Anna de Vries", role,
        "overbetuwe", "Gemeente Overbetuwe", "token-1");
  }

  /**
   * A configuration in Overbetuwe's manner (000 §4, §5.3): the track is set in the field, the
   * profile by the case manager; "meedoen" is spoken to at least yearly; two instruments.
   */
  public static MunicipalityConfig overbetuwe() {
    Dimension track = new Dimension("spoor", "Spoor", null, List.of(new DimensionValue("werk", "Focus op werk"),
        new DimensionValue("groei", "Focus op groei"), new DimensionValue("meedoen", "Focus op meedoen")),
        true, "000 §4");
    Dimension profile = new Dimension("profiel", "Klantprofiel", null, List.of(new DimensionValue("1", "Profiel 1"),
        new DimensionValue("2", "Profiel 2"), new DimensionValue("3", "Profiel 3")), false, "001 §2.1.1");
    Population meedoen = new Population(Map.of("spoor", List.of("meedoen")), null, null, null, null, null, null,
        null, null);
    Population youth = new Population(null, null, null, null, null, 27, null, null, null);
    return new MunicipalityConfig(MunicipalityConfig.idFor("overbetuwe"), "overbetuwe", "Gemeente Overbetuwe", 1,
        "fixture", List.of(track, profile),
        List.of(new CaseloadGroup("jongeren", "Jongeren tot 27 jaar", youth, "000 §1.1"),
            new CaseloadGroup("meedoen", "Meedoen", meedoen, "000 §5.3")),
        List.of(),
        List.of(new Instrument("loonkostensubsidie", "Loonkostensubsidie", InstrumentKind.EMPLOYER_SUPPORT, null,
                null, null, "001 §2.1.2"),
            new Instrument("werkgeverscheque", "Werkgeverscheque", InstrumentKind.EMPLOYER_SUPPORT,
                new BigDecimal("2250"), null, new InstrumentConditions(6, new BigDecimal("32"), null, null, false,
                    List.of(new AmountTier(6, new BigDecimal("2250")), new AmountTier(12, new BigDecimal("4500")))),
                "002 §3.4.4")),
        new ContactPolicy(42, List.of(new ContactRule(meedoen, 365, "000 §5.3"))), List.of(), List.of(), null,
        // 000 Bijlage A: Overbetuwe's own condition on jobcoaching, in its configuration.
        new nl.trede.config.JobcoachingPolicy(List.of(CandidateFlag.WAGE_COST_SUBSIDY), "000 Bijlage A"));
  }

  /** Dalfsen's categories (003 §2A), none of them editable in the field. */
  public static MunicipalityConfig dalfsen() {
    Dimension category = new Dimension("categorie", "Categorie", null, List.of(new DimensionValue("zorg", "Zorg"),
        new DimensionValue("meedoen", "Meedoen"), new DimensionValue("werkfit", "Werkfit")), false, "003 §2A");
    return new MunicipalityConfig(MunicipalityConfig.idFor("dalfsen"), "dalfsen", "Gemeente Dalfsen", 1, "fixture",
        List.of(category),
        List.of(new CaseloadGroup("zorg", "Zorg", new Population(Map.of("categorie", List.of("zorg")), null, null,
            null, null, null, null, null, null), "003 §2A")),
        List.of(), List.of(), new ContactPolicy(56, List.of()), List.of(), List.of());
  }

  public static Candidate candidate(String given, String family, Map<String, String> classification,
      Set<CandidateFlag> flags, java.time.LocalDate born) {
    return new Candidate(Ids.newId(), given, family, born, "06-12345678", "Dorpsstraat 1, Elst", null,
        List.of(COACH), TODAY.minusYears(2), flags, classification, null, List.of(), List.of(),
        new Plan("Vrijwilligerswerk als opstap", "Wekelijks contact", 12, 14, "Integrale aanpak"), null, null,
        Set.of(Requirement.VCA), "B1", new BigDecimal("24"));
  }

  /** A regular job with the municipal jobcoach, coached by {@code jobcoach} until {@code coachingEnds}. */
  public static Placement coachedJob(UUID candidateId, UUID employerId, UUID jobcoach, java.time.LocalDate coachingEnds) {
    return new Placement(Ids.newId(), candidateId, PlacementKind.REGULAR_JOB, employerId, null, "Orderpicker",
        "Duurzaam aan het werk", "Teamleider", TODAY.minusMonths(3), TODAY.plusMonths(9), null, null,
        new BigDecimal("28"), 12, false,
        List.of(new InstrumentUse("loonkostensubsidie", new BigDecimal("800"), TODAY.minusMonths(3), null)),
        new Jobcoaching(true, false, false, false, CoachKind.MUNICIPAL, "Geen getrainde collega", jobcoach, null,
            JobcoachRegime.MEDIUM, coachingEnds, 40), COACH);
  }
}
