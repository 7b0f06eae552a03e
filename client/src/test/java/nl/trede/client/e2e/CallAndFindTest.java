package nl.trede.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import nl.trede.client.support.DemoServerUiTest;
import nl.trede.client.support.RecordingDevice;
import nl.trede.client.ui.employers.EmployersPresenter;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.employer.Vacancy;
import nl.trede.domain.employer.VacancyStatus;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Issue 17, end to end against the real server with its demo: a jobhunter calls the case manager
 * from a match card, a coach calls a candidate and finds their address, each with one tap. The
 * device is the one part replaced: it records the links the app hands it, and either opens them or
 * cannot (then the app shows the number or address to use by hand).
 */
class CallAndFindTest extends DemoServerUiTest {
  /** Fatima El Amrani's work number in the demo, as the admin would have saved it. */
  private static final URI FATIMA = URI.create("tel:0610000006");

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  /** From the employers list to the matches of one of the demo's open vacancies. */
  private void openMatches(FxRobot robot) throws Exception {
    Vacancy vacancy = ui.store().<Vacancy>all(RecordType.VACANCY).stream()
        .filter(v -> v.status() == VacancyStatus.OPEN).findFirst().orElseThrow();
    robot.interact(() -> {
      @SuppressWarnings("unchecked")
      ListView<EmployersPresenter.Row> list = (ListView<EmployersPresenter.Row>) ui.find("#employers").orElseThrow();
      list.getSelectionModel().select(list.getItems().stream()
          .filter(r -> r.employerId().equals(vacancy.employerId())).findFirst().orElseThrow());
      list.getOnMouseClicked().handle(null);
    });
    ui.tap("#vacancy-" + vacancy.id());
    ui.tap("#find-candidates");
    ui.waitFor(() -> ui.text("#matching-status") != null && ui.text("#matching-status").contains(" beste van "));
  }

  private String firstCallButton() {
    return "#" + ui.findByIdPrefix("call-K-").orElseThrow(() -> new AssertionError("no call button on a match"))
        .getId();
  }

  private String byHand(String selector) {
    return ((TextField) ui.find(selector + "-by-hand").orElseThrow()).getText();
  }

  @Test
  void aJobhunterCallsTheCaseManagerFromTheMatchCardWithOneTap(FxRobot robot) throws Exception {
    RecordingDevice phone = RecordingDevice.opening();
    loggedIn(robot, "jobhunter1", phone);
    openMatches(robot);
    String call = firstCallButton();

    assertThat(ui.text(call)).isEqualTo("Bel Fatima El Amrani (06-10000006)");
    ui.scrollTo(call);
    assertThat(ui.shownText(call)).as("the whole number readable on the smallest phone")
        .isEqualTo("Bel Fatima El Amrani (06-10000006)");
    ui.picture("match-card-call");
    ui.tap(call);

    assertThat(phone.opened()).containsExactly(FATIMA);
    assertThat(ui.visible(call + "-by-hand")).as("the phone took the call").isFalse();
  }

  @Test
  void whereTheDeviceCannotCallTheMatchCardShowsTheNumberToDialByHand(FxRobot robot) throws Exception {
    RecordingDevice laptop = RecordingDevice.unable();
    loggedIn(robot, "jobhunter1", laptop);
    openMatches(robot);
    String call = firstCallButton();

    ui.tap(call);

    assertThat(laptop.opened()).containsExactly(FATIMA);
    assertThat(ui.visible(call + "-by-hand")).isTrue();
    assertThat(ui.text(call + "-hint")).isEqualTo("Bellen kan niet vanaf dit apparaat; het nummer is:");
    assertThat(byHand(call)).isEqualTo("06-10000006");
    ui.scrollTo(call);
    ui.picture("match-card-call-by-hand");
  }

  /** The coach's first candidate with a phone number and an address, opened from the caseload. */
  private Candidate openCandidateWithPhoneAndAddress(FxRobot robot) throws Exception {
    Candidate c = ui.store().<Candidate>all(RecordType.CANDIDATE).stream()
        .filter(x -> x.phone() != null && x.address() != null && x.address().matches("[A-Za-z0-9 ,]+")).findFirst()
        .orElseThrow();
    openCandidate(robot, c.id());
    return c;
  }

  @Test
  void aCoachCallsTheCandidateAndFindsTheirAddressOnAMapFromTheirPage(FxRobot robot) throws Exception {
    RecordingDevice phone = RecordingDevice.opening();
    loggedIn(robot, "coach1", phone);
    Candidate c = openCandidateWithPhoneAndAddress(robot);

    assertThat(ui.text("#call-candidate")).isEqualTo("Bel " + c.givenName());
    ui.picture("candidate-call-and-map");
    ui.tap("#call-candidate");
    ui.tap("#show-address");

    assertThat(phone.opened()).containsExactly(URI.create("tel:" + c.phone().replace("-", "")),
        URI.create("https://www.openstreetmap.org/search?query=" + c.address().replace(",", "%2C")
            .replace(" ", "%20")));
    assertThat(ui.visible("#call-candidate-by-hand")).isFalse();
    assertThat(ui.visible("#show-address-by-hand")).isFalse();
  }

  @Test
  void whereTheDeviceCannotTheCandidatesPageShowsTheNumberAndTheAddressToUseByHand(FxRobot robot) throws Exception {
    RecordingDevice laptop = RecordingDevice.unable();
    loggedIn(robot, "coach1", laptop);
    Candidate c = openCandidateWithPhoneAndAddress(robot);

    ui.tap("#call-candidate");
    ui.tap("#show-address");

    assertThat(laptop.opened()).hasSize(2);
    assertThat(ui.text("#call-candidate-hint")).isEqualTo("Bellen kan niet vanaf dit apparaat; het nummer is:");
    assertThat(byHand("#call-candidate")).isEqualTo(c.phone());
    assertThat(ui.text("#show-address-hint")).isEqualTo("De kaart openen kan niet vanaf dit apparaat; het adres is:");
    assertThat(byHand("#show-address")).isEqualTo(c.address());
    ui.picture("candidate-call-and-map-by-hand");
  }
}
