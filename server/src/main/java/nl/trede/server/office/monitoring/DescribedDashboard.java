package nl.trede.server.office.monitoring;

/** A dashboard that says what it is once, when it is made: its {@link Dashboard.About} line. */
abstract class DescribedDashboard implements Dashboard {
  private final About about;

  protected DescribedDashboard(About about) {
    this.about = about;
  }

  @Override
  public final About about() {
    return about;
  }
}
