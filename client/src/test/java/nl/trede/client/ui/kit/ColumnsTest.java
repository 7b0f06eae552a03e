package nl.trede.client.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;

/** Two fields side by side on a tablet's page, one under the other on a phone's. */
class ColumnsTest {
  @Test
  void asManyColumnsAsFitAndNeverMoreThanThereAreFields() {
    Columns two = new Columns(260, new Region(), new Region());
    assertThat(two.columnsFor(700)).as("a tablet in portrait").isEqualTo(2);
    assertThat(two.columnsFor(330)).as("a phone").isEqualTo(1);
    assertThat(two.columnsFor(1200)).isEqualTo(2);
    assertThat(new Columns(150, new Region(), new Region(), new Region(), new Region()).columnsFor(700)).isEqualTo(4);
    assertThat(new Columns(140, 2, new Region(), new Region(), new Region(), new Region()).columnsFor(700))
        .as("a grid of buttons stays two wide").isEqualTo(2);
  }
}
