package nl.trede.client.store;

/**
 * What needs the user, by kind, so the sync strip can say what it is instead of "2 punten": open
 * conflicts, changes the server refused, and files that left the caseload with the user's work
 * on them. Overdue candidates are not among them: they are work, not a sync problem.
 */
public record Attention(int conflicts, int refused, int leftFiles) {
  public static final Attention NONE = new Attention(0, 0, 0);

  public int total() {
    return conflicts + refused + leftFiles;
  }
}
