package nl.trede.server.office.view;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Singleton;

/**
 * The console's message bundle. Dutch is the base bundle, so a browser asking for another language
 * still reads Dutch wherever a translation lags.
 */
@Factory
class OfficeMessages {
  @Singleton
  MessageSource officeMessages() {
    return new ResourceBundleMessageSource("i18n.office");
  }
}
