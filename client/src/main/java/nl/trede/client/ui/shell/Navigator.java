package nl.trede.client.ui.shell;

/** How presenters move between pages without knowing the window. */
public interface Navigator {
  void show(Screen screen);

  /** Back to the previous page, refreshed. */
  void back();
}
