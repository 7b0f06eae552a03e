package nl.trede.server.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.netty.handler.codec.compression.DecompressionException;
import jakarta.inject.Singleton;
import nl.trede.domain.Violation;

/**
 * A body sent as compressed (the app gzips its pushes) that does not inflate is the sender's
 * mistake, named like any broken body, not a server error.
 */
@Singleton
class CompressedBodyHandler implements ExceptionHandler<DecompressionException, HttpResponse<?>> {
  private final ErrorResponseProcessor<?> processor;

  CompressedBodyHandler(ErrorResponseProcessor<?> processor) {
    this.processor = processor;
  }

  @Override
  public HttpResponse<?> handle(HttpRequest request, DecompressionException exception) {
    return processor.processResponse(ErrorContext.builder(request).cause(exception)
        .error(new ViolationError(new Violation("body", "malformed-encoding",
            "the body does not inflate as its Content-Encoding says")))
        .build(), HttpResponse.status(HttpStatus.BAD_REQUEST));
  }
}
