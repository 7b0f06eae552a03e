package nl.trede.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.trede.domain.contact.Contact;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;

/**
 * Whose file a stored record is in and when it happened, read from its filing components alone,
 * is what the whole record says: the device files thousands of pulled records by it.
 */
class FilingTest {
  private static final List<DomainRecord> EVERY_TYPE = List.of(Fixtures.candidate(), Fixtures.contact(),
      Fixtures.ladderStep(), Fixtures.coachingHours(), Fixtures.employer(), Fixtures.vacancy(), Fixtures.placement(),
      Fixtures.config(), Fixtures.referral(), Fixtures.obligationMeasure(), Fixtures.employerContact(),
      Fixtures.groupSession(), Fixtures.attendance(), Fixtures.taalmeter(), Fixtures.broadIntake());

  @Test
  void everyTypeIsFiledAsTheWholeRecordSays() {
    assertThat(EVERY_TYPE).extracting(DomainRecord::getClass)
        .containsExactlyInAnyOrder(java.util.Arrays.stream(RecordType.values()).map(RecordType::recordClass)
            .toArray(Class[]::new));
    for (DomainRecord whole : EVERY_TYPE) {
      DomainRecord filed = FilingReader.read(Json.MAPPER.valueToTree(whole), whole.getClass());

      assertThat(filed.fileCandidateId()).as(whole.getClass().getSimpleName()).isEqualTo(whole.fileCandidateId());
      if (whole instanceof HistoryEntry entry) {
        assertThat(((HistoryEntry) filed).eventAt()).as(whole.getClass().getSimpleName()).isEqualTo(entry.eventAt());
      }
    }
  }

  @Test
  void anEmployerOnlyContactIsInNoFile() {
    Contact withEmployer = Fixtures.contact();
    var json = (com.fasterxml.jackson.databind.node.ObjectNode) Json.MAPPER.valueToTree(withEmployer);
    json.putNull("candidateId").put("employerId", Fixtures.EMPLOYER.toString());

    assertThat(FilingReader.read(json, Contact.class).fileCandidateId()).isNull();
  }

  @Test
  void theRestOfTheRecordIsLeftUnread() {
    Contact filed = FilingReader.read(Json.MAPPER.valueToTree(Fixtures.contact()), Contact.class);

    assertThat(filed.summary()).isNull();
    assertThat(filed.authorId()).isNull();
  }
}
