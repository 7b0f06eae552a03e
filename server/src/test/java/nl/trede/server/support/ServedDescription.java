package nl.trede.server.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The OpenAPI description the server under test serves, as a check on real traffic: a third party
 * writes a client from it, so every request the tests send as a device would and every answer the
 * server gives must match it (decision 0048). A mismatch fails the test, naming the path and the
 * place in the schema.
 */
final class ServedDescription {
  static final String PATH = "/openapi/trede-1.yml";

  /** Parsing the description takes a while; every server of a test run serves the same one. */
  private static final Map<String, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();

  /**
   * A hostile request to a path or with a method the description does not name (answered 404 or
   * 405) has no contract to hold its answer to. A well-formed one must be described.
   */
  private static final Set<String> NOT_DESCRIBED =
      Set.of("validation.request.path.missing", "validation.request.operation.notAllowed");

  private final OpenApiInteractionValidator validator;

  ServedDescription(String yaml) {
    this.validator = VALIDATORS.computeIfAbsent(yaml, text -> OpenApiInteractionValidator
        .createForInlineApiSpecification(text)
        .build());
  }

  /** One exchange as it crossed the wire; the request body null when it was not JSON text. */
  record Exchange(String method, String path, Map<String, List<String>> query, Map<String, List<String>> requestHeaders,
      String requestBody, int status, String contentType, String responseBody) {}

  /** A well-formed request and its answer: both must match. */
  void checkBoth(Exchange exchange) {
    SimpleRequest.Builder request = new SimpleRequest.Builder(exchange.method(), exchange.path());
    exchange.query().forEach(request::withQueryParam);
    exchange.requestHeaders().forEach(request::withHeader);
    if (exchange.requestBody() != null) {
      request.withBody(exchange.requestBody());
    }
    fail(exchange, validator.validate(request.build(), response(exchange)), Set.of());
  }

  /** A deliberately malformed request (hostile input): only the server's answer must match. */
  void checkAnswer(Exchange exchange) {
    fail(exchange, validator.validateResponse(exchange.path(), Request.Method.valueOf(exchange.method()),
        response(exchange)), NOT_DESCRIBED);
  }

  private static SimpleResponse response(Exchange exchange) {
    SimpleResponse.Builder response = SimpleResponse.Builder.status(exchange.status());
    if (!exchange.contentType().isEmpty()) {
      response.withContentType(exchange.contentType());
    }
    if (exchange.responseBody() != null && !exchange.responseBody().isEmpty()) {
      response.withBody(exchange.responseBody());
    }
    return response.build();
  }

  private static void fail(Exchange exchange, ValidationReport report, Set<String> ignored) {
    String found = report.getMessages().stream()
        .filter(m -> m.getLevel() == ValidationReport.Level.ERROR && !ignored.contains(m.getKey()))
        .map(m -> "  " + m.getKey() + ": " + m.getMessage()
            + m.getContext().flatMap(ValidationReport.MessageContext::getPointers)
                .map(p -> " [body " + p.getInstance() + ", schema " + p.getSchema() + "]").orElse(""))
        .collect(Collectors.joining("\n"));
    if (found.isEmpty()) {
      return;
    }
    throw new AssertionError(exchange.method() + " " + exchange.path() + " answered " + exchange.status()
        + " does not match the served description " + PATH + ":\n" + found
        + "\n  answer: " + abbreviate(exchange.responseBody()));
  }

  private static String abbreviate(String body) {
    return body == null || body.length() <= 2000 ? String.valueOf(body) : body.substring(0, 2000) + "…";
  }
}
