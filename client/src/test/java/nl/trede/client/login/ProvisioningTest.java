package nl.trede.client.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The municipality's provisioning file: read as written, refused with the key and rule when wrong. */
class ProvisioningTest {
  @TempDir
  Path dir;

  private Path file(String text) throws Exception {
    return Files.writeString(dir.resolve(Provisioning.FILE_NAME), text);
  }

  @Test
  void theFirstFileThatExistsIsRead() throws Exception {
    Path file = file("server=https://trede.overbetuwe.nl\nmunicipality=Gemeente Overbetuwe\n");

    assertThat(Provisioning.find(List.of(dir.resolve("missing.properties"), file)))
        .contains(new Provisioning("https://trede.overbetuwe.nl", "Gemeente Overbetuwe"));
    assertThat(Provisioning.find(List.of(dir.resolve("missing.properties")))).isEmpty();
  }

  @Test
  void aWrongFileSaysWhichKeyAndWhy() throws Exception {
    assertThatThrownBy(() -> Provisioning.read(file("municipality=Gemeente Wijchen\n")))
        .hasMessageContaining("server is required");
    assertThatThrownBy(() -> Provisioning.read(file("server=https://trede.wijchen.nl\n")))
        .hasMessageContaining("municipality is required");
    assertThatThrownBy(() -> Provisioning.read(file("server=trede.wijchen.nl\nmunicipality=Gemeente Wijchen\n")))
        .hasMessageContaining("server must be an https address");
  }
}
