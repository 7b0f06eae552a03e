package nl.trede.server;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import java.time.Clock;
import nl.trede.server.backup.BackupCommand;

@OpenAPIDefinition(info = @Info(
    title = "Trede",
    version = "1",
    description = "Sync and accounts API of Trede, the offline-first field app for participation"
        + " coaches. Sync requests carry the header Trede-Protocol."))
public class Application {
  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("backup")) {
      System.exit(new BackupCommand(System.getenv(), Clock.systemUTC()).run(System.out));
    }
    Micronaut.run(Application.class, args);
  }
}
