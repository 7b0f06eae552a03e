package nl.trede.server.http;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/** Hands Trede's own refusals to Micronaut's error pipeline, which renders them as problems. */
@Singleton
@Requires(classes = {ProblemException.class, ExceptionHandler.class})
public class ProblemExceptionHandler implements ExceptionHandler<ProblemException, HttpResponse<?>> {
  private final ErrorResponseProcessor<?> processor;

  public ProblemExceptionHandler(ErrorResponseProcessor<?> processor) {
    this.processor = processor;
  }

  @Override
  public HttpResponse<?> handle(HttpRequest request, ProblemException exception) {
    ErrorContext.Builder context = ErrorContext.builder(request).cause(exception);
    exception.violations().forEach(v -> context.error(new ViolationError(v)));
    MutableHttpResponse<?> response = HttpResponse.status(exception.status());
    exception.headers().forEach(response::header);
    return processor.processResponse(context.build(), response);
  }
}
