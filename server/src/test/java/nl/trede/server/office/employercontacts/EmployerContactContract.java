package nl.trede.server.office.employercontacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.trede.domain.Ids;
import nl.trede.domain.Violation;
import nl.trede.domain.employer.Employer;
import nl.trede.domain.employer.EmployerContact;
import nl.trede.domain.employer.EmployerContactKind;
import nl.trede.domain.employer.Sector;
import nl.trede.domain.employer.Vacancy;
import nl.trede.domain.employer.VacancyStatus;
import nl.trede.server.support.ApiClient;
import nl.trede.server.support.ApiClient.Session;
import nl.trede.server.support.ConsoleContract;
import nl.trede.server.support.OfficeClient;
import nl.trede.sync.Mutation;
import nl.trede.sync.MutationResult;
import nl.trede.sync.PullPage;
import nl.trede.sync.RecordChange;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;

/**
 * A contact with an employer alone (issue 17), through sync and in the console: a jobhunter's visit
 * is applied and reaches every device that receives employers, and nobody of another municipality;
 * a case manager is refused naming the rule; a vacancy it names is this employer's; the visit log
 * shows it with Dutch labels and a correction marks what it replaced. Run once per database by the
 * subclasses.
 */
abstract class EmployerContactContract extends ConsoleContract {
  /** Everyone of the demo municipality with a device or a console, and the neighbour's coach. */
  private static final List<String> OVERBETUWE = List.of("coach1", "coach2", "jobcoach1", "jobhunter1",
      "casemanager1", "office1", "admin1");

  private Employer employer(Session by) {
    Employer e = new Employer(Ids.newId(), "Kwekerij " + suffix(), "12345678", Sector.AGRICULTURE, null,
        "Joke Arends", null, null, false, false, null, null);
    assertApplied(api.push(by, ApiClient.create(RecordType.EMPLOYER, e)));
    return e;
  }

  private static EmployerContact visit(Employer e, Session by, UUID vacancy, UUID corrects) {
    return new EmployerContact(Ids.newId(), e.id(), by.user(), today().minusDays(1), EmployerContactKind.VISIT,
        "Joke Arends", "Kassen bekeken; in maart zoeken ze drie oogstmedewerkers", today().plusDays(10), vacancy,
        corrects, false);
  }

  private List<Violation> refused(Session by, Mutation m) {
    MutationResult result = api.push(by, m).get(0);
    assertThat(result).isInstanceOf(MutationResult.Rejected.class);
    return ((MutationResult.Rejected) result).violations();
  }

  @Test
  void aJobhuntersVisitIsAppliedAndReachesEveryDeviceThatReceivesEmployersAndNoOtherMunicipality() {
    Session eva = api.login("jobhunter1");
    Session ilse = api.login("coach-dalfsen");
    String dalfsenCursor = api.pullAll(ilse).cursor();
    Employer e = employer(eva);
    EmployerContact visit = visit(e, eva, null, null);

    List<MutationResult> pushed = api.push(eva, ApiClient.create(RecordType.EMPLOYER_CONTACT, visit));

    assertThat(pushed).singleElement().isInstanceOf(MutationResult.Applied.class);
    for (String username : OVERBETUWE) {
      PullPage all = api.pullAll(api.login(username));
      assertThat(all.changes()).as(username + " receives the employer").extracting(RecordChange::id).contains(e.id());
      RecordChange received = all.changes().stream().filter(c -> c.id().equals(visit.id())).findFirst()
          .orElseThrow(() -> new AssertionError(username + " did not receive the employer's contact"));
      assertThat(received.type()).isEqualTo(RecordType.EMPLOYER_CONTACT);
      assertThat(received.data().get("summary").asText()).isEqualTo(visit.summary());
    }
    assertThat(api.pullAll(ilse, dalfsenCursor).changes()).extracting(RecordChange::id)
        .doesNotContain(visit.id(), e.id());
  }

  @Test
  void aCaseManagerIsRefusedByRoleAndAVacancyOrCorrectionMustBeThisEmployersOwn() {
    Session eva = api.login("jobhunter1");
    Session fatima = api.login("casemanager1");
    Employer e = employer(eva);
    Employer other = employer(eva);
    Vacancy elsewhere = new Vacancy(Ids.newId(), other.id(), "Oogstmedewerker", List.of("Tomaten oogsten"),
        new java.math.BigDecimal("24"), java.util.Set.of(), null, false, VacancyStatus.OPEN, today(), eva.user());
    assertApplied(api.push(eva, ApiClient.create(RecordType.VACANCY, elsewhere)));
    String cursor = api.pullAll(eva).cursor();

    List<Violation> byCaseManager = refused(fatima, ApiClient.create(RecordType.EMPLOYER_CONTACT,
        visit(e, fatima, null, null)));
    List<Violation> otherVacancy = refused(eva, ApiClient.create(RecordType.EMPLOYER_CONTACT,
        visit(e, eva, elsewhere.id(), null)));
    List<Violation> inSomeoneElsesName = refused(eva, ApiClient.create(RecordType.EMPLOYER_CONTACT,
        visit(e, fatima, null, null)));
    List<Violation> correctsAnEmployer = refused(eva, ApiClient.create(RecordType.EMPLOYER_CONTACT,
        visit(e, eva, null, other.id())));
    List<Violation> inTheFuture = refused(eva, ApiClient.create(RecordType.EMPLOYER_CONTACT, new EmployerContact(
        Ids.newId(), e.id(), eva.user(), LocalDate.now().plusDays(5), EmployerContactKind.PHONE, null, "Gebeld",
        null, null, null, false)));

    assertThat(byCaseManager).extracting(Violation::field, Violation::rule).containsExactly(tuple("recordId", "role"));
    assertThat(otherVacancy).extracting(Violation::field, Violation::rule)
        .containsExactly(tuple("vacancyId", "unknown-reference"));
    assertThat(inSomeoneElsesName).extracting(Violation::field, Violation::rule)
        .containsExactly(tuple("authorId", "not-caller"));
    assertThat(correctsAnEmployer).extracting(Violation::field, Violation::rule)
        .containsExactly(tuple("correctsId", "unknown-reference"));
    assertThat(inTheFuture).extracting(Violation::field, Violation::rule).containsExactly(tuple("date", "not-in-future"));
    assertThat(api.pullAll(eva, cursor).changes()).as("nothing of a refusal is written").isEmpty();
  }

  @Test
  void theVisitLogShowsTheEmployersContactsWithLabelsAndACorrectionMarksWhatItReplaced() {
    Session eva = api.login("jobhunter1");
    Session anna = api.login("coach1");
    Employer e = employer(eva);
    Vacancy led = new Vacancy(Ids.newId(), e.id(), "Oogstmedewerker", List.of("Paprika's oogsten"),
        new java.math.BigDecimal("24"), java.util.Set.of(), null, false, VacancyStatus.OPEN, today(), eva.user());
    assertApplied(api.push(eva, ApiClient.create(RecordType.VACANCY, led)));
    EmployerContact visit = visit(e, eva, led.id(), null);
    EmployerContact call = new EmployerContact(Ids.newId(), e.id(), anna.user(), today().minusDays(3),
        EmployerContactKind.EMAIL, null, "Gevraagd naar vrijwilligersplekken", null, null, null, false);
    assertApplied(api.push(eva, ApiClient.create(RecordType.EMPLOYER_CONTACT, visit)));
    assertApplied(api.push(anna, ApiClient.create(RecordType.EMPLOYER_CONTACT, call)));
    EmployerContact phoned = new EmployerContact(Ids.newId(), e.id(), anna.user(), call.date(),
        EmployerContactKind.PHONE, null, call.summary(), null, null, call.id(), false);
    assertApplied(api.push(anna, ApiClient.create(RecordType.EMPLOYER_CONTACT, phoned)));
    OfficeClient office = loggedIn("office1");

    OfficeClient.Page log = office.get("/office/bezoekverslagen?employer=" + e.id() + "&kind=employer-contact");
    String page = log.text();

    assertThat(rowIds(log)).containsExactly(visit.id().toString(), phoned.id().toString(), call.id().toString());
    assertThat(rowTag(page, visit.id())).contains("data-kind=\"employer-contact\"");
    assertThat(page).contains(">Werkgeverscontact<").contains(">Bedrijfsbezoek<").contains("Gesproken met Joke Arends · leidde tot een vacature")
        .contains("leidde tot een vacature").contains("opvolgen op " + fmt(visit.followUpDate()))
        .contains(visit.summary()).contains(">Telefonisch<").contains(">E-mail<").contains(e.name())
        .doesNotContain(">VISIT<").doesNotContain(">PHONE<");
    assertThat(rowTag(page, call.id())).contains("superseded");
    assertThat(rowTag(page, phoned.id())).doesNotContain("superseded");
    assertThat(page).contains(">Correctie<").contains(">Vervangen<");
  }

  private static String fmt(LocalDate date) {
    return nl.trede.server.office.view.DisplayFormat.INSTANCE.date(date);
  }
}
