package nl.trede.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.Fixtures;
import nl.trede.domain.Ids;
import nl.trede.domain.Json;
import nl.trede.domain.Violation;
import org.junit.jupiter.api.Test;

class MutationRulesTest {
  static final UUID PHONE_A = UUID.fromString("0190a1b2-0000-7000-8000-00000000000a");
  static final UUID PHONE_B = UUID.fromString("0190a1b2-0000-7000-8000-00000000000b");

  static Mutation create(RecordType type, DomainRecord record) {
    return new Mutation(Ids.newId(), type, record.id(), MutationKind.CREATE, 0, Json.MAPPER.valueToTree(record),
        List.of(), Instant.now());
  }

  static Mutation update(UUID id, long base, ObjectNode fields, UUID... resolves) {
    return new Mutation(Ids.newId(), RecordType.EMPLOYER, id, MutationKind.UPDATE, base, fields, List.of(resolves),
        Instant.now());
  }

  static ObjectNode fields() {
    return Json.MAPPER.createObjectNode();
  }

  static MutationRules.Outcome apply(Mutation m, StoredState current, UUID device) {
    return MutationRules.apply(m, current, device, Fixtures.COACH, Fixtures.CLOCK);
  }

  static StoredState stored() {
    return ((MutationRules.Changed) apply(create(RecordType.EMPLOYER, Fixtures.employer()), null, PHONE_A)).next();
  }

  static StoredState changed(MutationRules.Outcome outcome) {
    assertThat(outcome).isInstanceOf(MutationRules.Changed.class);
    return ((MutationRules.Changed) outcome).next();
  }

  static List<Violation> refused(MutationRules.Outcome outcome) {
    assertThat(outcome).isInstanceOf(MutationRules.Refused.class);
    return ((MutationRules.Refused) outcome).violations();
  }

  @Test
  void aCreateGivesVersionOne() {
    StoredState state = stored();

    assertThat(state.version()).isEqualTo(1);
    assertThat(state.data().get("name").asText()).isEqualTo("Distributiecentrum Park15");
  }

  @Test
  void editsOfDifferentFieldsFromTheSameBaseMerge() {
    StoredState v1 = stored();
    StoredState v2 = changed(apply(update(Fixtures.EMPLOYER, 1,
        fields().put("contactPerson", "Sanne")), v1, PHONE_A));
    MutationRules.Outcome fromB = apply(update(Fixtures.EMPLOYER, 1, fields().put("contactPhone", "0488-000000")), v2, PHONE_B);

    StoredState v3 = changed(fromB);
    assertThat(((MutationRules.Changed) fromB).conflicts()).isEmpty();
    assertThat(v3.version()).isEqualTo(3);
    assertThat(v3.data().get("contactPerson").asText()).isEqualTo("Sanne");
    assertThat(v3.data().get("contactPhone").asText()).isEqualTo("0488-000000");
  }

  @Test
  void theSameFieldChangedOnTwoDevicesIsAConflictKeepingBothValues() {
    StoredState v2 = changed(apply(update(Fixtures.EMPLOYER, 1, fields().put("contactPerson", "Sanne")), stored(), PHONE_A));

    MutationRules.Changed fromB = (MutationRules.Changed) apply(
        update(Fixtures.EMPLOYER, 1, fields().put("contactPerson", "Joop").put("harrieTrained", false)), v2, PHONE_B);

    FieldConflict conflict = fromB.conflicts().get(0);
    assertThat(conflict.field()).isEqualTo("contactPerson");
    assertThat(conflict.serverValue().asText()).isEqualTo("Sanne");
    assertThat(conflict.deviceValue().asText()).isEqualTo("Joop");
    assertThat(fromB.next().data().get("contactPerson").asText()).isEqualTo("Sanne");
    assertThat(fromB.next().data().get("harrieTrained").asBoolean()).isFalse();
    assertThat(fromB.next().conflicts()).containsExactly(conflict);
  }

  @Test
  void aDeviceChangingItsOwnFieldTwiceOfflineIsNoConflict() {
    StoredState v2 = changed(apply(update(Fixtures.EMPLOYER, 1, fields().put("contactPerson", "Sanne")), stored(), PHONE_A));

    MutationRules.Changed again = (MutationRules.Changed) apply(
        update(Fixtures.EMPLOYER, 1, fields().put("contactPerson", "Sanne Aalbers")), v2, PHONE_A);

    assertThat(again.conflicts()).isEmpty();
    assertThat(again.next().data().get("contactPerson").asText()).isEqualTo("Sanne Aalbers");
  }

  @Test
  void aPersonResolvesAConflictByChoosingAValue() {
    StoredState v2 = changed(apply(update(Fixtures.EMPLOYER, 1, fields().put("contactPerson", "Sanne")), stored(), PHONE_A));
    StoredState v3 = changed(apply(update(Fixtures.EMPLOYER, 1, fields().put("contactPerson", "Joop")), v2, PHONE_B));
    UUID conflict = v3.conflicts().get(0).id();

    StoredState v4 = changed(apply(update(Fixtures.EMPLOYER, 3, fields().put("contactPerson", "Joop"), conflict), v3, PHONE_A));

    assertThat(v4.data().get("contactPerson").asText()).isEqualTo("Joop");
    assertThat(v4.conflicts()).isEmpty();
    assertThat(refused(apply(update(Fixtures.EMPLOYER, 4, fields().put("name", "X"), Ids.newId()), v4, PHONE_A)))
        .extracting(Violation::rule).containsExactly("unknown-conflict");
  }

  @Test
  void historyIsAppendOnly() {
    StoredState contact = changed(apply(create(RecordType.CONTACT, Fixtures.contact()), null, PHONE_A));
    Mutation edit = new Mutation(Ids.newId(), RecordType.CONTACT, Fixtures.contact().id(), MutationKind.UPDATE, 1,
        fields().put("summary", "anders"), List.of(), Instant.now());
    Mutation delete = new Mutation(Ids.newId(), RecordType.CONTACT, Fixtures.contact().id(), MutationKind.DELETE, 1,
        null, List.of(), Instant.now());

    assertThat(refused(apply(edit, contact, PHONE_A))).extracting(Violation::rule).containsExactly("append-only");
    assertThat(refused(apply(delete, contact, PHONE_A))).extracting(Violation::rule).containsExactly("append-only");
  }

  @Test
  void aDeletedRecordStaysDeletedAndItsTombstoneHoldsOnlyTheId() {
    Mutation delete = new Mutation(Ids.newId(), RecordType.EMPLOYER, Fixtures.EMPLOYER, MutationKind.DELETE, 1, null,
        List.of(), Instant.now());
    StoredState tombstone = changed(apply(delete, stored(), PHONE_A));

    assertThat(tombstone.deleted()).isTrue();
    assertThat(tombstone.data().size()).isEqualTo(1);
    assertThat(refused(apply(update(Fixtures.EMPLOYER, 1, fields().put("name", "Terug")), tombstone, PHONE_B)))
        .extracting(Violation::rule).containsExactly("deleted");
    assertThat(apply(delete, tombstone, PHONE_B)).isInstanceOf(MutationRules.Unchanged.class);
  }

  @Test
  void settingTheStoredValueAgainChangesNothing() {
    StoredState v1 = stored();

    assertThat(apply(update(Fixtures.EMPLOYER, 1, fields().put("kvkNumber", "12345678")), v1, PHONE_B))
        .isInstanceOf(MutationRules.Unchanged.class);
  }

  @Test
  void unknownFieldsWrongTypesAndBrokenRulesAreRefusedNamingTheField() {
    StoredState v1 = stored();
    Mutation step = create(RecordType.LADDER_STEP, Fixtures.ladderStep());

    assertThat(refused(apply(update(Fixtures.EMPLOYER, 1, fields().put("salary", 10)), v1, PHONE_A)))
        .extracting(Violation::field, Violation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("fields.salary", "unknown-field"));
    ObjectNode seven = step.fields().deepCopy().put("toRung", "seven");
    assertThat(refused(apply(new Mutation(step.id(), step.type(), step.recordId(), MutationKind.CREATE, 0, seven,
        List.of(), Instant.now()), null, PHONE_A))).extracting(Violation::field, Violation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("fields.toRung", "type"));
    ObjectNode rung7 = step.fields().deepCopy().put("toRung", 7);
    assertThat(refused(apply(new Mutation(step.id(), step.type(), step.recordId(), MutationKind.CREATE, 0, rung7,
        List.of(), Instant.now()), null, PHONE_A))).extracting(Violation::field, Violation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("toRung", "range"));
    assertThat(refused(apply(update(Fixtures.EMPLOYER, 1, fields().put("kvkNumber", "123")), v1, PHONE_A)))
        .extracting(Violation::rule).containsExactly("kvk-format");
  }

  @Test
  void aRecordCannotBeCreatedTwiceNorUpdatedBeforeItExists() {
    assertThat(refused(apply(create(RecordType.EMPLOYER, Fixtures.employer()), stored(), PHONE_B)))
        .extracting(Violation::rule).containsExactly("duplicate-id");
    assertThat(refused(apply(update(Fixtures.EMPLOYER, 0, fields().put("name", "X")), null, PHONE_B)))
        .extracting(Violation::rule).containsExactly("not-found");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.EnumSource(value = RecordType.class, names = {"VACANCY", "PLACEMENT"})
  void anUpdateNeverChangesWhoMadeARecord(RecordType type) {
    DomainRecord record = type == RecordType.VACANCY ? Fixtures.vacancy() : Fixtures.placement();
    StoredState v1 = changed(apply(create(type, record), null, PHONE_A));
    Mutation m = new Mutation(Ids.newId(), type, record.id(), MutationKind.UPDATE, 1,
        fields().put(type.authorField(), Ids.newId().toString()), List.of(), Instant.now());

    assertThat(refused(apply(m, v1, PHONE_A))).extracting(Violation::field, Violation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(type.authorField(), "immutable"));
    assertThat(apply(new Mutation(Ids.newId(), type, record.id(), MutationKind.UPDATE, 1,
        fields().put(type.authorField(), record.author().toString()), List.of(), Instant.now()), v1, PHONE_A))
        .as("the same author sent again").isInstanceOf(MutationRules.Unchanged.class);
  }
}
