package nl.trede.server;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(info = @Info(
    title = "Trede",
    version = "1",
    description = "Sync and accounts API of Trede, the offline-first field app for participation"
        + " coaches. Sync requests carry the header Trede-Protocol."))
public class Application {
  public static void main(String[] args) {
    Micronaut.run(Application.class, args);
  }
}
