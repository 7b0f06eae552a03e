package nl.trede.client.ui.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.trede.client.store.Editing;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.FormErrors;
import nl.trede.client.ui.kit.LiveValidation;
import nl.trede.client.ui.kit.Parsing;
import nl.trede.client.ui.kit.ReferralTargets;
import nl.trede.domain.Violation;
import nl.trede.domain.referral.Referral;
import nl.trede.domain.referral.ReferralStatus;
import nl.trede.sync.RecordType;

/**
 * "Afmelden": a referral that did its work (or will not) is signed off with the day and the
 * reason, "met welke reden" (004 §2.2): never closed without saying why. Saved through the
 * snapshot the form opened, so an answer the receiving side gave meanwhile is kept.
 */
public final class SignOffPresenter {
  private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
  private final StringProperty reason = new SimpleStringProperty("");
  private final FormErrors errors;
  private final LiveValidation validation;
  private final FieldContext context;
  private final Editing<Referral> opened;
  private final Referral before;
  private final Runnable onSaved;

  public SignOffPresenter(FieldContext context, UUID referralId, Runnable onSaved) {
    this.context = context;
    this.onSaved = onSaved;
    this.opened = context.store().<Referral>edit(RecordType.REFERRAL, referralId).orElseThrow();
    this.before = opened.record();
    date.set(context.today());
    errors = new FormErrors(context.messages(), Set.of("signedOffOn", "signOffReason"));
    validation = new LiveValidation(errors, this::check).watch("signedOffOn", date).watch("signOffReason", reason);
  }

  private Referral build() {
    Referral r = before;
    return new Referral(r.id(), r.candidateId(), r.referredBy(), r.target(), r.receiverId(), r.goal(),
        ReferralStatus.SIGNED_OFF, r.sentOn(), r.answeredOn(), r.answer(), date.get(),
        Parsing.text(reason.get()));
  }

  private List<Violation> check() {
    return build().validate(context.clock());
  }

  public boolean save() {
    return validation.save(() -> context.store().update(opened, build()), onSaved);
  }

  /** "Naar WerkBedrijf, sinds 3 mrt. 2026: ervaring opdoen in de groenvoorziening". */
  public String about() {
    return context.messages().get("signOff.about", ReferralTargets.of(context).label(before.target()),
        context.messages().date(before.sentOn()), before.goal());
  }

  public ObjectProperty<LocalDate> date() {
    return date;
  }

  public StringProperty reason() {
    return reason;
  }

  public FormErrors errors() {
    return errors;
  }
}
