package nl.trede.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A pull page is compressed exactly when the device takes gzip. */
class PageWriterTest {
  @Test
  void gzipIsUsedWhenTheDeviceNamesItAndNotWhenItRefusesIt() {
    assertThat(PageWriter.acceptsGzip("gzip")).isTrue();
    assertThat(PageWriter.acceptsGzip("deflate, GZIP;q=0.8")).isTrue();
    assertThat(PageWriter.acceptsGzip("gzip;q=0")).isFalse();
    assertThat(PageWriter.acceptsGzip("gzip; q=0.0, identity")).isFalse();
    assertThat(PageWriter.acceptsGzip("br, deflate")).isFalse();
    assertThat(PageWriter.acceptsGzip(null)).isFalse();
  }
}
