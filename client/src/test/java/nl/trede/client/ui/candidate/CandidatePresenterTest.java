package nl.trede.client.ui.candidate;

import nl.trede.client.support.RecordingDevice;
import static nl.trede.client.support.Fixtures.CLOCK;
import static nl.trede.client.support.Fixtures.COACH;
import static nl.trede.client.support.Fixtures.NOW;
import static nl.trede.client.support.Fixtures.TODAY;
import static nl.trede.client.support.Fixtures.change;
import static nl.trede.client.support.Fixtures.employer;
import static nl.trede.client.support.Fixtures.openStore;
import static nl.trede.client.support.Fixtures.page;
import static nl.trede.client.support.Fixtures.step;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.trede.client.store.LocalStore;
import nl.trede.client.support.Fixtures;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.Messages;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.Ids;
import nl.trede.domain.Role;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.CandidateFlag;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.contact.LocationType;
import nl.trede.domain.employer.Employer;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CandidatePresenterTest {
  @TempDir
  Path dir;

  private LocalStore store;
  private Candidate anna;
  private Contact wrong;
  private Contact fixed;
  private final List<String> asked = new ArrayList<>();

  @BeforeEach
  void file() {
    store = openStore(dir);
    anna = Fixtures.candidate("Anna", "Jansen", Map.of("spoor", "participatie", "profiel", "2"),
        Set.of(CandidateFlag.TARGET_GROUP_REGISTER), TODAY.minusYears(30));
    Employer shop = employer("Supermarkt Heteren");
    wrong = new Contact(Ids.newId(), anna.id(), null, COACH, LocationType.PHONE, NOW.minus(5, ChronoUnit.DAYS), 15,
        null, "Verkeerde kandidaat gebeld", null, null, false, false, null);
    fixed = new Contact(Ids.newId(), anna.id(), null, COACH, LocationType.HOME, NOW.minus(5, ChronoUnit.DAYS), 45,
        null, "Huisbezoek", "Cv afmaken", TODAY.plusDays(9), false, false, wrong.id());
    store.storePullPage(page("c1", change(RecordType.CONFIGURATION, Fixtures.overbetuwe(), 1),
        change(RecordType.CANDIDATE, anna, 1), change(RecordType.EMPLOYER, shop, 1),
        change(RecordType.LADDER_STEP, step(anna.id(), null, 2, TODAY.minusMonths(8)), 1),
        change(RecordType.LADDER_STEP, step(anna.id(), 2, 4, TODAY.minusMonths(2)), 1),
        change(RecordType.CONTACT, wrong, 1), change(RecordType.CONTACT, fixed, 1),
        change(RecordType.PLACEMENT, Fixtures.coachedJob(anna.id(), shop.id(), COACH, TODAY.minusDays(3)), 1)));
  }

  @AfterEach
  void close() {
    store.close();
  }

  private CandidatePresenter presenter(Role role) {
    CandidatePresenter presenter = new CandidatePresenter(new FieldContext(store, Messages.dutch(), CLOCK,
        Fixtures.session(role), RecordingDevice.opening()), anna.id(), new RecordingActions(asked));
    presenter.refresh();
    return presenter;
  }

  @Test
  void aFileWithAPhoneAndAnAddressOffersACallAndAMapAndOneWithoutOffersNeither() {
    RecordingDevice phone = RecordingDevice.opening();
    CandidatePresenter page = new CandidatePresenter(new FieldContext(store, Messages.dutch(), CLOCK,
        Fixtures.session(Role.PARTICIPATION_COACH), phone), anna.id(), new RecordingActions(asked));
    page.refresh();

    assertThat(page.callLabel().get()).isEqualTo("Bel Anna");
    assertThat(page.canShowOnMap().get()).isTrue();
    assertThat(page.call()).isEmpty();
    assertThat(page.showOnMap()).isEmpty();
    assertThat(phone.opened()).containsExactly(java.net.URI.create("tel:0612345678"),
        java.net.URI.create("https://www.openstreetmap.org/search?query=Dorpsstraat%201%2C%20Elst"));

    Candidate unknown = new Candidate(anna.id(), "Anna", "Jansen", anna.dateOfBirth(), null, null, null,
        anna.coachIds(), anna.benefitStartDate(), anna.flags(), anna.classification(), null, List.of(), List.of(),
        anna.plan(), null, null, anna.certificates(), anna.languageLevel(), anna.availableHoursPerWeek());
    store.storePullPage(page("c2", change(RecordType.CANDIDATE, unknown, 2)));
    page.refresh();

    assertThat(page.callLabel().get()).isNull();
    assertThat(page.canShowOnMap().get()).isFalse();
    assertThat(page.call()).isEmpty();
    assertThat(phone.opened()).as("nothing more asked of the device").hasSize(2);
  }

  /** The page says the kind of benefit and since when; a file without a recorded kind reads as bijstand (decision 0067). */
  @Test
  void theFileSaysTheKindOfBenefitAndSinceWhenAndAnUnrecordedKindReadsAsBijstand() throws Exception {
    Messages dutch = Messages.dutch();
    assertThat(presenter(Role.PARTICIPATION_COACH).file().get())
        .isEqualTo("Bijstand sinds " + dutch.date(anna.benefitStartDate()));

    var json = (com.fasterxml.jackson.databind.node.ObjectNode) nl.trede.domain.Json.MAPPER.valueToTree(anna);
    store.storePullPage(page("c2", change(RecordType.CANDIDATE, nl.trede.domain.Json.MAPPER.treeToValue(
        json.put("benefitKind", "IOAZ"), Candidate.class), 2)));
    assertThat(presenter(Role.PARTICIPATION_COACH).file().get())
        .isEqualTo("IOAZ sinds " + dutch.date(anna.benefitStartDate()));

    // With the inflow on the same line: the card keeps the visit's actions on a phone's first screen.
    json.putObject("inflow").put("date", anna.benefitStartDate().toString()).put("reason", "NEW_APPLICATION");
    store.storePullPage(page("c2b", change(RecordType.CANDIDATE, nl.trede.domain.Json.MAPPER.treeToValue(json,
        Candidate.class), 3)));
    assertThat(presenter(Role.PARTICIPATION_COACH).file().get()).isEqualTo("IOAZ sinds "
        + dutch.date(anna.benefitStartDate()) + " · Ingestroomd " + dutch.date(anna.benefitStartDate()) + " ("
        + dutch.label(nl.trede.domain.candidate.InflowReason.NEW_APPLICATION) + ")");
    json.putNull("inflow");

    store.storePullPage(page("c3", change(RecordType.CANDIDATE, nl.trede.domain.Json.MAPPER.treeToValue(
        json.putNull("benefitKind").putNull("benefitStartDate"), Candidate.class), 4)));
    assertThat(presenter(Role.PARTICIPATION_COACH).file().get()).isEqualTo("Geen uitkering");
  }

  @Test
  void theClassificationUsesTheSchemesLabelsAndMarksWhatNeedsReview() {
    CandidatePresenter page = presenter(Role.PARTICIPATION_COACH);

    assertThat(page.classification()).containsExactly(
        new CandidatePresenter.Classification("Spoor", "participatie (te herzien)", true),
        new CandidatePresenter.Classification("Klantprofiel", "Profiel 2", false));
    assertThat(page.flags()).containsExactly("Doelgroepregister");
    assertThat(page.work().get()).isEqualTo("Beschikbaar 24 uur per week · taal B1 · certificaten: VCA");
    assertThat(page.rights().canEditClassification().get()).as("the track is field-editable in Overbetuwe").isTrue();
  }

  @Test
  void aTrackTheFilesRungIsOffIsMarkedWithTheTrackTheRungBelongsWith() {
    // Anna is on rung 4; "Focus op werk ... sluit aan bij de treden vijf en zes" (000 §4).
    Candidate onWork = new Candidate(anna.id(), "Anna", "Jansen", anna.dateOfBirth(), anna.phone(), anna.address(),
        null, anna.coachIds(), anna.benefitStartDate(), anna.flags(), Map.of("spoor", "werk", "profiel", "2"), null,
        List.of(), List.of(), anna.plan(), null, null, anna.certificates(), anna.languageLevel(),
        anna.availableHoursPerWeek());
    store.storePullPage(page("c2", change(RecordType.CANDIDATE, onWork, 2)));

    assertThat(presenter(Role.PARTICIPATION_COACH).classification()).containsExactly(
        new CandidatePresenter.Classification("Spoor", "Focus op werk (past niet bij trede 4: hoort bij Focus op groei)",
            true),
        new CandidatePresenter.Classification("Klantprofiel", "Profiel 2", false));

    store.storePullPage(page("c3", change(RecordType.LADDER_STEP, step(anna.id(), 4, 5, TODAY), 1)));
    assertThat(presenter(Role.PARTICIPATION_COACH).classification()).first()
        .isEqualTo(new CandidatePresenter.Classification("Spoor", "Focus op werk", false));
  }

  @Test
  void ofTwoOfflineCorrectionsOfOneContactTheOneMadeLastCountsAndTheOtherIsStruckThrough() throws Exception {
    Thread.sleep(2);
    Contact later = new Contact(Ids.newId(), anna.id(), null, COACH, LocationType.OFFICE, NOW.minus(5, ChronoUnit.DAYS),
        30, null, "Op kantoor gesproken", null, TODAY.plusDays(20), false, false, wrong.id());
    store.storePullPage(page("c2", change(RecordType.CONTACT, later, 1)));

    CandidatePresenter page = presenter(Role.PARTICIPATION_COACH);

    // The one rule of nl.trede.domain.Corrections, as the console and the figures apply it.
    assertThat(page.timeline()).filteredOn(i -> i.id().equals(fixed.id())).singleElement()
        .satisfies(i -> assertThat(i.corrected()).as("set aside by the correction made later").isTrue());
    assertThat(page.timeline()).filteredOn(i -> i.id().equals(later.id())).singleElement()
        .satisfies(i -> assertThat(i.corrected()).isFalse());
  }

  @Test
  void aCorrectedContactStaysInTheTimelineMarkedAndOnlyTheCorrectionCounts() {
    CandidatePresenter page = presenter(Role.PARTICIPATION_COACH);

    CandidatePresenter.Item old = page.timeline().stream().filter(i -> i.id().equals(wrong.id())).findFirst().orElseThrow();
    CandidatePresenter.Item correction = page.timeline().stream().filter(i -> i.id().equals(fixed.id())).findFirst()
        .orElseThrow();
    assertThat(old.corrected()).isTrue();
    assertThat(old.correctable()).isFalse();
    assertThat(old.details()).contains("Vervangen door een correctie");
    assertThat(correction.details().get(0)).startsWith("Correctie van ");
    assertThat(correction.correctable()).isTrue();
    // The next contact follows the correction's agreed date, not the replaced call.
    assertThat(page.nextContact().get()).startsWith("Volgend contact: 19 mrt. 2026").contains("afgesproken");

    page.correct(old);
    page.correct(correction);
    assertThat(asked).containsExactly("correct contact " + fixed.id());
  }

  @Test
  void theLadderChartHasEveryStepAndThePlacementCardWarnsOfACoachingOverrun() {
    CandidatePresenter page = presenter(Role.JOBCOACH);

    assertThat(page.ladder()).containsExactly(new CandidatePresenter.RungPoint(TODAY.minusMonths(8), 2),
        new CandidatePresenter.RungPoint(TODAY.minusMonths(2), 4));
    assertThat(page.rung().get()).isEqualTo("Huidige trede: 4 – Onbetaald werk");
    assertThat(page.placements()).singleElement().satisfies(card -> {
      assertThat(card.title()).isEqualTo("Regulier werk · Supermarkt Heteren");
      assertThat(card.overrun()).isTrue();
      assertThat(card.coaching()).startsWith("Jobcoaching loopt over de geplande einddatum (7 mrt. 2026)");
    });
  }

  @Test
  void onlyAJobcoachIsOfferedToBookHours() {
    assertThat(presenter(Role.JOBCOACH).rights().canBookHours().get()).isTrue();
    assertThat(presenter(Role.PARTICIPATION_COACH).rights().canBookHours().get()).isFalse();
  }

  @Test
  void aCandidatePurgedWhileTheirPageIsOpenShowsNothingOfTheFile() {
    CandidatePresenter page = presenter(Role.PARTICIPATION_COACH);
    store.storePullPage(new nl.trede.sync.PullPage(List.of(), "c2", false, List.of(anna.id())));

    page.refresh();

    assertThat(page.name().get()).isEqualTo("Deze kandidaat staat niet meer op dit toestel.");
    assertThat(page.timeline()).isEmpty();
    assertThat(page.classification()).isEmpty();
    assertThat(page.placements()).isEmpty();
  }
}
