package nl.trede.server.office.view;

/**
 * Where a keyset-paged list stands: rows {@code from}–{@code to} of {@code total} ("1–50 van 383"),
 * and the links to the first and the next page. Keyset pages know no offset, so the next link
 * carries where it starts ({@code start}); a hand-edited start only mislabels the range, the rows
 * shown are the cursor's.
 *
 * @param total null when the list is not counted
 */
public record Pager(long from, long to, Long total, String firstHref, String nextHref) {
  /**
   * @param base the list's link with its filters, without a cursor
   * @param after the cursor of this page (null: the first page)
   * @param start the row this page starts at, as the link that led here said
   * @param shown the rows on this page
   * @param next the cursor of the next page (null: this is the last)
   */
  public static Pager of(String base, String after, String start, int shown, String next, Long total) {
    boolean first = after == null || after.isBlank();
    long from = first ? 1 : parse(start);
    long to = shown == 0 ? from - 1 : from + shown - 1;
    String joiner = base.contains("?") ? (base.endsWith("?") || base.endsWith("&") ? "" : "&") : "?";
    return new Pager(shown == 0 ? 0 : from, to, total, first ? null : base,
        next == null ? null : base + joiner + "after=" + next + "&start=" + (to + 1));
  }

  private static long parse(String start) {
    try {
      return start == null ? 1 : Math.max(1, Long.parseLong(start.trim()));
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
