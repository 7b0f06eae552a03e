package nl.trede.client.ui.broadintake;

import static nl.trede.client.support.Fixtures.COACH;
import static nl.trede.client.support.Fixtures.TODAY;
import static nl.trede.client.support.Fixtures.change;
import static nl.trede.client.support.Fixtures.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.trede.client.support.Fixtures;
import nl.trede.client.support.OneFileOnTheDevice;
import nl.trede.client.ui.candidate.CandidatePresenter;
import nl.trede.client.ui.candidate.RecordingActions;
import nl.trede.config.BroadIntakePolicy;
import nl.trede.config.BroadIntakePolicy.Choice;
import nl.trede.config.MunicipalityConfig;
import nl.trede.config.ReferralTarget;
import nl.trede.domain.Ids;
import nl.trede.domain.Role;
import nl.trede.domain.broadintake.BroadIntake;
import nl.trede.domain.broadintake.DomainScore;
import nl.trede.domain.broadintake.WorkExperience;
import nl.trede.domain.referral.Referral;
import nl.trede.domain.referral.ReferralStatus;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Brede uitvraag" (002 §3.3.1) on the device: every life domain the municipality names scored, checked
 * as it is filled in by the same rules the server applies, saved with its outbox entry; a new one
 * starts from the one that holds and leaves it in the file; a correction names what it replaces; the
 * timeline reads it and, while the file has no referral to the UWV, prompts the beoordeling
 * arbeidsvermogen a signalled work limitation asks for.
 */
class BroadIntakeFormPresenterTest extends OneFileOnTheDevice {
  /** Overbetuwe's fixture with three of Lansingerland's domains, its levels and the UWV to refer to. */
  static MunicipalityConfig withBroadIntake() {
    MunicipalityConfig c = Fixtures.overbetuwe();
    return new MunicipalityConfig(c.id(), c.municipality(), c.name(), c.version() + 1, c.source(), c.dimensions(),
        c.caseloadGroups(), c.budgetLines(), c.instruments(), c.contactPolicy(), c.kpis(), c.migrations(),
        c.socialReturn(), c.jobcoaching(), List.of(new ReferralTarget("uwv-arbeidsvermogen",
            "UWV – beoordeling arbeidsvermogen", ReferralTarget.Kind.PROVIDER, null, null, "002 §3.3.1")))
        .withPlacements(c.placements())
        .withBroadIntake(new BroadIntakePolicy(List.of(new Choice("financien", "Financiën"),
            new Choice("huisvesting", "Huisvesting"), new Choice("lichamelijke-gezondheid", "Lichamelijke gezondheid")),
            List.of(new Choice("vmbo", "Vmbo"), new Choice("mbo-2", "Mbo 2")), "uwv-arbeidsvermogen", "002 §3.3.1"));
  }

  @BeforeEach
  void lansingerlandsUitvraag() {
    store.storePullPage(page("c2", change(RecordType.CONFIGURATION, withBroadIntake(), 1)));
  }

  private BroadIntakeFormPresenter form(BroadIntake corrects) {
    return new BroadIntakeFormPresenter(context, anna.id(), corrects, saved::incrementAndGet);
  }

  private List<BroadIntake> intakes() {
    return store.<BroadIntake>inFile(anna.id(), RecordType.BROAD_INTAKE);
  }

  private CandidatePresenter candidatePage() {
    CandidatePresenter page = new CandidatePresenter(context, anna.id(), new RecordingActions(new ArrayList<>()));
    page.refresh();
    return page;
  }

  private CandidatePresenter.Item entry(UUID id) {
    return candidatePage().timeline().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void everyDomainIsScoredAndWhatIsMissingIsSaidAsItIsFilledIn() {
    BroadIntakeFormPresenter form = form(null);
    assertThat(form.domains()).extracting(BroadIntakeFormPresenter.DomainRow::label)
        .containsExactly("Financiën", "Huisvesting", "Lichamelijke gezondheid");
    assertThat(form.save()).isFalse();
    assertThat(form.errors().of("domains[0].score")).isEqualTo("Kies een score van 1 tot en met 5.");
    assertThat(form.errors().of("educationLevel")).isEqualTo("Kies het hoogst afgeronde opleidingsniveau.");
    assertThat(form.errors().of("workLimitationSigns")).isEqualTo("Kies ja of nee.");
    assertThat(intakes()).isEmpty();

    form.domains().get(0).score().set(2);
    assertThat(form.errors().of("domains[0].score")).as("checked as it is chosen").isNull();
    form.domains().get(0).note().set("x".repeat(501));
    assertThat(form.errors().of("domains[0].note")).isEqualTo("Deze toelichting is te lang (ten hoogste 500 tekens).");
    form.domains().get(0).note().set("Schulden bij de zorgverzekeraar");
    form.domains().get(1).score().set(4);
    form.domains().get(2).score().set(3);
    form.education().set(form.educationLevels().get(1));
    form.diplomas().set("Diploma mbo 2 logistiek");
    form.addExperience();
    form.experience().get(0).years().set("3");
    assertThat(form.errors().of("experience[0].role"))
        .isEqualTo("Vul in wat de inwoner deed, of verwijder deze werkervaring.");
    form.experience().get(0).role().set("Orderpicker");
    form.experience().get(0).organisation().set("Distributiecentrum");
    form.talents().set("nauwkeurig, doorzetter ,");
    form.workLimitation().set(true);
    assertThat(form.save()).isTrue();

    assertThat(saved).hasValue(1);
    BroadIntake stored = intakes().get(0);
    assertThat(stored.domains()).containsExactly(new DomainScore("financien", 2, "Schulden bij de zorgverzekeraar"),
        new DomainScore("huisvesting", 4, null), new DomainScore("lichamelijke-gezondheid", 3, null));
    assertThat(stored.experience()).containsExactly(new WorkExperience("Orderpicker", "Distributiecentrum", 3));
    assertThat(stored.talents()).containsExactly("nauwkeurig", "doorzetter");
    assertThat(stored.authorId()).isEqualTo(COACH);
    assertThat(stored.date()).isEqualTo(TODAY);
    assertThat(store.find(stored.id()).orElseThrow().syncState().name()).as("in the outbox").isEqualTo("PENDING");

    CandidatePresenter.Item item = entry(stored.id());
    assertThat(item.title()).isEqualTo("Brede uitvraag");
    assertThat(item.details()).containsSubsequence("Financiën: 2 · Niet zelfredzaam: Schulden bij de zorgverzekeraar",
        "Lichamelijke gezondheid: 3 · Beperkt zelfredzaam", "Overige leefgebieden (1): voldoende of volledig zelfredzaam",
        "Opleiding: Mbo 2 · Diploma mbo 2 logistiek", "Werkervaring: Orderpicker bij Distributiecentrum (3 jaar)",
        "Talenten: nauwkeurig, doorzetter", "Signalen van een arbeidsbeperking");
    assertThat(item.prompt()).isEqualTo("Beoordeling arbeidsvermogen aanvragen bij het UWV");
    assertThat(item.correctable()).isTrue();

    store.storePullPage(page("c3", change(RecordType.REFERRAL, new Referral(Ids.newId(), anna.id(), FATIMA,
        "uwv-arbeidsvermogen", null, "Beoordeling arbeidsvermogen", ReferralStatus.SENT, TODAY, null, null, null,
        null), 1)));
    assertThat(entry(stored.id()).prompt()).as("asked once the file has that referral").isNull();
  }

  /** 002 §3.3.1: "kunnen veranderen gedurende de tijd ... eventuele wijzigingen te registreren". */
  @Test
  void aNewUitvraagStartsFromTheOneThatHoldsAndLeavesItInTheFile() {
    BroadIntake spring = new BroadIntake(Ids.newId(), anna.id(), TODAY.minusDays(200), COACH, List.of(
        new DomainScore("financien", 1, "Beslag op de uitkering"), new DomainScore("huisvesting", 4, null),
        new DomainScore("lichamelijke-gezondheid", 3, "Rugklachten")), "vmbo", null,
        List.of(new WorkExperience("Vakkenvuller", null, 0)), List.of("handig"), "Wil met de handen werken", null,
        false, null);
    store.storePullPage(page("c3", change(RecordType.BROAD_INTAKE, spring, 1)));

    BroadIntakeFormPresenter form = form(null);
    assertThat(form.startedFrom()).contains(TODAY.minusDays(200));
    assertThat(form.correcting()).isFalse();
    assertThat(form.date().get()).isEqualTo(TODAY);
    assertThat(form.domains().get(0).score().get()).isEqualTo(1);
    assertThat(form.domains().get(2).note().get()).isEqualTo("Rugklachten");
    assertThat(form.experience()).hasSize(1);
    assertThat(form.talents().get()).isEqualTo("handig");
    form.domains().get(0).score().set(3);
    form.domains().get(0).note().set("Schuldhulp loopt");
    assertThat(form.save()).isTrue();

    assertThat(intakes()).hasSize(2);
    BroadIntake autumn = intakes().stream().filter(i -> !i.id().equals(spring.id())).findFirst().orElseThrow();
    assertThat(autumn.correctsId()).as("a new uitvraag, not a correction").isNull();
    assertThat(autumn.score("financien")).contains(new DomainScore("financien", 3, "Schuldhulp loopt"));
    assertThat(autumn.educationLevel()).isEqualTo("vmbo");
    assertThat(entry(spring.id()).corrected()).as("the earlier one stays as it was").isFalse();
    assertThat(entry(spring.id()).details()).contains("Financiën: 1 · Acute problematiek: Beslag op de uitkering");
  }

  @Test
  void aCorrectionOpensWithTheEntrysValuesAndNamesTheEntryItReplaces() {
    BroadIntake typo = new BroadIntake(Ids.newId(), anna.id(), TODAY.minusDays(3), COACH, List.of(
        new DomainScore("financien", 5, null), new DomainScore("huisvesting", 4, null),
        new DomainScore("lichamelijke-gezondheid", 3, null)), "mbo-2", null, List.of(), List.of(), null, null,
        true, null);
    store.storePullPage(page("c3", change(RecordType.BROAD_INTAKE, typo, 1)));

    BroadIntakeFormPresenter form = form(typo);
    assertThat(form.correcting()).isTrue();
    assertThat(form.startedFrom()).isEmpty();
    assertThat(form.date().get()).isEqualTo(TODAY.minusDays(3));
    form.domains().get(0).score().set(2);
    assertThat(form.save()).isTrue();

    BroadIntake fixed = intakes().stream().filter(i -> typo.id().equals(i.correctsId())).findFirst().orElseThrow();
    assertThat(fixed.score("financien")).map(DomainScore::score).contains(2);
    assertThat(fixed.date()).isEqualTo(typo.date());
    assertThat(entry(typo.id()).corrected()).isTrue();
    assertThat(entry(typo.id()).prompt()).as("only the one that holds prompts").isNull();
    assertThat(entry(fixed.id()).prompt()).isEqualTo("Beoordeling arbeidsvermogen aanvragen bij het UWV");
  }

  @Test
  void theCandidatePageOffersItToWhoCarriesTheFileWhereTheMunicipalityHoldsOne() {
    assertThat(candidatePage().rights().canRecordBroadIntake().get()).isTrue();
    loggedInAs(Role.CASE_MANAGER);
    assertThat(candidatePage().rights().canRecordBroadIntake().get()).isTrue();
    loggedInAs(Role.JOBHUNTER);
    assertThat(candidatePage().rights().canRecordBroadIntake().get()).as("a jobhunter holds no file").isFalse();

    loggedInAs(Role.PARTICIPATION_COACH);
    MunicipalityConfig without = Fixtures.overbetuwe();
    store.storePullPage(page("c3", change(RecordType.CONFIGURATION, new MunicipalityConfig(without.id(),
        without.municipality(), without.name(), without.version() + 2, without.source(), without.dimensions(),
        without.caseloadGroups(), without.budgetLines(), without.instruments(), without.contactPolicy(),
        without.kpis(), without.migrations()), 2)));
    assertThat(candidatePage().rights().canRecordBroadIntake().get()).as("Overbetuwe holds none").isFalse();
  }
}
