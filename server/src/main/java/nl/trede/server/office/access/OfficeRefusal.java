package nl.trede.server.office.access;

/**
 * A console request that is answered with a Dutch error page: a record that does not exist or is
 * outside the user's view (404, the same answer for both), or a form without the right token (403).
 */
public class OfficeRefusal extends RuntimeException {
  public enum Kind { NOT_FOUND, FORGED }

  private final Kind kind;

  public OfficeRefusal(Kind kind) {
    super(kind.name());
    this.kind = kind;
  }

  public static OfficeRefusal notFound() {
    return new OfficeRefusal(Kind.NOT_FOUND);
  }

  public Kind kind() {
    return kind;
  }
}
