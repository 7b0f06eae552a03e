package nl.trede.client.ui.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.trede.client.store.Editing;
import nl.trede.client.ui.kit.Colleagues;
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
 * "Afwijzen": someone of the receiving team declines a referral to it, today, with the answer the
 * referrer reads (why not, what would help instead). The record allows a decline without words;
 * the app asks for them, as a case manager who hears only "no" must ask again. Saved through the
 * snapshot the inbox showed, so only the answer travels.
 */
public final class DeclinePresenter {
  private final StringProperty answer = new SimpleStringProperty("");
  private final FormErrors errors;
  private final LiveValidation validation;
  private final FieldContext context;
  private final Editing<Referral> opened;
  private final Referral before;
  private final Runnable onSaved;

  public DeclinePresenter(FieldContext context, UUID referralId, Runnable onSaved) {
    this.context = context;
    this.onSaved = onSaved;
    this.opened = context.store().<Referral>edit(RecordType.REFERRAL, referralId).orElseThrow();
    this.before = opened.record();
    errors = new FormErrors(context.messages(), Set.of("answer"));
    validation = new LiveValidation(errors, this::check).watch("answer", answer);
  }

  private Referral build() {
    Referral r = before;
    return new Referral(r.id(), r.candidateId(), r.referredBy(), r.target(), null, r.goal(), ReferralStatus.DECLINED,
        r.sentOn(), context.today(), Parsing.text(answer.get()), null, null);
  }

  private List<Violation> check() {
    List<Violation> v = new ArrayList<>(build().validate(context.clock()));
    if (Parsing.text(answer.get()) == null) {
      v.add(new Violation("answer", "required", "a declined referral says why"));
    }
    return v;
  }

  public boolean save() {
    return validation.save(() -> context.store().update(opened, build()), onSaved);
  }

  /** "Van Fatima El Amrani voor Participatiecoaches, 3 mrt. 2026: ervaring opdoen in de groenvoorziening". */
  public String about() {
    return context.messages().get("decline.about", Colleagues.of(context)
        .name(before.referredBy()), ReferralTargets.of(context).label(before.target()),
        context.messages().date(before.sentOn()), before.goal());
  }

  public StringProperty answer() {
    return answer;
  }

  public FormErrors errors() {
    return errors;
  }
}
