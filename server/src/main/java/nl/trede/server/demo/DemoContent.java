package nl.trede.server.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import nl.trede.config.Dimension;
import nl.trede.config.Instrument;
import nl.trede.config.InstrumentKind;
import nl.trede.config.MunicipalityConfig;
import nl.trede.domain.placement.DisplacementCheck;
import nl.trede.domain.placement.EvaluationOutcome;
import nl.trede.domain.placement.InstrumentUse;
import nl.trede.domain.placement.JobcoachRegime;
import nl.trede.domain.placement.Jobcoaching;
import nl.trede.domain.placement.Placement;
import nl.trede.domain.placement.PlacementEndReason;
import nl.trede.domain.placement.PlacementEvaluation;
import nl.trede.domain.placement.PlacementKind;
import nl.trede.domain.candidate.BenefitKind;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.CandidateFlag;
import nl.trede.domain.candidate.Exemption;
import nl.trede.domain.candidate.ExemptionKind;
import nl.trede.domain.coaching.CoachKind;
import nl.trede.domain.employer.Employer;
import nl.trede.domain.employer.EmployerContact;
import nl.trede.domain.employer.EmployerContactKind;
import nl.trede.domain.employer.Sector;
import nl.trede.server.accounts.Caller;

/**
 * What the demo's records say: names, streets and places, the classification in each
 * municipality's own scheme, the placements, plans and notes. Made up, never a real person; kept
 * apart from {@link DemoData}, which decides what to load and pushes it like a device would.
 */
final class DemoContent {
  private DemoContent() {}

  static final String[] GIVEN = {"Mohammed", "Sanne", "Kevin", "Fatma", "Jeroen", "Linda",
      "Ahmed", "Petra", "Dennis", "Yasmina", "Ruud", "Ingrid", "Tarik", "Monique", "Sven", "Esra",
      "Patrick", "Naima", "Wim", "Joyce", "Hamid", "Marloes", "Rachid", "Sabine", "Tom", "Aylin",
      "Erik", "Nadia", "Bas", "Fleur", "Youssef", "Kim", "Henk", "Samira", "Rik", "Anouk"};
  static final String[] FAMILY = {"de Jong", "Jansen", "de Vries", "van den Berg", "Bakker",
      "Janssen", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos",
      "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits",
      "de Graaf", "van der Meer", "Yilmaz", "El Idrissi", "Kaya", "Haddou", "van Dijk", "Kok"};
  static final String[] STREETS = {"Dorpsstraat", "Stationsweg", "Rijksweg-Noord",
      "Kerkstraat", "Molenstraat", "Julianastraat", "Parallelweg", "Schoolstraat", "Hoofdstraat"};
  static final String[] PLACES = {"Elst", "Heteren", "Bemmel", "Driel", "Zetten",
      "Randwijk", "Oosterhout", "Valburg"};

  static final Map<String, String[]> PLACES_OF = Map.of(
      "overbetuwe", new String[] {"Elst", "Heteren", "Bemmel", "Driel", "Zetten", "Randwijk", "Oosterhout", "Valburg"},
      "dalfsen", new String[] {"Dalfsen", "Nieuwleusen", "Lemelerveld", "Oudleusen", "Hoonhorst"},
      "lansingerland", new String[] {"Berkel en Rodenrijs", "Bergschenhoek", "Bleiswijk"},
      "wijchen", new String[] {"Wijchen", "Batenburg", "Alverna", "Balgoij", "Niftrik", "Bergharen"});

  /**
   * A placement that fits the candidate: the jobcoach's candidates work with loonkostensubsidie and
   * the municipal jobcoach (some past the planned end of coaching), those on rung 3-4 volunteer or
   * do a WEP, the language group follows a language trajectory. Every third job fills the vacancy
   * the jobhunter registered at that employer ({@code vacancies} by employer index), so the console's
   * employer pages show a vacancy with the placement that filled it.
   */
  static Placement demoPlacement(MunicipalityConfig config, Candidate c, int i, List<Employer> employers,
      List<UUID> vacancies, Caller jobcoach, Caller coach, LocalDate today, Random random) {
    LocalDate start = today.minusMonths(2 + random.nextInt(6));
    if (i >= 24) {
      Jobcoaching coaching = new Jobcoaching(true, false, false, false, CoachKind.MUNICIPAL,
          "Werkgever heeft geen getrainde collega; eigen netwerk biedt geen begeleiding op de werkvloer.",
          uuid(jobcoach), null, JobcoachRegime.MEDIUM,
          i % 4 == 0 ? today.minusWeeks(2) : start.plusMonths(6 + random.nextInt(4)), 40 + 10 * (i % 4));
      BigDecimal hours = BigDecimal.valueOf(24 + 4 * (i % 3));
      List<InstrumentUse> instruments = new ArrayList<>();
      if (config.instrument("loonkostensubsidie").isPresent()) {
        instruments.add(new InstrumentUse("loonkostensubsidie", BigDecimal.valueOf(700 + 50L * (i % 6)), start,
            "Maandelijks, op basis van de gemeten loonwaarde"));
      }
      catalogue(config, InstrumentKind.WORKPLACE_SUPPORT, "jobcoach", BigDecimal.valueOf(950))
          .ifPresent(use -> instruments.add(new InstrumentUse(use.code(), use.amount(), start,
              "Gemeentelijke jobcoach, regime midden")));
      if (config.instrument("werkgeverscheque").isPresent() && hours.intValue() >= 32) {
        // Lansingerland: a contract of twelve months and 32 hours a week (002 §3.4.4).
        instruments.add(new InstrumentUse("werkgeverscheque", BigDecimal.valueOf(4500), start,
            "Afgesproken via het Werkgeversservicepunt"));
      }
      return new Placement(id(), c.id(), PlacementKind.REGULAR_JOB, employers.get(i % 8).id(),
          i % 3 == 0 ? vacancies.get(i % 8) : null, null,
          "Medewerker", "Duurzaam aan het werk met begeleiding op de werkplek", "Leidinggevende op de werkvloer",
          start, start.plusMonths(12), null, null, hours, 12, false,
          instruments, coaching, uuid(coach));
    }
    if (c.flags().contains(CandidateFlag.LANGUAGE_BELOW_LEVEL)) {
      List<InstrumentUse> course = catalogue(config, InstrumentKind.TRAINING, "taal", BigDecimal.valueOf(450))
          .map(use -> List.of(new InstrumentUse(use.code(), use.amount(), start, "Cursus NT2, negen maanden")))
          .orElse(List.of());
      return new Placement(id(), c.id(), PlacementKind.TRAINING, null, null, "Taalhuis (NT2)", "Cursist",
          "Taalniveau A2 halen voor werk of vrijwilligerswerk", null, start, start.plusMonths(9), null, null,
          BigDecimal.valueOf(6), null, false, course, null, uuid(coach));
    }
    if (i % 4 == 2) {
      return new Placement(id(), c.id(), PlacementKind.VOLUNTEERING, null, null, "Voedselbank", "Vrijwilliger",
          "Dagritme en sociale contacten opbouwen", null, start, null, null, null, BigDecimal.valueOf(8),
          null, false, List.of(), null, uuid(coach));
    }
    if (i % 4 == 3) {
      LocalDate wepStart = today.minusWeeks(3 + random.nextInt(6));
      List<InstrumentUse> trajectory = catalogue(config, InstrumentKind.TRAJECTORY, "werkervaring",
          BigDecimal.valueOf(1200))
          .map(use -> List.of(new InstrumentUse(use.code(), use.amount(), wepStart, "Werkervaringsplaats met intentie")))
          .orElse(List.of());
      return new Placement(id(), c.id(), PlacementKind.WORK_EXPERIENCE, employers.get(i % 8).id(), null, null,
          "Werkervaringsplaats", "Werknemersvaardigheden opdoen met uitzicht op een baan",
          "Vaste collega als werkbegeleider; evaluatie na zes weken", wepStart, wepStart.plusMonths(3), null, null,
          BigDecimal.valueOf(20), null, true, trajectory, null, uuid(coach))
          .withDisplacementCheck(new DisplacementCheck(wepStart.minusWeeks(1), uuid(coach), "Boventallige plek naast"
              + " de vaste ploeg; er staat geen vacature open en niemand wordt vervangen."));
    }
    return null;
  }

  /**
   * For every other candidate of the coaches' caseloads, a group training that ended eight to ten
   * months ago, most of them evaluated (003 §1B: "de ervaren effecten bij zowel cliënt als
   * consulent/loopbaanbegeleider"), so "Effect van instrumenten" has something to show: one in six
   * not evaluated, one in six stopped early without ratings; the rest rated by index, not at random,
   * so the demo's figures stay the same on every start.
   */
  static Placement evaluatedPlacement(MunicipalityConfig config, Candidate c, int i, UUID coach, LocalDate today) {
    if (i >= 24 || i % 2 == 0) {
      return null;
    }
    LocalDate end = today.minusMonths(8).minusDays(3L * i);
    LocalDate start = end.minusMonths(5);
    List<InstrumentUse> instruments = catalogue(config, InstrumentKind.TRAINING, "groepstraining", BigDecimal.valueOf(900))
        .or(() -> catalogue(config, InstrumentKind.TRAJECTORY, "traject", BigDecimal.valueOf(1500)))
        .map(use -> List.of(new InstrumentUse(use.code(), use.amount(), start, "Groepstraining naar werk")))
        .orElse(List.of());
    int k = i / 2;
    EvaluationOutcome[] outcomes = {EvaluationOutcome.GOAL_REACHED, EvaluationOutcome.PARTLY_REACHED,
        EvaluationOutcome.GOAL_REACHED, EvaluationOutcome.NOT_REACHED, EvaluationOutcome.PARTLY_REACHED};
    PlacementEvaluation evaluation = k % 6 == 5 ? null : k % 6 == 4
        ? new PlacementEvaluation(EvaluationOutcome.STOPPED_EARLY, null, null,
            "Gestopt na verhuizing; niet meer bereikbaar voor een gesprek.", coach, at(end.plusDays(3)))
        : new PlacementEvaluation(outcomes[k % 5], 2 + (k * 3) % 4, 3 + k % 3,
            "Besproken met de kandidaat bij de afronding.", coach, at(end.plusDays(3)));
    return new Placement(id(), c.id(), PlacementKind.TRAINING, null, null, "Werkacademie", "Deelnemer",
        "Solliciteren en werknemersvaardigheden oefenen", null, start, end, end,
        k % 6 == 4 ? PlacementEndReason.STOPPED_BY_CANDIDATE : PlacementEndReason.COMPLETED, BigDecimal.valueOf(16),
        null, false, instruments, null, coach, evaluation);
  }

  private static java.time.Instant at(LocalDate day) {
    return day.atTime(10, 0).atZone(nl.trede.domain.Violations.ZONE).toInstant();
  }

  /**
   * An instrument of the municipality's catalogue for a demo grant: of this kind, preferably one
   * whose code or name mentions {@code hint}, without conditions (the demo grants nothing a council
   * would refuse); its usual cost, else {@code amount}. Empty when the catalogue has none.
   */
  private static java.util.Optional<InstrumentUse> catalogue(MunicipalityConfig config, InstrumentKind kind,
      String hint, BigDecimal amount) {
    List<Instrument> fitting = config.instruments().stream()
        .filter(i -> i.kind() == kind && i.conditions() == null).toList();
    Instrument chosen = fitting.stream()
        .filter(i -> (i.code() + " " + i.name()).toLowerCase(java.util.Locale.ROOT).contains(hint))
        .filter(i -> !i.code().contains("intern") && !i.code().contains("extern"))
        .findFirst().orElse(fitting.isEmpty() ? null : fitting.get(0));
    return java.util.Optional.ofNullable(chosen)
        .map(i -> new InstrumentUse(i.code(), i.cost() != null ? i.cost() : amount, null, null));
  }

  /**
   * The candidate's classification in the municipality's own scheme. Where a policy document relates
   * a dimension to the rung, the flags, the age or the time on benefit, the value follows that
   * relation; otherwise it is drawn at random, leaning to the common case. About one in twenty files
   * stays "nog niet ingedeeld", as in Overbetuwe (000 §2.3).
   *
   * @param monthsOnBenefit {@code null} for a candidate without benefit
   */
  static Map<String, String> classify(MunicipalityConfig config, int index, int rung, Set<CandidateFlag> flags,
      int age, Integer monthsOnBenefit, Random random) {
    Map<String, String> classification = new java.util.TreeMap<>();
    if (index % 20 == 19) {
      return classification;
    }
    String category = rung <= 2 ? "zorg" : rung <= 4 ? "meedoen" : "werkfit";
    for (Dimension d : config.dimensions()) {
      String value = switch (d.key()) {
        // Overbetuwe: the tracks follow the rungs (000 §4); spoor 1 and 2 are the short distance (000 §2.3);
        // the profile follows rung and time on benefit (001 §2.1.1).
        case "spoor" -> rung <= 2 ? "meedoen" : rung <= 4 ? "groei" : "werk";
        case "werkperspectief" -> rung >= 5 ? "direct" : rung == 4 ? "binnen-12-maanden" : "grote-afstand";
        case "profiel" -> rung >= 5 ? "1" : rung >= 3 ? "2" : "3";
        // Known only once measured or indicated (001 §2.1.2): most files have none yet.
        case "loonwaarde" -> flags.contains(CandidateFlag.WAGE_COST_SUBSIDY) ? "bemiddelbaar-40-80"
            : flags.contains(CandidateFlag.SHELTERED_WORK_INDICATION) ? "indicatie-zorg"
            : rung >= 5 ? "regulier" : "";
        // Dalfsen: Zorg, Meedoen, Werkfit from low to high (003 §2A); the subcategory (003 §1C).
        case "categorie" -> category;
        case "subcategorie" -> category.equals("werkfit") ? "uitstroom-verwacht"
            : rung == 1 && random.nextInt(2) == 0 ? "maximaal-haalbaar" : "doorstroom-verwacht";
        // Lansingerland: structure is the line between activation (rungs 1-3) and re-integration (4-6)
        // (002 §3.3.4, §3.3.5); the taalmeter's verdict is a flag; the 50+ often lack self-confidence
        // (002 §2.3); the eight caseload groups of 002 §4.2.
        case "dagritme" -> rung >= 4 ? "voldoende" : rung == 3 ? "beperkt" : "onvoldoende";
        case "taal" -> flags.contains(CandidateFlag.LANGUAGE_BELOW_LEVEL) ? "onvoldoende"
            : flags.contains(CandidateFlag.STATUS_HOLDER) ? "beperkt" : "voldoende";
        case "solliciteren" -> rung >= 5 ? "voldoende" : rung == 4 ? "beperkt" : pick(random, "beperkt", "onvoldoende");
        case "zelfvertrouwen" -> age >= 50 ? pick(random, "enige", "veel") : rung >= 4 ? "geen" : pick(random, "geen", "enige");
        case "hulpacceptatie", "verantwoordelijkheid" -> rung >= 4 ? pick(random, "geen", "geen", "enige")
            : pick(random, "geen", "enige", "veel");
        case "certificaten", "doe-vermogen", "sociaal", "ggz", "lichamelijk" ->
            pick(random, "voldoende", "voldoende", "voldoende", "beperkt", "onvoldoende");
        case "doelgroep" -> flags.contains(CandidateFlag.STATUS_HOLDER) ? "asielgerechtigden"
            : monthsOnBenefit != null && monthsOnBenefit < 12 ? "nieuw"
            : flags.contains(CandidateFlag.TARGET_GROUP_REGISTER) ? "arbeidsbeperkten"
            : age < 27 ? "kwetsbare-jongeren"
            : age >= 50 ? "vijftig-plus"
            : rung <= 2 ? "multiproblem" : pick(random, "alleenstaande-ouders", "overig", "overig");
        // Wijchen: placeability decides the professional (004 §4.1, §4.3); about 30 % is not placeable
        // for now (004 §4.1); wage-cost subsidy means placed through the WerkBedrijf.
        case "plaatsbaarheid" -> rung >= 5 || flags.contains(CandidateFlag.WAGE_COST_SUBSIDY) ? "wel"
            : rung >= 3 ? "moeilijk" : "niet";
        case "competenties" -> rung >= 5 ? "afdoende" : rung == 4 ? pick(random, "afdoende", "niet-afdoende")
            : "niet-afdoende";
        case "houding" -> pick(random, "gemotiveerd", "gemotiveerd", "gemotiveerd", "twijfelend", "niet-willer");
        // Dalfsen records gender for its female status holders only (003 §3D); no draw from the
        // random, so every other value stays as it was.
        case "geslacht" -> flags.contains(CandidateFlag.STATUS_HOLDER) ? (index % 2 == 0 ? "vrouw" : "man") : null;
        default -> null;
      };
      if ("".equals(value)) {
        continue;
      }
      if (value == null || d.value(value).isEmpty()) {
        value = d.values().get(random.nextInt(d.values().size())).key();
      }
      classification.put(d.key(), value);
    }
    return classification;
  }

  private static String pick(Random random, String... options) {
    return options[random.nextInt(options.length)];
  }

  /**
   * A few exemptions for the Ontheffingen dashboard (003 §2C "Er wordt kritisch gekeken naar mensen
   * die een ontheffing hebben"): one expired without review, one running out within eight weeks, one
   * until further notice, and a vrijstelling of the duty to apply. Without the random source, so the
   * rest of the demo stays as it was.
   */
  /**
   * The kind of a demo file's benefit: some of the 50-plussers have an IOAW or an IOAZ (002 §2.3: "Een deel
   * van de 50+'ers heeft een IOAW of IOAZ uitkering"), everyone else on benefit bijstand (decision 0067).
   */
  static BenefitKind benefitKind(int i, int age, LocalDate benefitStart) {
    if (benefitStart == null) {
      return null;
    }
    // The IOAW is for who lost work at 50 or older, the IOAZ for who gave up a business at 55 or older.
    return age >= 50 && i % 3 == 0 ? BenefitKind.IOAW : age >= 55 && i % 3 == 1 ? BenefitKind.IOAZ
        : BenefitKind.BIJSTAND;
  }

  static List<Exemption> exemptions(int i, LocalDate today) {
    return switch (i) {
      case 2 -> List.of(new Exemption(ExemptionKind.WORK_AND_REINTEGRATION_DUTY,
          "Medische beperking (advies keuringsarts)", today.minusMonths(10), today.minusWeeks(3)));
      case 3 -> List.of(new Exemption(ExemptionKind.JOB_APPLICATION_DUTY, "Tijdelijke medische beperking",
          today.minusMonths(2), today.plusMonths(6)));
      case 6 -> List.of(new Exemption(ExemptionKind.WORK_AND_REINTEGRATION_DUTY, "Mantelzorg voor een ouder",
          today.minusMonths(5), today.plusWeeks(4)));
      case 10 -> List.of(new Exemption(ExemptionKind.WORK_AND_REINTEGRATION_DUTY, "Psychische klachten",
          today.minusMonths(14), null));
      default -> List.of();
    };
  }

  static UUID id() {
    return nl.trede.domain.Ids.newId();
  }

  static UUID uuid(Caller caller) {
    return UUID.fromString(caller.userId());
  }

  static String planGoal(int rung) {
    return rung <= 2 ? "Weer meedoen: sociale contacten buitenshuis en een vaste dagbesteding."
        : rung <= 4 ? "Groeien naar werk via vrijwilligerswerk of een werkervaringsplaats."
        : "Duurzaam betaald werk, met loonkostensubsidie en jobcoaching waar nodig.";
  }

  static String stepReason(int rung) {
    return switch (rung) {
      case 2 -> "Gaat wekelijks naar het buurthuis en heeft contact met buren.";
      case 3 -> "Neemt deel aan de training Aan het werk.";
      case 4 -> "Gestart als vrijwilliger bij de voedselbank.";
      case 5 -> "Gestart met loonkostensubsidie en jobcoaching.";
      default -> "Vast contract zonder ondersteuning.";
    };
  }

  static String contactSummary(Random random) {
    String[] options = {
        "Gesproken over dagritme en de weekplanning. Gaat goed met de vrijwilligersplek.",
        "Schuldhulp loopt; rustiger nu. Wil graag meer uren maken.",
        "Sollicitatiebrief samen doorgenomen. Volgende week gesprek bij werkgever.",
        "Zorgen over gezondheid besproken; huisarts geeft advies over belastbaarheid.",
        "Werkplekbezoek: leidinggevende tevreden over inzet en tempo.",
        "Taalcursus is gestart; oefent thuis met de app."};
    return options[random.nextInt(options.length)];
  }

  /** The demo's contacts with employers, in the order they are pushed. */
  record EmployerContacts(List<EmployerContact> byJobhunter, List<EmployerContact> corrections,
      List<EmployerContact> byCoach) {}

  /**
   * Contacts with employers (issue 17): a visit that led to a vacancy, calls and visits with a
   * follow-up ahead and one overdue, a vacaturemarkt, and an e-mail corrected into a call. No
   * candidate's name in any of them: they are in no file.
   */
  static EmployerContacts employerContacts(List<Employer> employers, List<UUID> vacancies, UUID eva, UUID coach,
      LocalDate today) {
    EmployerContact email = new EmployerContact(id(), employers.get(5).id(), eva, today.minusDays(12),
        EmployerContactKind.EMAIL, "Sandra Gerritsen", "Gevraagd naar afwaswerk voor de zomer; nog geen besluit.",
        today.minusDays(2), null, null, false);
    List<EmployerContact> byJobhunter = List.of(
        new EmployerContact(id(), employers.get(0).id(), eva, today.minusDays(20), EmployerContactKind.VISIT,
            "Marco Willems", "Rondleiding in het magazijn. Ze zoeken orderpickers met heftruckcertificaat; vacature"
            + " meteen vastgelegd.", null, vacancies.get(0), null, false),
        new EmployerContact(id(), employers.get(1).id(), eva, today.minusDays(6), EmployerContactKind.PHONE,
            "Gert van Aalst", "Plukseizoen begint later. Interesse in een proefplaatsing in het voorjaar.",
            today.plusDays(3), null, null, false),
        new EmployerContact(id(), employers.get(8).id(), eva, today.minusDays(30), EmployerContactKind.VISIT,
            "Paul Verhoeven", "Kennismaking. Mogelijk werk in de avonduren; offerte SROI loopt nog.",
            today.minusDays(5), null, null, false),
        new EmployerContact(id(), employers.get(9).id(), eva, today.minusDays(2), EmployerContactKind.VISIT,
            "Ton Jacobs", "Groenonderhoud: twee plekken voor beschut werk in overleg.", today.plusDays(12), null, null,
            false),
        email);
    // The e-mail was a call after all: corrected by a new entry, the original stays in the history.
    List<EmployerContact> corrections = List.of(new EmployerContact(id(), email.employerId(), eva, email.date(),
        EmployerContactKind.PHONE, email.spokeWith(), email.summary(), email.followUpDate(), null, email.id(), false));
    List<EmployerContact> byCoach = List.of(new EmployerContact(id(), employers.get(4).id(), coach,
        today.minusDays(15), EmployerContactKind.EVENT, "Mieke Aarts",
        "Op de vacaturemarkt gesproken: vrijwilligersplekken in de dagbesteding.", null, null, null, false));
    return new EmployerContacts(byJobhunter, corrections, byCoach);
  }

  /**
   * A demo employer with a KvK number and phone derived from its name, so every load is the same; an
   * SROI contract value (euros, empty for no obligation) and an aanspreekpunt (null for none yet).
   */
  static Employer employer(String name, Sector sector, String address, String contact, boolean harrie,
      String sroiContractValue, UUID accountOwner) {
    String kvk = String.valueOf(10000000 + Math.abs(name.hashCode() % 89999999));
    return new Employer(id(), name, kvk, sector, address, contact,
        "0481-" + (300000 + Math.abs(name.hashCode() % 699999)), null, harrie, !sroiContractValue.isEmpty(),
        accountOwner, sroiContractValue.isEmpty() ? null : new BigDecimal(sroiContractValue));
  }
}
