package nl.trede.client.ui.assessment;

import static nl.trede.client.support.Fixtures.COACH;
import static nl.trede.client.support.Fixtures.TODAY;
import static nl.trede.client.support.Fixtures.change;
import static nl.trede.client.support.Fixtures.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.trede.client.support.Fixtures;
import nl.trede.client.support.OneFileOnTheDevice;
import nl.trede.client.ui.candidate.CandidatePresenter;
import nl.trede.client.ui.candidate.RecordingActions;
import nl.trede.domain.Ids;
import nl.trede.domain.assessment.Assessment;
import nl.trede.domain.assessment.AssessmentKind;
import nl.trede.domain.assessment.SkillResult;
import nl.trede.domain.placement.Placement;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;

/**
 * "Meting vastleggen": a taalmeter with its three verdicts, a loonwaarde as a percentage, each checked
 * as it is typed by the record's own rules, and a correction that keeps the old values and names the
 * entry it replaces; the timeline then reads them as the console does.
 */
class AssessmentFormPresenterTest extends OneFileOnTheDevice {
  private AssessmentFormPresenter form(Assessment corrects) {
    return new AssessmentFormPresenter(context, anna.id(), corrects, saved::incrementAndGet);
  }

  private List<Assessment> measurements() {
    return store.<Assessment>inFile(anna.id(), RecordType.ASSESSMENT);
  }

  private CandidatePresenter candidatePage() {
    CandidatePresenter page = new CandidatePresenter(context, anna.id(), new RecordingActions(new ArrayList<>()));
    page.refresh();
    return page;
  }

  @Test
  void aTaalmeterNeedsAllThreeVerdictsAndAnOnvoldoendeAsksForAFollowUp() {
    AssessmentFormPresenter form = form(null);
    assertThat(form.save()).isFalse();
    assertThat(form.errors().of("kind")).isEqualTo("Kies eerst een soort.");

    form.kind().set(AssessmentKind.TAALMETER);
    form.language().set(SkillResult.SUFFICIENT);
    form.digital().set(SkillResult.SUFFICIENT);
    assertThat(form.save()).isFalse();
    assertThat(form.errors().of("numeracy")).isEqualTo("Kies voldoende of onvoldoende voor rekenen.");
    assertThat(form.errors().of("language")).isNull();
    assertThat(measurements()).isEmpty();

    form.numeracy().set(SkillResult.INSUFFICIENT);
    assertThat(form.errors().of("numeracy")).as("checked as it is chosen").isNull();
    form.level().set("A2");
    assertThat(form.save()).isTrue();

    assertThat(saved).hasValue(1);
    assertThat(measurements()).singleElement().satisfies(a -> {
      assertThat(a.insufficient()).containsExactly("numeracy");
      assertThat(a.languageLevel()).isEqualTo("A2");
      assertThat(a.authorId()).isEqualTo(COACH);
      assertThat(a.wageValuePercent()).isNull();
      assertThat(a.date()).isEqualTo(TODAY);
    });
    CandidatePresenter.Item entry = candidatePage().timeline().get(0);
    assertThat(entry.title()).isEqualTo("Taalmeter: taal voldoende, rekenen onvoldoende, digitaal voldoende · A2");
    assertThat(entry.prompt()).isEqualTo("Onvoldoende: vervolgtraject inzetten");
    assertThat(entry.correctable()).isTrue();
  }

  @Test
  void aLoonwaardeRefusesAboveAHundredAndNamesWhoMeasuredIt() {
    AssessmentFormPresenter form = form(null);
    form.kind().set(AssessmentKind.LOONWAARDE);
    form.language().set(SkillResult.INSUFFICIENT);
    form.percent().set("150");
    assertThat(form.errors().of("wageValuePercent")).isEqualTo("De loonwaarde ligt tussen 0 en 100 procent.");
    form.assessor().set(AssessmentFormPresenter.Assessor.EXTERNAL);
    assertThat(form.save()).isFalse();
    assertThat(form.errors().of("assessor")).isEqualTo("Vul in welke organisatie de loonwaarde heeft gemeten.");
    assertThat(form.errors().of("language")).as("a verdict chosen before the switch is left out").isNull();

    form.percent().set("65");
    form.organisation().set("Loonwaarde Advies BV");
    assertThat(form.save()).isTrue();
    assertThat(measurements()).singleElement().satisfies(a -> {
      assertThat(a.wageValuePercent()).isEqualTo(65);
      assertThat(a.assessor()).isEqualTo("Loonwaarde Advies BV");
      assertThat(a.language()).isNull();
      assertThat(a.placementId()).isNull();
    });
  }

  @Test
  void aCorrectionOpensWithTheOldValuesAndNamesTheEntryItReplaces() {
    Placement job = Fixtures.coachedJob(anna.id(), shop.id(), COACH, TODAY.plusMonths(3));
    Assessment spring = new Assessment(Ids.newId(), anna.id(), AssessmentKind.LOONWAARDE, TODAY.minusMonths(6),
        COACH, null, null, null, null, null, null, 50, null, null);
    Assessment typo = new Assessment(Ids.newId(), anna.id(), AssessmentKind.LOONWAARDE, TODAY.minusDays(2), COACH,
        "UWV", job.id(), null, null, null, null, 56, "Na drie maanden op de werkvloer", null);
    store.storePullPage(page("c2", change(RecordType.PLACEMENT, job, 1), change(RecordType.ASSESSMENT, spring, 1),
        change(RecordType.ASSESSMENT, typo, 1)));

    AssessmentFormPresenter form = form(typo);
    assertThat(form.correcting()).isTrue();
    assertThat(form.kind().get()).isEqualTo(AssessmentKind.LOONWAARDE);
    assertThat(form.percent().get()).isEqualTo("56");
    assertThat(form.assessor().get()).isEqualTo(AssessmentFormPresenter.Assessor.UWV);
    assertThat(form.placement().get().id()).isEqualTo(job.id());
    assertThat(form.date().get()).isEqualTo(TODAY.minusDays(2));
    assertThat(form.note().get()).isEqualTo("Na drie maanden op de werkvloer");
    form.percent().set("65");
    assertThat(form.save()).isTrue();

    Assessment fixed = measurements().stream().filter(a -> typo.id().equals(a.correctsId())).findFirst().orElseThrow();
    assertThat(fixed.id()).isNotEqualTo(typo.id());
    assertThat(fixed).usingRecursiveComparison().ignoringFields("id", "wageValuePercent", "correctsId")
        .isEqualTo(typo);
    assertThat(fixed.wageValuePercent()).isEqualTo(65);
    assertThat(measurements()).as("history: the entry corrected stays").hasSize(3);

    List<CandidatePresenter.Item> timeline = candidatePage().timeline();
    CandidatePresenter.Item newest = timeline.stream().filter(i -> i.id().equals(fixed.id())).findFirst().orElseThrow();
    assertThat(newest.title()).isEqualTo("Loonwaarde 65 % (was 50 %) · UWV");
    assertThat(newest.details()).contains("Gemeten bij Supermarkt Heteren");
    assertThat(timeline.stream().filter(i -> i.id().equals(typo.id())).findFirst().orElseThrow().corrected()).isTrue();
  }
}
