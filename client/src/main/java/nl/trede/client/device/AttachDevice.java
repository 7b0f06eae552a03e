package nl.trede.client.device;

import com.gluonhq.attach.lifecycle.LifecycleEvent;
import com.gluonhq.attach.lifecycle.LifecycleService;
import com.gluonhq.attach.storage.StorageService;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/** Device services through Gluon Attach (Android, iOS, and its desktop implementations). */
final class AttachDevice implements Device {
  private final Optional<StorageService> storage;
  private final Optional<LifecycleService> lifecycle;

  private AttachDevice(Optional<StorageService> storage, Optional<LifecycleService> lifecycle) {
    this.storage = storage;
    this.lifecycle = lifecycle;
  }

  static Optional<Device> create() {
    try {
      Optional<StorageService> storage = StorageService.create();
      Optional<LifecycleService> lifecycle = LifecycleService.create();
      return storage.isEmpty() && lifecycle.isEmpty() ? Optional.empty()
          : Optional.of(new AttachDevice(storage, lifecycle));
    } catch (RuntimeException | LinkageError e) {
      // No Attach implementation for this platform: run as a plain desktop app.
      return Optional.empty();
    }
  }

  @Override
  public Optional<Path> privateStorage() {
    return storage.flatMap(StorageService::getPrivateStorage).map(File::toPath);
  }

  @Override
  public void onPause(Runnable action) {
    lifecycle.ifPresent(l -> l.addListener(LifecycleEvent.PAUSE, action));
  }

  @Override
  public void onResume(Runnable action) {
    lifecycle.ifPresent(l -> l.addListener(LifecycleEvent.RESUME, action));
  }
}
