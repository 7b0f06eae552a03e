package nl.trede.client.ui.shell;

import javafx.scene.Parent;

/**
 * One page of the app as the shell shows it.
 *
 * @param onShow refreshes the page when it becomes visible again (after a save or a sync)
 */
public record Screen(String title, Parent view, boolean root, Runnable onShow) {}
