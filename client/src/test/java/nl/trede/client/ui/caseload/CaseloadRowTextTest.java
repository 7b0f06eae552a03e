package nl.trede.client.ui.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import nl.trede.client.support.OneFileOnTheDevice;
import org.junit.jupiter.api.Test;

/** A caseload card in Dutch: the candidate's rung and next contact. */
class CaseloadRowTextTest extends OneFileOnTheDevice {
  @Test
  void theCaseloadShowsTheRungAndNextContactInDutch() {
    CaseloadPresenter caseload = new CaseloadPresenter(context, id -> {}, null);
    caseload.refresh();

    assertThat(caseload.rows()).singleElement().satisfies(row -> {
      assertThat(row.name()).isEqualTo("Anna Jansen");
      assertThat(row.rung()).isEqualTo("Trede 3 · Deelname aan georganiseerde activiteiten");
      assertThat(row.nextContact()).isEqualTo("Nog geen contact gehad en geen startdatum bekend");
    });
    caseload.search().set("xyz");
    assertThat(caseload.rows()).isEmpty();
  }
}
