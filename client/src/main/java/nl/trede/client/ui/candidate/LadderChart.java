package nl.trede.client.ui.candidate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import nl.trede.client.ui.kit.Messages;

/**
 * The ladder history as a small step chart: rungs 1 to 6 upwards, time to the right, from the
 * intake to today. Drawn, not a chart control: at phone size a step line with six gridlines says
 * more than axes and legends.
 */
final class LadderChart extends Region {
  private static final double HEIGHT = 120;
  private static final double LEFT = 22;
  private static final double BOTTOM = 18;
  private static final Color BRAND = Color.web("#0b6e4f");
  private static final Color GRID = Color.web("#d0d7de");
  private static final Color TEXT = Color.web("#57606a");

  private final Canvas canvas = new Canvas();
  private final Messages messages;
  private List<CandidatePresenter.RungPoint> points = List.of();
  private LocalDate today = LocalDate.now();

  LadderChart(Messages messages) {
    this.messages = messages;
    getStyleClass().add("ladder-chart");
    setId("ladder-chart");
    getChildren().add(canvas);
    setMinHeight(HEIGHT);
    setPrefHeight(HEIGHT);
    widthProperty().addListener((obs, old, now) -> draw());
  }

  void show(List<CandidatePresenter.RungPoint> newPoints, LocalDate newToday) {
    this.points = List.copyOf(newPoints);
    this.today = newToday;
    setAccessibleText(points.isEmpty() ? messages.get("candidate.ladderEmpty")
        : messages.get("candidate.ladderSummary", points.size(), points.get(points.size() - 1).rung()));
    draw();
  }

  @Override
  protected void layoutChildren() {
    canvas.setWidth(getWidth());
    canvas.setHeight(HEIGHT);
    draw();
  }

  private void draw() {
    double width = getWidth();
    if (width <= LEFT + 10) {
      return;
    }
    GraphicsContext g = canvas.getGraphicsContext2D();
    g.clearRect(0, 0, width, HEIGHT);
    double plotHeight = HEIGHT - BOTTOM - 6;
    g.setFont(Font.font(11));
    g.setTextBaseline(VPos.CENTER);
    g.setTextAlign(TextAlignment.RIGHT);
    for (int rung = 1; rung <= 6; rung++) {
      double y = y(rung, plotHeight);
      g.setStroke(GRID);
      g.setLineWidth(1);
      g.strokeLine(LEFT, y, width - 4, y);
      g.setFill(TEXT);
      g.fillText(String.valueOf(rung), LEFT - 6, y);
    }
    if (points.isEmpty()) {
      return;
    }
    LocalDate first = points.get(0).day().isBefore(today) ? points.get(0).day() : today.minusDays(1);
    double span = Math.max(1, ChronoUnit.DAYS.between(first, today));
    double plotWidth = width - LEFT - 8;
    g.setStroke(BRAND);
    g.setLineWidth(3);
    g.beginPath();
    double x = LEFT;
    double y = y(points.get(0).rung(), plotHeight);
    g.moveTo(x, y);
    for (CandidatePresenter.RungPoint p : points) {
      double nx = LEFT + plotWidth * Math.min(1, ChronoUnit.DAYS.between(first, p.day()) / span);
      g.lineTo(nx, y);
      y = y(p.rung(), plotHeight);
      g.lineTo(nx, y);
    }
    g.lineTo(LEFT + plotWidth, y);
    g.stroke();
    g.setFill(BRAND);
    for (CandidatePresenter.RungPoint p : points) {
      double px = LEFT + plotWidth * Math.min(1, ChronoUnit.DAYS.between(first, p.day()) / span);
      g.fillOval(px - 4, y(p.rung(), plotHeight) - 4, 8, 8);
    }
    g.setFill(TEXT);
    g.setTextBaseline(VPos.BOTTOM);
    g.setTextAlign(TextAlignment.LEFT);
    g.fillText(messages.date(first), LEFT, HEIGHT);
    g.setTextAlign(TextAlignment.RIGHT);
    g.fillText(messages.get("day.today"), width - 4, HEIGHT);
  }

  private static double y(int rung, double plotHeight) {
    return 6 + plotHeight * (6 - rung) / 5.0;
  }
}
