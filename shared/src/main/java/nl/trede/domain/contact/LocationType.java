package nl.trede.domain.contact;

public enum LocationType {
  HOME,
  WORKPLACE,
  COMMUNITY_CENTRE,
  OFFICE,
  PHONE,
  VIDEO,
  EMAIL;

  /** Whether the coach travelled to meet in person (for route and time reports). */
  public boolean inPerson() {
    return this == HOME || this == WORKPLACE || this == COMMUNITY_CENTRE || this == OFFICE;
  }
}
