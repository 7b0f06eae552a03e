package nl.trede.server.health;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;

/**
 * The health answer without empty fields: Trede writes nulls everywhere else (a field's absence and
 * its null mean the same on the wire), but a status-only answer should be just
 * {@code {"status":"UP"}}, not name a hidden detail.
 */
@Singleton
class HealthJson implements BeanCreatedEventListener<ObjectMapper> {
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private interface WithoutNulls {}

  @Override
  public ObjectMapper onCreated(BeanCreatedEvent<ObjectMapper> event) {
    return event.getBean().addMixIn(HealthResult.class, WithoutNulls.class);
  }
}
