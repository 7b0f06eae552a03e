package nl.trede.client.ui.kit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.trede.domain.Violation;
import nl.trede.domain.candidate.BenefitKind;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.Inflow;
import nl.trede.domain.candidate.InflowReason;

/**
 * Who the candidate is and how they came in, as the intake and "Gegevens wijzigen" both ask it:
 * name, date of birth, phone and address for visits (never a BSN: DOMAIN §7), the inflow date and
 * reason, and the benefit start date and kind (bijstand, IOAW, IOAZ: decision 0067) or "geen
 * uitkering" (a file is a person, and some have no benefit at all: 000 §2.3, §5.1).
 */
public final class PersonFields {
  /** The candidate's fields these cover, as violations name them. */
  public static final Set<String> FIELDS = Set.of("givenName", "familyName", "dateOfBirth", "phone", "address",
      "benefitStartDate", "benefitKind", "inflow.date", "inflow.reason");

  private final StringProperty givenName = new SimpleStringProperty("");
  private final StringProperty familyName = new SimpleStringProperty("");
  private final ObjectProperty<LocalDate> dateOfBirth = new SimpleObjectProperty<>();
  private final StringProperty phone = new SimpleStringProperty("");
  private final StringProperty address = new SimpleStringProperty("");
  private final ObjectProperty<LocalDate> inflowDate = new SimpleObjectProperty<>();
  private final ObjectProperty<InflowReason> inflowReason = new SimpleObjectProperty<>();
  private final BooleanProperty noBenefit = new SimpleBooleanProperty();
  private final ObjectProperty<LocalDate> benefitStartDate = new SimpleObjectProperty<>();
  /** Bijstand to start with: by far the most files are (002 §2.3); none without benefit. */
  private final ObjectProperty<BenefitKind> benefitKind = new SimpleObjectProperty<>(BenefitKind.BIJSTAND);
  /** The file was on benefit without a recorded kind: shown as bijstand, and left unrecorded unless changed. */
  private boolean kindUnrecorded;

  public PersonFields() {
    // Work to work and the doelgroep without benefit come in without benefit (000 §5.1, §2.3).
    inflowReason.addListener((obs, old, now) -> {
      if (now == InflowReason.WORK_TO_WORK || now == InflowReason.NO_BENEFIT_TARGET_GROUP) {
        noBenefit.set(true);
      }
    });
    noBenefit.addListener((obs, old, now) -> {
      if (now) {
        benefitStartDate.set(null);
        benefitKind.set(null);
      } else if (benefitKind.get() == null) {
        benefitKind.set(BenefitKind.BIJSTAND);
      }
    });
  }

  /** What a file holds now. A file from before Trede may have no inflow: it stays without one. */
  public void load(Candidate c) {
    givenName.set(nz(c.givenName()));
    familyName.set(nz(c.familyName()));
    dateOfBirth.set(c.dateOfBirth());
    phone.set(nz(c.phone()));
    address.set(nz(c.address()));
    inflowDate.set(c.inflow() == null ? null : c.inflow().date());
    inflowReason.set(c.inflow() == null ? null : c.inflow().reason());
    noBenefit.set(c.benefitStartDate() == null);
    benefitStartDate.set(c.benefitStartDate());
    kindUnrecorded = c.benefitStartDate() != null && c.benefitKind() == null;
    benefitKind.set(c.benefitStartDate() == null ? null : kindUnrecorded ? BenefitKind.BIJSTAND : c.benefitKind());
  }

  /** Sets these fields on the record being made or edited. */
  public CandidateDraft applyTo(CandidateDraft draft) {
    Inflow inflow = inflowDate.get() == null && inflowReason.get() == null ? null
        : new Inflow(inflowDate.get(), inflowReason.get());
    return draft.person(givenName.get().strip(), familyName.get().strip(), dateOfBirth.get(), Parsing.text(phone.get()),
        Parsing.text(address.get())).inflow(inflow).benefitStartDate(noBenefit.get() ? null : benefitStartDate.get())
        .benefitKind(kind());
  }

  /**
   * The kind to record: none without benefit; a file from before the kind that still shows bijstand
   * keeps none (it reads as bijstand all the same), so saving other details does not write it.
   */
  private BenefitKind kind() {
    if (noBenefit.get() || (kindUnrecorded && benefitKind.get() == BenefitKind.BIJSTAND)) {
      return null;
    }
    return benefitKind.get();
  }

  /**
   * What only the form can see: on benefit but no start date. The record keeps "no benefit" as no
   * date, so without this an empty date would silently mean "geen uitkering".
   */
  public List<Violation> check() {
    List<Violation> v = new ArrayList<>();
    if (!noBenefit.get() && benefitStartDate.get() == null) {
      v.add(new Violation("benefitStartDate", "required", "benefitStartDate is required unless there is no benefit"));
    }
    if (!noBenefit.get() && benefitKind.get() == null) {
      v.add(new Violation("benefitKind", "required", "benefitKind is required unless there is no benefit"));
    }
    return v;
  }

  /** Every field touches its own place in the form as it changes. */
  public void watch(LiveValidation validation) {
    validation.watch("givenName", givenName).watch("familyName", familyName).watch("dateOfBirth", dateOfBirth)
        .watch("phone", phone).watch("address", address).watch("inflow.date", inflowDate)
        .watch("inflow.reason", inflowReason).watch("benefitStartDate", benefitStartDate, noBenefit)
        .watch("benefitKind", benefitKind, noBenefit);
  }

  private static String nz(String text) {
    return text == null ? "" : text;
  }

  public StringProperty givenName() {
    return givenName;
  }

  public StringProperty familyName() {
    return familyName;
  }

  public ObjectProperty<LocalDate> dateOfBirth() {
    return dateOfBirth;
  }

  public StringProperty phone() {
    return phone;
  }

  public StringProperty address() {
    return address;
  }

  public ObjectProperty<LocalDate> inflowDate() {
    return inflowDate;
  }

  public ObjectProperty<InflowReason> inflowReason() {
    return inflowReason;
  }

  public BooleanProperty noBenefit() {
    return noBenefit;
  }

  public ObjectProperty<LocalDate> benefitStartDate() {
    return benefitStartDate;
  }

  /** Bijstand, IOAW or IOAZ; empty without benefit. */
  public ObjectProperty<BenefitKind> benefitKind() {
    return benefitKind;
  }
}
