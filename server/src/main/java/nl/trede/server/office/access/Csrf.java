package nl.trede.server.office.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import nl.trede.server.office.OfficeUser;

/** Checks the token a console form carries against the user's session (see OfficeFilter). */
public final class Csrf {
  public static final String FIELD = "_csrf";

  private Csrf() {}

  public static void require(OfficeUser user, String token) {
    if (token == null || user.csrf() == null || !MessageDigest.isEqual(
        token.getBytes(StandardCharsets.UTF_8), user.csrf().getBytes(StandardCharsets.UTF_8))) {
      throw new OfficeRefusal(OfficeRefusal.Kind.FORGED);
    }
  }
}
