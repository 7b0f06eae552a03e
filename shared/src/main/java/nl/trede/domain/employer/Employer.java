package nl.trede.domain.employer;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.Violation;
import nl.trede.domain.Violations;

/**
 * A werkgever the jobhunters visit. Shared by everyone in the municipality and edited on several
 * devices, so its fields merge one by one in sync.
 *
 * @param harrieTrained has a colleague trained to coach (HARRIE), which may make an external
 *     jobcoach unnecessary (000 Bijlage A)
 * @param sroiObligation has a social-return obligation from a municipal contract (002 §3.2.5)
 * @param accountOwnerId the colleague who is the employer's fixed contact at the municipality: "Voor
 *     een ondernemer is het van belang een vast aanspreekpunt te hebben bij de gemeente" (001 §3.1);
 *     optional, employers registered before it was asked have none (decision 0062)
 * @param sroiContractValue the value in euros of the municipal contract that carries the SROI
 *     obligation, from which the municipality's {@code socialReturn} setting computes what is owed
 *     (002 §3.2.5 "voor 5% van de kosten van het contract"; 004 §4.4 "boven de € 200.000,-");
 *     optional, and only with {@code sroiObligation}
 */
public record Employer(
    UUID id,
    String name,
    String kvkNumber,
    Sector sector,
    String address,
    String contactPerson,
    String contactPhone,
    String contactEmail,
    boolean harrieTrained,
    boolean sroiObligation,
    UUID accountOwnerId,
    BigDecimal sroiContractValue)
    implements DomainRecord {

  private static final BigDecimal MAX_CONTRACT_VALUE = BigDecimal.valueOf(1_000_000_000L);
  private static final Pattern KVK = Pattern.compile("[0-9]{8}");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  /**
   * Whether {@code name} is the contact person on file, however it was typed: case and spaces do
   * not count ("jan  peeters" is "Jan Peeters"). False when no contact is on file.
   */
  public boolean isContactPerson(String name) {
    return contactPerson != null && !contactPerson.isBlank() && name != null
        && comparable(contactPerson).equals(comparable(name));
  }

  private static String comparable(String name) {
    return WHITESPACE.matcher(name).replaceAll("").toLowerCase(Locale.ROOT);
  }

  @Override
  public UUID fileCandidateId() {
    return null;
  }

  @Override
  public List<Violation> validate(Clock clock) {
    Violations v = new Violations(clock);
    v.required("id", id);
    if (v.required("name", name)) {
      v.maxLength("name", name, 200);
    }
    if (v.required("kvkNumber", kvkNumber)) {
      v.pattern("kvkNumber", kvkNumber, KVK, "kvk-format", "kvkNumber must be 8 digits");
    }
    v.required("sector", sector);
    v.maxLength("address", address, 200);
    v.maxLength("contactPerson", contactPerson, 200);
    v.maxLength("contactPhone", contactPhone, 30);
    v.pattern("contactEmail", contactEmail, EMAIL, "email-format", "contactEmail must be an e-mail address");
    if (sroiContractValue != null) {
      if (!sroiObligation) {
        v.add("sroiContractValue", "requires-sroi-obligation", "sroiContractValue goes with sroiObligation");
      } else if (sroiContractValue.signum() <= 0 || sroiContractValue.stripTrailingZeros().scale() > 2
          || sroiContractValue.compareTo(MAX_CONTRACT_VALUE) > 0) {
        // Euros and cents, and below a billion (ours): a typo of six zeros is refused, not summed.
        v.add("sroiContractValue", "range", "sroiContractValue must be an amount in euros above 0 and below 1,000,000,000");
      }
    }
    return v.toList();
  }
}
