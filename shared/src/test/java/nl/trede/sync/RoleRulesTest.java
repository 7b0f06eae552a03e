package nl.trede.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.trede.domain.Fixtures;
import nl.trede.domain.Ids;
import nl.trede.domain.Json;
import nl.trede.domain.Role;
import nl.trede.domain.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The role table of docs/architecture.md, cell by cell, for the candidate file's owner actions. */
class RoleRulesTest {
  private static final Set<Role> OWNERS = EnumSet.of(Role.CASE_MANAGER, Role.OFFICE, Role.ADMIN);

  private static StoredState stored() {
    return ((MutationRules.Changed) MutationRules.apply(MutationRulesTest.create(RecordType.CANDIDATE,
        Fixtures.candidate()), null, MutationRulesTest.PHONE_A, Fixtures.COACH, Fixtures.CLOCK)).next();
  }

  private static Mutation candidate(MutationKind kind, ObjectNode fields) {
    return new Mutation(Ids.newId(), RecordType.CANDIDATE, Fixtures.CANDIDATE, kind, kind == MutationKind.CREATE ? 0 : 1,
        fields, List.of(), Instant.now());
  }

  private static List<Violation> check(Role role, Mutation m) {
    return RoleRules.check(role, m, m.kind() == MutationKind.CREATE ? null : stored());
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void onlyAFileOwnerRegistersOrDeletesACandidate(Role role) {
    List<Violation> create = check(role, candidate(MutationKind.CREATE, Json.MAPPER.valueToTree(Fixtures.candidate())));
    List<Violation> delete = check(role, candidate(MutationKind.DELETE, null));

    if (OWNERS.contains(role)) {
      assertThat(create).isEmpty();
      assertThat(delete).isEmpty();
    } else {
      assertThat(create).extracting(Violation::field, Violation::rule).containsExactly(
          org.assertj.core.groups.Tuple.tuple("recordId", "role"));
      assertThat(delete).extracting(Violation::field, Violation::rule).containsExactly(
          org.assertj.core.groups.Tuple.tuple("recordId", "role"));
    }
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void onlyTheCaseManagerOrTheOfficeDecidesAMaatregelOrTegenprestatie(Role role) {
    Mutation create = new Mutation(Ids.newId(), RecordType.OBLIGATION_MEASURE, Fixtures.obligationMeasure().id(),
        MutationKind.CREATE, 0, Json.MAPPER.valueToTree(Fixtures.obligationMeasure()), List.of(), Instant.now());

    List<Violation> v = RoleRules.check(role, create, null);

    if (OWNERS.contains(role)) {
      assertThat(v).isEmpty();
    } else {
      assertThat(v).extracting(Violation::field, Violation::rule).containsExactly(
          org.assertj.core.groups.Tuple.tuple("recordId", "role"));
    }
  }

  /** 002 §3.3.1: the professional who carries the file holds the brede uitvraag (decision 0065). */
  @ParameterizedTest
  @EnumSource(Role.class)
  void onlyTheCaseManagerAndTheCoachesOfAFileRecordABroadIntake(Role role) {
    Mutation create = new Mutation(Ids.newId(), RecordType.BROAD_INTAKE, Fixtures.broadIntake().id(),
        MutationKind.CREATE, 0, Json.MAPPER.valueToTree(Fixtures.broadIntake()), List.of(), Instant.now());

    List<Violation> v = RoleRules.check(role, create, null);

    if (List.of(Role.CASE_MANAGER, Role.PARTICIPATION_COACH, Role.JOBCOACH).contains(role)) {
      assertThat(v).isEmpty();
    } else {
      assertThat(v).extracting(Violation::field, Violation::rule).containsExactly(
          org.assertj.core.groups.Tuple.tuple("recordId", "role"));
    }
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void everyRoleThatWorksWithEmployersRecordsAContactWithOneButNotTheCaseManager(Role role) {
    Mutation create = new Mutation(Ids.newId(), RecordType.EMPLOYER_CONTACT, Fixtures.employerContact().id(),
        MutationKind.CREATE, 0, Json.MAPPER.valueToTree(Fixtures.employerContact()), List.of(), Instant.now());

    List<Violation> v = RoleRules.check(role, create, null);

    if (role == Role.CASE_MANAGER) {
      assertThat(v).extracting(Violation::field, Violation::rule).containsExactly(
          org.assertj.core.groups.Tuple.tuple("recordId", "role"));
    } else {
      assertThat(v).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void onlyAFileOwnerClosesReassignsOrHandsOverAFile(Role role) {
    ObjectNode noCaseManager = Json.MAPPER.createObjectNode().putNull("caseManagerId");
    ObjectNode otherCaseManager = Json.MAPPER.createObjectNode().put("caseManagerId", Ids.newId().toString());
    ObjectNode coaches = Json.MAPPER.createObjectNode();
    coaches.putArray("coachIds").add(Ids.newId().toString());
    ObjectNode closed = Json.MAPPER.createObjectNode();
    closed.putObject("exit").put("date", "2026-11-20").put("reason", "WORK");

    for (ObjectNode fields : List.of(noCaseManager, otherCaseManager, coaches, closed)) {
      List<Violation> v = check(role, candidate(MutationKind.UPDATE, fields));
      String field = fields.fieldNames().next();
      if (OWNERS.contains(role)) {
        assertThat(v).as(field).isEmpty();
      } else {
        assertThat(v).as(field).extracting(Violation::field, Violation::rule)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(field, "role"));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void everyRoleWithTheFileEditsItsOtherFieldsAndSendsUnchangedOwnerFields(Role role) {
    ObjectNode fields = Json.MAPPER.createObjectNode().put("phone", "06-11111111")
        .put("caseManagerId", Fixtures.COACH.toString());
    fields.putArray("coachIds").add(Fixtures.COACH.toString());

    assertThat(check(role, candidate(MutationKind.UPDATE, fields))).isEmpty();
  }

  private static StoredState storedReferral() {
    nl.trede.domain.referral.Referral referral = new nl.trede.domain.referral.Referral(Fixtures.PLACEMENT,
        Fixtures.CANDIDATE, Fixtures.COACH, "werkbedrijf", null, "Bemiddeling", nl.trede.domain.referral.ReferralStatus.SENT,
        Fixtures.TODAY, null, null, null, null);
    return ((MutationRules.Changed) MutationRules.apply(MutationRulesTest.create(RecordType.REFERRAL, referral), null,
        MutationRulesTest.PHONE_A, Fixtures.COACH, Fixtures.CLOCK)).next();
  }

  private static Mutation referral(MutationKind kind, ObjectNode fields) {
    return new Mutation(Ids.newId(), RecordType.REFERRAL, Fixtures.PLACEMENT, kind, kind == MutationKind.CREATE ? 0 : 1,
        fields, List.of(), Instant.now());
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void onlyAFileOwnerWithTheFileRefersChangesOrDeletesAReferral(Role role) {
    ObjectNode goal = Json.MAPPER.createObjectNode().put("goal", "Anders");
    for (Mutation m : List.of(referral(MutationKind.CREATE, Json.MAPPER.createObjectNode()),
        referral(MutationKind.UPDATE, goal), referral(MutationKind.DELETE, null))) {
      List<Violation> v = RoleRules.checkReferral(role, RoleRules.ReferralReach.FILE, m, storedReferral(), Fixtures.COACH);
      if (OWNERS.contains(role)) {
        assertThat(v).as(m.kind().name()).isEmpty();
      } else {
        assertThat(v).as(m.kind().name()).extracting(Violation::rule).containsExactly("role");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void theReceivingTeamOnlyAnswersAndSignsOffAndAFieldWorkerTakesItOnOnlyForThemselves(Role role) {
    java.util.UUID me = Ids.newId();
    ObjectNode accept = Json.MAPPER.createObjectNode().put("status", "ACCEPTED").put("answeredOn", "2026-11-24")
        .put("receiverId", me.toString()).put("answer", "Graag");
    ObjectNode forColleague = Json.MAPPER.createObjectNode().put("receiverId", Ids.newId().toString());
    ObjectNode goal = Json.MAPPER.createObjectNode().put("goal", "Iets anders").put("referredBy", me.toString());

    assertThat(RoleRules.checkReferral(role, RoleRules.ReferralReach.ADDRESSED, referral(MutationKind.UPDATE, accept),
        storedReferral(), me)).isEmpty();
    assertThat(RoleRules.checkReferral(role, RoleRules.ReferralReach.ADDRESSED, referral(MutationKind.UPDATE, goal),
        storedReferral(), me)).extracting(Violation::field, Violation::rule)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("goal", "role"),
            org.assertj.core.groups.Tuple.tuple("referredBy", "role"));
    assertThat(RoleRules.checkReferral(role, RoleRules.ReferralReach.ADDRESSED, referral(MutationKind.DELETE, null),
        storedReferral(), me)).extracting(Violation::rule).containsExactly("role");
    List<Violation> handed = RoleRules.checkReferral(role, RoleRules.ReferralReach.ADDRESSED,
        referral(MutationKind.UPDATE, forColleague), storedReferral(), me);
    if (role.ownsFiles()) {
      assertThat(handed).isEmpty();
    } else {
      assertThat(handed).extracting(Violation::field, Violation::rule)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("receiverId", "role"));
    }
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void aFieldWorkerOfTheTeamCannotTakeOverAReferralAColleagueTookOn(Role role) {
    java.util.UUID me = Ids.newId();
    StoredState taken = ((MutationRules.Changed) MutationRules.apply(referral(MutationKind.UPDATE,
        Json.MAPPER.createObjectNode().put("status", "ACCEPTED").put("answeredOn", "2026-11-24")
            .put("receiverId", Fixtures.COACH.toString())), storedReferral(), MutationRulesTest.PHONE_A, Fixtures.COACH,
        Fixtures.CLOCK)).next();

    List<Violation> v = RoleRules.checkReferral(role, RoleRules.ReferralReach.ADDRESSED, referral(MutationKind.UPDATE,
        Json.MAPPER.createObjectNode().put("receiverId", me.toString())), taken, me);

    if (role.ownsFiles()) {
      assertThat(v).isEmpty();
    } else {
      assertThat(v).extracting(Violation::field, Violation::rule)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("receiverId", "role"));
    }
  }
}
