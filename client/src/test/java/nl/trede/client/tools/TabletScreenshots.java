package nl.trede.client.tools;

import java.time.LocalDate;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import nl.trede.client.store.LocalStore;
import nl.trede.domain.Violations;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.ExemptionKind;
import nl.trede.domain.candidate.InflowReason;
import nl.trede.sync.RecordType;

/**
 * The case manager's workspace as casemanager1 sees it on a tablet in portrait (800×1280): the
 * caseload with "Nieuw dossier", the intake with a possible duplicate, the new file, a file with
 * its history, each form that opens from it, a referral sent and the page that shows it; then the
 * intake once more at phone size, which must still work.
 */
final class TabletScreenshots {
  private final Screenshots s;

  TabletScreenshots(Screenshots screenshots) {
    this.s = screenshots;
  }

  void walk() throws Exception {
    s.width = 800;
    s.height = 1280;
    s.open("casemanager1");
    s.awaitSynced();
    s.shot("22-tablet-caseload");
    Candidate known = store().<Candidate>all(RecordType.CANDIDATE).get(0);
    s.fx(() -> s.fire("#register-candidate"));
    fillIntake(known.givenName(), known.familyName(), known.dateOfBirth());
    s.shot("23-tablet-intake");
    s.scroll(1.0);
    s.shot("24-tablet-intake-duplicate");
    s.fx(() -> {
      s.text("#given-name", "Noor");
      s.text("#family-name", "Verhoeven");
      s.fire("#save");
    });
    s.shot("25-tablet-new-file");
    s.fx(() -> s.fire("#assign"));
    s.shot("26-tablet-assign");
    s.fx(() -> s.fire("#cancel"));
    s.fx(() -> s.fire("#edit-flags"));
    fillFlags();
    s.shot("27-tablet-flags");
    s.fx(() -> s.fire("#cancel"));
    s.fx(() -> s.fire("#back"));
    openFirstOfTheCaseload();
    s.shot("28-tablet-candidate");
    s.fx(() -> s.fire("#edit-person"));
    s.shot("29-tablet-person");
    s.fx(() -> s.fire("#cancel"));
    s.fx(() -> s.fire("#edit-plan"));
    s.shot("30-tablet-plan");
    s.fx(() -> s.fire("#cancel"));
    s.fx(() -> s.fire("#refer"));
    s.fx(() -> {
      s.fire("#referral-target-participatiecoaches");
      ((javafx.scene.control.TextArea) s.lookup("#referral-goal")).setText(
          "Werkfit worden via een leerwerkplek in de groenvoorziening");
    });
    s.shot("31-tablet-referral");
    s.fx(() -> s.fire("#save"));
    s.scrollTo("#referrals-card");
    s.shot("32-tablet-candidate-referral");
    s.fx(() -> s.fire(s.firstId("sign-off-")));
    s.shot("33-tablet-sign-off");
    s.fx(() -> s.fire("#cancel"));
    s.fx(() -> s.fire("#exit-file"));
    s.shot("34-tablet-exit");
    s.fx(() -> s.fire("#cancel"));
    s.logout();
    // Held landscape, the caseload stays beside the candidate (docs/field-app.md, "On a tablet").
    s.width = 1280;
    s.height = 800;
    s.open("casemanager1");
    s.awaitSynced();
    openFirstOfTheCaseload();
    s.shot("35b-tablet-landscape-side-by-side");
    s.logout();
    phone();
  }

  /** The same intake on the smallest phone: one column, nothing cut off. */
  private void phone() throws Exception {
    s.width = Screenshots.WIDTH;
    s.height = Screenshots.HEIGHT;
    s.open("casemanager1");
    s.awaitSynced();
    s.fx(() -> s.fire("#register-candidate"));
    fillIntake("Sem", "de Groot", today().minusYears(23));
    s.shot("35-phone-intake");
    s.scroll(0.6);
    s.shot("36-phone-intake-coaches");
    s.fx(() -> s.fire("#cancel"));
    s.logout();
  }

  @SuppressWarnings("unchecked")
  private void fillFlags() throws Exception {
    s.fx(() -> {
      s.fire("#add-exemption");
      ((ComboBox<ExemptionKind>) s.lookup("#exemption-kind-0")).setValue(ExemptionKind.JOB_APPLICATION_DUTY);
      s.text("#exemption-reason-0", "Tijdelijke medische beperking");
      ((DatePicker) s.lookup("#exemption-until-0")).setValue(today().plusMonths(6));
      s.text("#hours-volunteering", "12");
    });
  }

  @SuppressWarnings("unchecked")
  private void fillIntake(String given, String family, LocalDate born) throws Exception {
    s.fx(() -> {
      s.text("#given-name", given);
      s.text("#family-name", family);
      ((DatePicker) s.lookup("#date-of-birth")).setValue(born);
      s.text("#phone", "06-41234567");
      s.text("#address", "Stationsweg 12, Elst");
      ((ComboBox<InflowReason>) s.lookup("#inflow-reason")).setValue(InflowReason.NEW_APPLICATION);
      ((DatePicker) s.lookup("#benefit-start")).setValue(today().minusWeeks(2));
      String coach = s.firstId("coach-");
      if (coach != null) {
        ((CheckBox) s.lookup(coach)).setSelected(true);
      }
    });
  }

  private void openFirstOfTheCaseload() throws Exception {
    s.fx(() -> {
      var list = (ListView<?>) s.lookup("#caseload");
      list.getSelectionModel().select(0);
      list.getOnMouseClicked().handle(null);
    });
  }

  private LocalStore store() {
    return s.controller.session().orElseThrow().store();
  }

  private static LocalDate today() {
    return LocalDate.now(Violations.ZONE);
  }
}
