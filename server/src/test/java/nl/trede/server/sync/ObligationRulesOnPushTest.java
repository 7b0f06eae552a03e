package nl.trede.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.domain.Ids;
import nl.trede.domain.Role;
import nl.trede.domain.Violation;
import nl.trede.domain.obligation.ObligationKind;
import nl.trede.domain.obligation.ObligationMeasure;
import nl.trede.domain.referral.Referral;
import nl.trede.domain.referral.ReferralStatus;
import nl.trede.server.accounts.Caller;
import nl.trede.server.demo.DemoData;
import nl.trede.server.support.ApiClient;
import nl.trede.sync.MutationResult;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Wijchen's limit on a tegenprestatie holds on push, with the shipped configuration file: refused
 * for a candidate referred to the participatiecoaches "richting vrijwilligerswerk" (004 §4.3c), taken
 * for one referred to the WerkBedrijf, which works towards paid work.
 */
class ObligationRulesOnPushTest {
  @TempDir
  Path dir;

  @Test
  void wijchenRefusesATegenprestatieOnlyForSomeoneActivatedTowardsVolunteering() {
    try (ApplicationContext context = ApplicationContext.run(Map.of(
        "trede.db.path", dir.resolve("wijchen.db").toString(), "trede.demo.enabled", "true",
        "trede.demo.municipality", "wijchen", "micronaut.server.port", "-1"))) {
      PushService push = context.getBean(PushService.class);
      UUID office = DemoData.userId("office1");
      Caller caller = new Caller(office.toString(), "wijchen", Role.OFFICE, Ids.newId().toString());
      List<SyncRecordRow> files = context.getBean(SyncRecordRepository.class)
          .liveOfType("wijchen", RecordType.CANDIDATE.wireName());

      MutationResult volunteering = afterAReferral(push, caller, UUID.fromString(files.get(0).id()), "participatiecoach");
      MutationResult paidWork = afterAReferral(push, caller, UUID.fromString(files.get(1).id()), "werkbedrijf");

      assertThat(volunteering).isInstanceOf(MutationResult.Rejected.class);
      assertThat(((MutationResult.Rejected) volunteering).violations()).extracting(Violation::field, Violation::rule)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("kind", "no-tegenprestatie"));
      assertThat(paidWork).isInstanceOf(MutationResult.Applied.class);
    }
  }

  /** Refers the candidate to this target, then pushes a tegenprestatie for them. */
  private static MutationResult afterAReferral(PushService push, Caller caller, UUID candidate, String target) {
    UUID office = UUID.fromString(caller.userId());
    LocalDate today = LocalDate.now();
    Referral referral = new Referral(Ids.newId(), candidate, office, target, null, "Richting vrijwilligerswerk",
        ReferralStatus.SENT, today, null, null, null, null);
    assertThat(push.push(caller, List.of(ApiClient.create(RecordType.REFERRAL, referral)), "127.0.0.1"))
        .singleElement().isInstanceOf(MutationResult.Applied.class);
    ObligationMeasure tegenprestatie = new ObligationMeasure(Ids.newId(), candidate, ObligationKind.COMMUNITY_SERVICE,
        office, today, "Maatregel hielp niet; nu een tegenprestatie", null, null, "Meehelpen in de buurttuin",
        new BigDecimal("6"), null, today, null, null);
    return push.push(caller, List.of(ApiClient.create(RecordType.OBLIGATION_MEASURE, tegenprestatie)), "127.0.0.1")
        .get(0);
  }
}
