package nl.trede.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What a password a person chooses must be, checked alike by the app's form, the console's form
 * and the server. Length is what makes a password hard to guess (NIST SP 800-63B §5.1.1.2: at least
 * 8, no composition rules); 10 because the field app's store is keyed by it and can be attacked
 * offline on a lost phone. No upper limit below 128, so passphrases fit.
 */
public final class PasswordRule {
  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 128;

  private PasswordRule() {}

  /**
   * The violations of a newly chosen password, on field {@code field}.
   *
   * @param current the password it replaces, when known (a temporary one after a reset): a new
   *     password must differ from it; {@code null} when not known
   */
  public static List<Violation> check(String field, String chosen, String current) {
    List<Violation> v = new ArrayList<>();
    if (chosen == null || chosen.isBlank()) {
      v.add(new Violation(field, "required", field + " is required"));
      return v;
    }
    int length = chosen.codePointCount(0, chosen.length());
    if (length < MIN_LENGTH) {
      v.add(new Violation(field, "min-length", field + " must be at least " + MIN_LENGTH + " characters"));
    }
    if (length > MAX_LENGTH) {
      v.add(new Violation(field, "max-length", field + " must be at most " + MAX_LENGTH + " characters"));
    }
    if (current != null && current.equals(chosen)) {
      v.add(new Violation(field, "same-as-current", field + " must differ from the password it replaces"));
    }
    return v;
  }
}
