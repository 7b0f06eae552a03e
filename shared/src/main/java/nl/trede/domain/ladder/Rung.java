package nl.trede.domain.ladder;

/** The VNG Participatieladder, common to every municipality (002 footnote 6, Bijlage 2). */
public enum Rung {
  ISOLATED(1),
  SOCIAL_CONTACTS(2),
  ORGANISED_ACTIVITIES(3),
  UNPAID_WORK(4),
  PAID_WORK_WITH_SUPPORT(5),
  PAID_WORK(6);

  public static final int LOWEST = 1;
  public static final int HIGHEST = 6;

  private final int number;

  Rung(int number) {
    this.number = number;
  }

  public int number() {
    return number;
  }

  public static Rung of(int number) {
    if (number < LOWEST || number > HIGHEST) {
      throw new IllegalArgumentException("rung must be 1 to 6, was " + number);
    }
    return values()[number - 1];
  }
}
