package nl.trede.server.support;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * What every contract over the device API stands on: the server under test, reached over real HTTP
 * by a fresh {@link ApiClient} per test. Each contract runs once per database through its Sqlite
 * and Postgres subclasses, which name the database in {@link #getProperties()}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ApiContract implements TestPropertyProvider {
  @Inject
  @Client("/")
  protected HttpClient httpClient;

  protected ApiClient api;

  @BeforeEach
  void apiClient() {
    api = new ApiClient(httpClient.toBlocking());
  }
}
