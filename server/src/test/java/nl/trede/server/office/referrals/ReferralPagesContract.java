package nl.trede.server.office.referrals;

import nl.trede.server.support.ApiClient;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.server.audit.AuditEvent;
import nl.trede.server.support.ApiClient.Session;
import nl.trede.server.support.FormFields;
import nl.trede.server.support.OfficeClient;
import nl.trede.server.support.OfficeClient.Page;
import nl.trede.server.support.WorkspaceContract;
import nl.trede.sync.PullPage;
import nl.trede.sync.RecordChange;
import org.junit.jupiter.api.Test;

/**
 * Aanmeldingen (004 §2.2, §4.1): a referral sent from the file "met welk doel" reaches the receiving
 * team's inbox and devices; accepting it puts the receiver on the file, whose device then receives
 * it; signing off asks "met welke reden"; every step is on the candidate's timeline. Run once per
 * database by the subclasses.
 */
abstract class ReferralPagesContract extends WorkspaceContract {
  /** Overbetuwe's team of participatiecoaches and its provider Forte Welzijn (municipalities/overbetuwe.yml). */
  private static final String TEAM = "participatiecoaches";

  private UUID fileWithoutCoaches(OfficeClient fatima) {
    return register(fatima, intake(fatima, "Fenna", "Warm" + suffix(), "1987-07-17"));
  }

  private UUID send(OfficeClient console, UUID file, String target, String goal) {
    String path = "/office/kandidaten/" + file + "/aanmelden";
    Map<String, List<String>> f = FormFields.with(FormFields.with(form(console, path, "refer-form"), "target", target),
        "goal", goal);
    Page sent = console.postForm(path, f);
    assertThat(sent.location()).endsWith("?result=referred");
    Page inbox = console.get("/office/aanmeldingen");
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("data-id=\"([0-9a-f-]{36})\"[^>]*>(?:(?!</tr>).)*?"
        + java.util.regex.Pattern.quote(goal), java.util.regex.Pattern.DOTALL).matcher(inbox.text());
    assertThat(m.find()).as("the referral in the sender's inbox").isTrue();
    return UUID.fromString(m.group(1));
  }

  @Test
  void aReferralToATeamIsAcceptedByOneOfItWhoThenReceivesTheFileAndIsSignedOffWithItsReason() {
    OfficeClient fatima = loggedIn("casemanager1");
    OfficeClient office = loggedIn("office1");
    Session carla = api.login("coach2");
    Session dirk = api.login("jobcoach1");
    UUID file = fileWithoutCoaches(fatima);
    String carlasCursor = api.pullAll(carla).cursor();
    String dirksCursor = api.pullAll(dirk).cursor();

    UUID referral = send(fatima, file, TEAM, "Vrijwilligerswerk in de wijk, twee dagdelen");
    PullPage carlaBefore = api.pullAll(carla, carlasCursor);

    assertThat(ApiClient.latest(carlaBefore, referral)).as("the team's device receives the referral").isNotNull();
    assertThat(ApiClient.latest(carlaBefore, file)).as("but not the file yet").isNull();
    assertThat(ApiClient.latest(api.pullAll(dirk, dirksCursor), referral)).as("a jobcoach is not of the team").isNull();
    assertThat(text(office.get("/office/aanmeldingen"))).contains("Participatiecoaches")
        .contains("Vrijwilligerswerk in de wijk, twee dagdelen").contains("verstuurd");

    String path = "/office/aanmeldingen/" + referral;
    Map<String, List<String>> answer = FormFields.with(FormFields.with(form(office, path, "answer-form"), "receiverId",
        user("coach2").toString()), "answer", "Ik bel haar deze week");
    Page accepted = office.postForm(path + "/beantwoorden", FormFields.with(answer, "decision", "accept"));
    PullPage carlaAfter = api.pullAll(carla, carlaBefore.cursor());

    assertThat(accepted.location()).endsWith("?result=accepted");
    RecordChange received = ApiClient.latest(carlaAfter, file);
    assertThat(received).as("taking it on brings the file to the receiver's device").isNotNull();
    assertThat(received.data().get("coachIds").toString()).contains(user("coach2").toString());

    Map<String, List<String>> signOff = form(office, path, "sign-off-form");
    Page withoutReason = office.postForm(path + "/afmelden", signOff);
    Page signedOff = office.postForm(path + "/afmelden", FormFields.with(signOff, "signOffReason",
        "Gestart als vrijwilliger bij het buurthuis"));

    assertThat(errors(withoutReason)).containsEntry("signOffReason", "Met welke reden wordt afgemeld? Vul de reden in.");
    assertThat(signedOff.location()).endsWith("?result=signed-off");
    String timeline = text(fatima.get("/office/kandidaten/" + file));
    assertThat(timeline).contains("Aangemeld bij Participatiecoaches").contains("Vrijwilligerswerk in de wijk, twee dagdelen")
        .contains("Aanmelding bij Participatiecoaches geaccepteerd").contains("Opgepakt door Carla Bakker")
        .contains("Afgemeld bij Participatiecoaches").contains("Gestart als vrijwilliger bij het buurthuis")
        .contains("Trede (na acceptatie van een aanmelding)");
    assertThat(text(office.get("/office/aanmeldingen"))).as("signed off: out of the open inbox")
        .doesNotContain("Vrijwilligerswerk in de wijk, twee dagdelen");
    assertThat(text(office.get("/office/aanmeldingen?alle=1"))).contains("Vrijwilligerswerk in de wijk, twee dagdelen");
    assertThat(auditEvents.findByTenantIdOrderByAt("overbetuwe")).filteredOn(e -> referral.toString().equals(e.recordId()))
        .extracting(AuditEvent::action).contains("office.refer", "office.accept-referral", "office.sign-off-referral");
  }

  @Test
  void aProvidersAnswerIsRecordedByTheCaseManagerWithoutAReceiver() {
    OfficeClient fatima = loggedIn("casemanager1");
    UUID file = fileWithoutCoaches(fatima);
    UUID referral = send(fatima, file, "forte-welzijn", "Taalcafé en vrijwilligersondersteuning");
    String path = "/office/aanmeldingen/" + referral;

    Page page = fatima.get(path);
    Page declined = fatima.postForm(path + "/beantwoorden", FormFields.with(FormFields.with(form(fatima, path,
        "answer-form"), "answer", "Geen plek tot het voorjaar"), "decision", "decline"));

    assertThat(page.text()).doesNotContain("name=\"receiverId\"");
    assertThat(declined.location()).endsWith("?result=declined");
    assertThat(text(fatima.get(path))).contains("afgewezen").contains("Geen plek tot het voorjaar");
  }

  @Test
  void aReferralWithoutGoalOrTargetIsNamedAndNotSentAndOthersDoNotSeeIt() {
    OfficeClient fatima = loggedIn("casemanager1");
    OfficeClient dalfsen = loggedIn("office-dalfsen");
    UUID file = fileWithoutCoaches(fatima);
    String path = "/office/kandidaten/" + file + "/aanmelden";

    Page refused = fatima.postForm(path, form(fatima, path, "refer-form"));
    UUID referral = send(fatima, file, TEAM, "Meedoen in de wijk");

    assertThat(refused.status()).isEqualTo(422);
    assertThat(errors(refused)).containsEntry("target", "Kies een team of aanbieder.")
        .containsEntry("goal", "Met welk doel? Vul het doel in.");
    assertThat(dalfsen.get("/office/aanmeldingen/" + referral).status()).isEqualTo(404);
    assertThat(text(dalfsen.get("/office/aanmeldingen"))).doesNotContain("Meedoen in de wijk");
  }
}
