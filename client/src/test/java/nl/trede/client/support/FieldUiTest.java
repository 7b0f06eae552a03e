package nl.trede.client.support;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A test that drives the field app in a headless window: the stage it gets, the app it opens,
 * closed after each test. Each test class keeps its own {@code @Start} method that sets
 * {@link #stage}: TestFX looks for it in the test class only (TestFX issue 730).
 */
@ExtendWith(ApplicationExtension.class)
public abstract class FieldUiTest {
  protected Stage stage;
  protected FieldUi ui;

  @AfterEach
  protected void closeTheApp() throws Exception {
    if (ui != null) {
      ui.close();
    }
  }
}
