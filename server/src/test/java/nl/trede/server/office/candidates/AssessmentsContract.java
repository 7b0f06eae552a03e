package nl.trede.server.office.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nl.trede.domain.Ids;
import nl.trede.domain.assessment.Assessment;
import nl.trede.domain.assessment.AssessmentKind;
import nl.trede.domain.assessment.SkillResult;
import nl.trede.domain.candidate.Candidate;
import nl.trede.server.support.ApiClient;
import nl.trede.server.support.ApiClient.Session;
import nl.trede.server.support.ConsoleContract;
import nl.trede.sync.RecordChange;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;

/**
 * Taalmeter and loonwaarde measurements (000 §5.2, 001 §2.1.2): recorded in the field, in the file
 * only, and on the file's page in the console with the taalmeter's follow-up and the loonwaarde over
 * time, a corrected measurement replaced by its correction. Run once per database by the subclasses.
 */
abstract class AssessmentsContract extends ConsoleContract {
  private static Assessment loonwaarde(Candidate c, Session by, int daysAgo, int percent, UUID corrects) {
    return new Assessment(Ids.newId(), c.id(), AssessmentKind.LOONWAARDE, today().minusDays(daysAgo), by.user(), "UWV",
        null, null, null, null, null, percent, null, corrects);
  }

  @Test
  void theFilesPageShowsTheTaalmetersFollowUpAndTheLoonwaardeOverTimeAfterCorrections() {
    Session anna = api.login("coach1");
    Session carla = api.login("coach2");
    Candidate c = candidate("Meting", "Proef" + suffix(), user("casemanager1"), List.of(anna.user()));
    assertApplied(api.push(api.login("office1"), ApiClient.create(RecordType.CANDIDATE, c)));
    Assessment taalmeter = new Assessment(Ids.newId(), c.id(), AssessmentKind.TAALMETER, today().minusDays(60),
        anna.user(), null, null, SkillResult.SUFFICIENT, SkillResult.INSUFFICIENT, SkillResult.SUFFICIENT, "A2", null,
        "Rekenen met geld lastig", null);
    Assessment first = loonwaarde(c, anna, 40, 50, null);
    Assessment second = loonwaarde(c, anna, 10, 60, null);
    Assessment corrected = loonwaarde(c, anna, 10, 65, second.id());

    assertApplied(api.push(anna, ApiClient.create(RecordType.ASSESSMENT, taalmeter),
        ApiClient.create(RecordType.ASSESSMENT, first), ApiClient.create(RecordType.ASSESSMENT, second)));
    assertApplied(api.push(anna, ApiClient.create(RecordType.ASSESSMENT, corrected)));
    String page = loggedIn("office1").get("/office/kandidaten/" + c.id()).text();

    assertThat(page).contains("Metingen", "Taalmeter", "taal voldoende, rekenen onvoldoende, digitaal voldoende · A2",
        "onvoldoende: vervolgtraject inzetten", "Rekenen met geld lastig", "65 % (was 50 %)", "UWV")
        .doesNotContain("60 %").doesNotContain("INSUFFICIENT");
    assertThat(page.indexOf("65 % (was 50 %)")).as("newest first").isLessThan(page.indexOf("Taalmeter</strong>"));
    assertThat(api.pullAll(carla).changes()).extracting(RecordChange::id).as("only who reaches the file")
        .doesNotContain(taalmeter.id(), first.id());
  }
}
