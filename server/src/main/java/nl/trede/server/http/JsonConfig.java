package nl.trede.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import nl.trede.domain.Json;

/** Applies the one JSON configuration of {@code shared} to Micronaut's mapper. */
@Singleton
class JsonConfig implements BeanCreatedEventListener<ObjectMapper> {
  @Override
  public ObjectMapper onCreated(BeanCreatedEvent<ObjectMapper> event) {
    return Json.configure(event.getBean());
  }
}
