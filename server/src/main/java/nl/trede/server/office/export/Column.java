package nl.trede.server.office.export;

/** A column of an exported or displayed table: its Dutch header and what its cells hold. */
public record Column(String header, Type type) {
  public enum Type { TEXT, INTEGER, DECIMAL, DATE, DATE_TIME, YES_NO }

  public static Column text(String header) {
    return new Column(header, Type.TEXT);
  }

  public static Column integer(String header) {
    return new Column(header, Type.INTEGER);
  }

  public static Column decimal(String header) {
    return new Column(header, Type.DECIMAL);
  }

  public static Column date(String header) {
    return new Column(header, Type.DATE);
  }

  public static Column dateTime(String header) {
    return new Column(header, Type.DATE_TIME);
  }

  public static Column yesNo(String header) {
    return new Column(header, Type.YES_NO);
  }

  public boolean numeric() {
    return type == Type.INTEGER || type == Type.DECIMAL;
  }
}
