package nl.trede.client.ui.employerform;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.trede.client.store.Editing;
import nl.trede.client.ui.kit.Colleagues;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.FormErrors;
import nl.trede.client.ui.kit.LiveValidation;
import nl.trede.client.ui.kit.Messages;
import nl.trede.domain.Colleague;
import nl.trede.domain.Ids;
import nl.trede.domain.ValidationException;
import nl.trede.domain.Violation;
import nl.trede.domain.employer.Employer;
import nl.trede.domain.employer.Sector;
import nl.trede.sync.RecordType;

/**
 * "Werkgever registreren" or "bewerken", on site at the reception desk: name, KvK number (eight
 * digits, checked as typed), sector, address, who to ask for, and whether they have a
 * HARRIE-trained colleague or an SROI obligation (with the contract's value, 002 §3.2.5), and which
 * colleague is their fixed contact at the municipality: "Voor een ondernemer is het van belang een
 * vast aanspreekpunt te hebben bij de gemeente" (001 §3.1). A new employer's aanspreekpunt is the
 * one registering it (ours: the jobhunter who walked in is who the employer knows). An edit sends only the fields changed since the
 * form opened, so two jobhunters editing different fields never clash, and a change a sync brought
 * in while the form was open is never overwritten with what the form still showed.
 */
public final class EmployerFormPresenter {
  private static final Set<String> FIELDS = Set.of("name", "kvkNumber", "sector", "address", "contactPerson",
      "contactPhone", "contactEmail", "accountOwnerId", "sroiContractValue");

  private final StringProperty name = new SimpleStringProperty("");
  private final StringProperty kvkNumber = new SimpleStringProperty("");
  private final ObjectProperty<Sector> sector = new SimpleObjectProperty<>();
  private final StringProperty address = new SimpleStringProperty("");
  private final StringProperty contactPerson = new SimpleStringProperty("");
  private final StringProperty contactPhone = new SimpleStringProperty("");
  private final StringProperty contactEmail = new SimpleStringProperty("");
  private final BooleanProperty harrieTrained = new SimpleBooleanProperty();
  private final BooleanProperty sroiObligation = new SimpleBooleanProperty();
  private final StringProperty sroiContractValue = new SimpleStringProperty("");
  private final ObjectProperty<Colleague> accountOwner = new SimpleObjectProperty<>();
  private final List<Colleague> owners;
  private boolean valueUnreadable;
  private final FormErrors errors;
  private final LiveValidation validation;
  private final FieldContext context;
  private final Editing<Employer> opened;
  private final Employer existing;
  private final UUID id;
  private final java.util.function.Consumer<UUID> onSaved;

  /** @param employerId the employer to edit, or null to register a new one */
  public EmployerFormPresenter(FieldContext context, UUID employerId, java.util.function.Consumer<UUID> onSaved) {
    this.context = context;
    this.onSaved = onSaved;
    this.errors = new FormErrors(context.messages(), FIELDS);
    this.opened = employerId == null ? null
        : context.store().<Employer>edit(RecordType.EMPLOYER, employerId).orElse(null);
    this.existing = opened == null ? null : opened.record();
    this.id = existing == null ? Ids.newId() : existing.id();
    Colleagues colleagues = Colleagues.of(context);
    UUID owner = existing == null ? context.userId() : existing.accountOwnerId();
    List<Colleague> choices = new ArrayList<>(colleagues.fieldColleagues());
    if (owner != null) {
      // One the list does not know (yet) stays, as "onbekende collega": untouched, the employer keeps them.
      Colleague current = colleagues.colleague(owner);
      if (choices.stream().noneMatch(c -> c.userId().equals(owner))) {
        choices.add(0, current);
      }
      accountOwner.set(choices.stream().filter(c -> c.userId().equals(owner)).findFirst().orElse(current));
    }
    this.owners = List.copyOf(choices);
    if (existing != null) {
      name.set(existing.name());
      kvkNumber.set(existing.kvkNumber());
      sector.set(existing.sector());
      address.set(nz(existing.address()));
      contactPerson.set(nz(existing.contactPerson()));
      contactPhone.set(nz(existing.contactPhone()));
      contactEmail.set(nz(existing.contactEmail()));
      harrieTrained.set(existing.harrieTrained());
      sroiObligation.set(existing.sroiObligation());
      sroiContractValue.set(context.messages().decimal(existing.sroiContractValue()));
    }
    validation = new LiveValidation(errors, this::check)
        .watch("name", name).watch("kvkNumber", kvkNumber).watch("sector", sector).watch("address", address)
        .watch("contactPerson", contactPerson).watch("contactPhone", contactPhone)
        .watch("contactEmail", contactEmail).watch("accountOwnerId", accountOwner)
        .watch("sroiContractValue", sroiContractValue, sroiObligation);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private Employer build() {
    // Spaces and dots people type in a KvK number ("1234 5678") are not part of it.
    String kvk = kvkNumber.get() == null ? null : blank(kvkNumber.get().replaceAll("[\\s.]", ""));
    return new Employer(id, blank(name.get()), kvk, sector.get(), blank(address.get()), blank(contactPerson.get()),
        blank(contactPhone.get()), blank(contactEmail.get()), harrieTrained.get(), sroiObligation.get(),
        accountOwner.get() == null ? null : accountOwner.get().userId(),
        sroiObligation.get() ? contractValue() : null);
  }

  /** The typed contract value; a value that is no number is refused by {@link #check()}. */
  private BigDecimal contractValue() {
    valueUnreadable = false;
    try {
      return Messages.parseEuros(sroiContractValue.get());
    } catch (NumberFormatException e) {
      valueUnreadable = true;
      return null;
    }
  }

  private List<Violation> check() {
    valueUnreadable = false;
    List<Violation> v = new ArrayList<>(build().validate(context.clock()));
    if (valueUnreadable) {
      v.add(new Violation("sroiContractValue", "number-format", "sroiContractValue must be a number"));
    }
    return v;
  }

  public boolean save() {
    if (!validation.submit().isEmpty()) {
      return false;
    }
    try {
      if (existing == null) {
        context.store().create(RecordType.EMPLOYER, build());
      } else {
        context.store().update(opened, build());
      }
    } catch (ValidationException e) {
      validation.showRefusal(e.violations());
      return false;
    }
    onSaved.accept(id);
    return true;
  }

  public boolean isNew() {
    return existing == null;
  }

  public List<Sector> sectors() {
    return List.of(Sector.values());
  }

  public StringProperty name() {
    return name;
  }

  public StringProperty kvkNumber() {
    return kvkNumber;
  }

  public ObjectProperty<Sector> sector() {
    return sector;
  }

  public StringProperty address() {
    return address;
  }

  public StringProperty contactPerson() {
    return contactPerson;
  }

  public StringProperty contactPhone() {
    return contactPhone;
  }

  public StringProperty contactEmail() {
    return contactEmail;
  }

  public BooleanProperty harrieTrained() {
    return harrieTrained;
  }

  public BooleanProperty sroiObligation() {
    return sroiObligation;
  }

  /** Whom the form offers as aanspreekpunt: the device's field colleagues, by name. */
  public List<Colleague> owners() {
    return owners;
  }

  public ObjectProperty<Colleague> accountOwner() {
    return accountOwner;
  }

  public StringProperty sroiContractValue() {
    return sroiContractValue;
  }

  public FormErrors errors() {
    return errors;
  }
}
