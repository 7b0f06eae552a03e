package nl.trede.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.trede.domain.Ids;
import nl.trede.domain.Violation;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.referral.Referral;
import nl.trede.domain.referral.ReferralStatus;
import nl.trede.server.support.ApiClient;
import nl.trede.server.support.ApiClient.Session;
import nl.trede.server.support.ApiContract;
import nl.trede.sync.MutationResult;
import nl.trede.sync.PullPage;
import nl.trede.sync.RecordChange;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;

/**
 * A warm handover through sync (004 §2.2, §4.1; sync-protocol.md, "Referrals"): a referral to a team
 * in Trede reaches every user of the team's role before the file is theirs; the one who takes it on
 * joins the file through the system's write and receives its history; the team answers and signs
 * off and changes nothing else. Run once per database by the subclasses.
 */
abstract class ReferralSyncContract extends ApiContract {
  /** Overbetuwe's team of participatiecoaches (municipalities/overbetuwe.yml). */
  private static final String TEAM = "participatiecoaches";

  private Candidate registered(Session caseManager, List<UUID> coaches) {
    Candidate c = HostileWorld.candidate(Ids.newId(), caseManager.user(), coaches);
    assertThat(api.push(caseManager, ApiClient.create(RecordType.CANDIDATE, c)))
        .singleElement().isInstanceOf(MutationResult.Applied.class);
    return c;
  }

  private Referral sent(Session by, UUID candidate, String target) {
    Referral r = new Referral(Ids.newId(), candidate, by.user(), target, null, "Vrijwilligerswerk in de wijk",
        ReferralStatus.SENT, LocalDate.now(), null, null, null, null);
    assertThat(api.push(by, ApiClient.create(RecordType.REFERRAL, r)))
        .singleElement().isInstanceOf(MutationResult.Applied.class);
    return r;
  }

  /** Every page after the cursor, as a device pulls until nothing more comes. */
  private static List<RecordChange> of(PullPage page, UUID id) {
    return page.changes().stream().filter(c -> c.id().equals(id)).toList();
  }

  private List<Violation> refused(Session by, nl.trede.sync.Mutation m) {
    MutationResult result = api.push(by, m).get(0);
    assertThat(result).isInstanceOf(MutationResult.Rejected.class);
    return ((MutationResult.Rejected) result).violations();
  }

  @Test
  void theTeamReceivesTheReferralAndWhoeverTakesItOnReceivesTheFileWithItsHistory() {
    Session fatima = api.login("casemanager1");
    Session anna = api.login("coach1");
    Session bram = api.login("coach1b");
    Session dirk = api.login("jobcoach1");
    Candidate c = registered(fatima, List.of());
    nl.trede.domain.contact.Contact intake = HostileWorld.contact(c.id(), null, fatima.user());
    assertThat(api.push(fatima, ApiClient.create(RecordType.CONTACT, intake)))
        .singleElement().isInstanceOf(MutationResult.Applied.class);
    String annasCursor = api.pullAll(anna).cursor();
    String dirksCursor = api.pullAll(dirk).cursor();

    Referral r = sent(fatima, c.id(), TEAM);
    PullPage annaSees = api.pullAll(anna, annasCursor);
    PullPage dirkSees = api.pullAll(dirk, dirksCursor);

    assertThat(of(annaSees, r.id())).as("the team's referral, before the file is hers").hasSize(1);
    assertThat(of(annaSees, c.id())).as("not the file itself").isEmpty();
    assertThat(of(annaSees, intake.id())).as("nor its history").isEmpty();
    assertThat(of(dirkSees, r.id())).as("a jobcoach is not of the team").isEmpty();

    MutationResult accepted = api.push(anna, ApiClient.update(RecordType.REFERRAL, r.id(), 1, ApiClient.fields()
        .put("status", "ACCEPTED").put("answeredOn", LocalDate.now().toString()).put("receiverId", anna.userId())
        .put("answer", "Ik neem contact op"))).get(0);
    PullPage annaAfter = api.pullAll(anna, annaSees.cursor());

    assertThat(accepted).isInstanceOf(MutationResult.Applied.class);
    RecordChange file = of(annaAfter, c.id()).get(0);
    assertThat(file.data().get("coachIds").toString()).contains(anna.userId());
    assertThat(of(annaAfter, r.id())).isNotEmpty();
    assertThat(of(annaAfter, intake.id())).as("the file's history").hasSize(1);
    assertThat(refused(bram, ApiClient.update(RecordType.REFERRAL, r.id(), 2, ApiClient.fields()
        .put("receiverId", bram.userId())))).extracting(Violation::field, Violation::rule)
        .containsExactly(tuple("receiverId", "role"));
  }

  @Test
  void theTeamAnswersAndSignsOffButChangesNothingElseAndOthersDoNotReachIt() {
    Session fatima = api.login("casemanager1");
    Session anna = api.login("coach1");
    Session dirk = api.login("jobcoach1");
    Session ilse = api.login("coach-dalfsen");
    Candidate c = registered(fatima, List.of());
    Referral r = sent(fatima, c.id(), TEAM);

    assertThat(refused(anna, ApiClient.update(RecordType.REFERRAL, r.id(), 1, ApiClient.fields().put("goal", "Anders"))))
        .extracting(Violation::field, Violation::rule).containsExactly(tuple("goal", "role"));
    assertThat(refused(anna, ApiClient.update(RecordType.REFERRAL, r.id(), 1, ApiClient.fields()
        .put("status", "ACCEPTED").put("answeredOn", LocalDate.now().toString()).put("receiverId", dirk.userId()))))
        .extracting(Violation::field, Violation::rule).containsExactly(tuple("receiverId", "role"));
    for (Session stranger : List.of(dirk, ilse)) {
      assertThat(refused(stranger, ApiClient.update(RecordType.REFERRAL, r.id(), 1, ApiClient.fields()
          .put("status", "DECLINED").put("answeredOn", LocalDate.now().toString()))))
          .extracting(Violation::field, Violation::rule).containsExactly(tuple("recordId", "not-found"));
    }
    MutationResult declined = api.push(anna, ApiClient.update(RecordType.REFERRAL, r.id(), 1, ApiClient.fields()
        .put("status", "DECLINED").put("answeredOn", LocalDate.now().toString()).put("answer", "Past niet"))).get(0);
    MutationResult signedOff = api.push(anna, ApiClient.update(RecordType.REFERRAL, r.id(), 2, ApiClient.fields()
        .put("status", "SIGNED_OFF").put("signedOffOn", LocalDate.now().toString())
        .put("signOffReason", "Doorverwezen naar het sociaal wijkteam"))).get(0);

    assertThat(declined).isInstanceOf(MutationResult.Applied.class);
    assertThat(signedOff).isInstanceOf(MutationResult.Applied.class);
    assertThat(api.pullAll(anna).changes()).as("declined: the file stays the case manager's")
        .noneMatch(ch -> ch.id().equals(c.id()));
  }

  @Test
  void aProvidersReferralReachesNobodyButTheFileAndIsAnsweredByTheCaseManager() {
    Session fatima = api.login("casemanager1");
    Session anna = api.login("coach1");
    Candidate c = registered(fatima, List.of());
    String annasCursor = api.pullAll(anna).cursor();
    Referral r = sent(fatima, c.id(), "forte-welzijn");

    assertThat(of(api.pullAll(anna, annasCursor), r.id())).isEmpty();
    assertThat(refused(fatima, ApiClient.update(RecordType.REFERRAL, r.id(), 1, ApiClient.fields()
        .put("status", "ACCEPTED").put("answeredOn", LocalDate.now().toString()).put("receiverId", anna.userId()))))
        .extracting(Violation::field, Violation::rule).containsExactly(tuple("receiverId", "not-a-team"));
    assertThat(api.push(fatima, ApiClient.update(RecordType.REFERRAL, r.id(), 1, ApiClient.fields()
        .put("status", "ACCEPTED").put("answeredOn", LocalDate.now().toString()).put("answer", "Intake op dinsdag")))
        .get(0)).isInstanceOf(MutationResult.Applied.class);
  }
}
