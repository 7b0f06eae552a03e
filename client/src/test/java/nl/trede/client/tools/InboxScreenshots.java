package nl.trede.client.tools;

import java.time.LocalDate;
import java.util.UUID;
import nl.trede.client.store.LocalStore;
import nl.trede.domain.Colleague;
import nl.trede.domain.Ids;
import nl.trede.domain.Violations;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.referral.Referral;
import nl.trede.domain.referral.ReferralStatus;
import nl.trede.sync.RecordType;

/**
 * "Aanmeldingen" as coach1 sees it: casemanager1 refers two files coach1 does not carry to the
 * participation coaches; coach1's phone shows the count, the inbox, one taken on (not sent yet),
 * declining the other, and after a sync the file's name; then the same inbox on a tablet.
 */
final class InboxScreenshots {
  private final Screenshots s;

  InboxScreenshots(Screenshots screenshots) {
    this.s = screenshots;
  }

  void walk() throws Exception {
    s.width = Screenshots.WIDTH;
    s.height = Screenshots.HEIGHT;
    refer();
    s.open("coach1");
    s.awaitSynced();
    s.shot("40-caseload-inbox-count");
    s.fx(() -> s.fire("#nav-inbox"));
    s.shot("41-inbox");
    s.fx(() -> s.fire(s.firstId("take-on-")));
    s.shot("42-inbox-taken-on");
    s.fx(() -> s.fire(s.firstId("decline-")));
    s.fx(() -> s.text("#decline-answer", "Past beter bij de jobcoach: er is al een plaatsing in zicht."));
    s.shot("43-decline");
    s.fx(() -> s.fire("#cancel"));
    s.fx(() -> s.fire("#sync"));
    s.await(() -> store().pendingCount() == 0 && store().<Referral>all(RecordType.REFERRAL).stream()
        .anyMatch(r -> r.status() == ReferralStatus.ACCEPTED && store().candidate(r.candidateId()).isPresent()));
    s.fx(() -> s.fire("#nav-inbox"));
    s.shot("44-inbox-after-sync");
    s.logout();
    s.width = 800;
    s.height = 1280;
    s.open("coach1");
    s.awaitSynced();
    s.fx(() -> s.fire("#nav-inbox"));
    s.shot("45-tablet-inbox");
    s.logout();
    s.width = Screenshots.WIDTH;
    s.height = Screenshots.HEIGHT;
  }

  /** casemanager1's two referrals to the participation coaches, sent through a sync. */
  private void refer() throws Exception {
    s.open("casemanager1");
    s.awaitSynced();
    s.await(() -> store().colleagues().stream().anyMatch(c -> c.displayName().equals("Anna de Vries")));
    UUID anna = store().colleagues().stream().filter(c -> c.displayName().equals("Anna de Vries"))
        .map(Colleague::userId).findFirst().orElseThrow();
    UUID me = s.controller.session().orElseThrow().user().userId();
    var files = store().<Candidate>all(RecordType.CANDIDATE).stream()
        .filter(c -> c.exit() == null && !c.coachIds().isEmpty() && !c.coachIds().contains(anna)).toList();
    LocalDate today = LocalDate.now(Violations.ZONE);
    store().create(RecordType.REFERRAL, new Referral(Ids.newId(), files.get(files.size() - 1).id(), me,
        "participatiecoaches", null, "Meedoen: vrijwilligerswerk in de buurt, twee ochtenden per week",
        ReferralStatus.SENT, today.minusDays(3), null, null, null, null));
    store().create(RecordType.REFERRAL, new Referral(Ids.newId(), files.get(files.size() - 2).id(), me,
        "participatiecoaches", null, "Taalcafé en een dagritme opbouwen", ReferralStatus.SENT, today, null, null,
        null, null));
    s.fx(() -> s.fire("#sync"));
    s.await(() -> store().pendingCount() == 0);
    s.logout();
  }

  private LocalStore store() {
    return s.controller.session().orElseThrow().store();
  }
}
