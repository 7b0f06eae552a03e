package nl.trede.client.ui.kit;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Fields side by side when there is room, one under the other when there is not: a tablet in
 * portrait (a page of about 700 pixels) gets two columns of short fields (given name beside family
 * name), a phone keeps one. The fields keep their reading order either way: left to right, then
 * down, so Tab walks them as they are seen.
 */
public final class Columns extends Pane {
  private static final double GAP = 12;

  private final double minColumnWidth;
  private final int maxColumns;

  public Columns(double minColumnWidth, Node... fields) {
    this(minColumnWidth, Integer.MAX_VALUE, fields);
  }

  /** At most {@code maxColumns} side by side, however wide: a grid of buttons stays a grid. */
  public Columns(double minColumnWidth, int maxColumns, Node... fields) {
    this.minColumnWidth = minColumnWidth;
    this.maxColumns = maxColumns;
    getChildren().addAll(fields);
    getStyleClass().add("columns");
  }

  /** How many columns fit in this width. */
  int columnsFor(double width) {
    int count = (int) managed().count();
    int fit = (int) Math.floor((width + GAP) / (minColumnWidth + GAP));
    return Math.max(1, Math.min(Math.min(Math.max(count, 1), maxColumns), fit));
  }

  @Override
  public Orientation getContentBias() {
    return Orientation.HORIZONTAL;
  }

  @Override
  protected double computePrefWidth(double height) {
    Insets in = getInsets();
    return in.getLeft() + in.getRight() + managed().mapToDouble(n -> n.prefWidth(-1)).max().orElse(0);
  }

  @Override
  protected double computeMinWidth(double height) {
    Insets in = getInsets();
    return in.getLeft() + in.getRight() + managed().mapToDouble(n -> n.minWidth(-1)).max().orElse(0);
  }

  @Override
  protected double computePrefHeight(double width) {
    Insets in = getInsets();
    double inner = (width < 0 ? computePrefWidth(-1) : width) - in.getLeft() - in.getRight();
    return in.getTop() + in.getBottom() + layoutRows(inner, false);
  }

  @Override
  protected double computeMinHeight(double width) {
    return computePrefHeight(width);
  }

  @Override
  protected void layoutChildren() {
    Insets in = getInsets();
    layoutRows(getWidth() - in.getLeft() - in.getRight(), true);
  }

  /** Lays out (or only measures) the rows; returns their height. */
  private double layoutRows(double width, boolean place) {
    List<Node> nodes = managed().toList();
    int columns = columnsFor(width);
    double cell = (width - GAP * (columns - 1)) / columns;
    double y = 0;
    for (int start = 0; start < nodes.size(); start += columns) {
      List<Node> row = nodes.subList(start, Math.min(nodes.size(), start + columns));
      double height = row.stream().mapToDouble(n -> n.prefHeight(cell)).max().orElse(0);
      if (place) {
        for (int i = 0; i < row.size(); i++) {
          row.get(i).resizeRelocate(snapPositionX(getInsets().getLeft() + i * (cell + GAP)),
              snapPositionY(getInsets().getTop() + y), snapSizeX(cell), snapSizeY(height));
        }
      }
      y += height + GAP;
    }
    return nodes.isEmpty() ? 0 : y - GAP;
  }

  private java.util.stream.Stream<Node> managed() {
    return getChildren().stream().filter(Node::isManaged);
  }
}
