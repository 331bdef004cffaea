package org.ddf.api.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.ddf.api.blob.PayloadTooLargeException;
import org.ddf.api.job.IdempotencyConflictException;
import org.ddf.api.job.UnknownJobKindException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * Turns every error of the services' REST APIs into an RFC 9457 {@code application/problem+json} body. Spring
 * MVC's own errors (405, 415, 406, missing parameters and headers, 413 upload limits, unknown paths) keep Spring's
 * status and get a named {@code field} where there is one; bad input never becomes a 500. Extra members:
 * {@code field} (the offending field, parameter or header), {@code errors} (a list of {@code field}/{@code message}
 * for validation), {@code line}/{@code column} (malformed JSON), {@code knownKinds}, {@code existingJobId},
 * {@code maxBytes}. An unexpected exception is logged and answered 500 without its details.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    /**
     * Bad input named by a service or by ddf-core's errors mapped to it: 400.
     *
     * @param e the exception
     * @param request the request
     * @return the problem
     */
    @ExceptionHandler(InvalidRequestException.class)
    public ResponseEntity<Object> invalidRequest(InvalidRequestException e, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setProperty("field", e.field());
        if (e instanceof UnknownJobKindException unknown) {
            problem.setProperty("knownKinds", new TreeSet<>(unknown.knownKinds()));
        }
        return respond(e, problem, request);
    }

    /**
     * An id that does not exist: 404.
     *
     * @param e the exception
     * @param request the request
     * @return the problem
     */
    @ExceptionHandler(NotFoundException.class)
    public ResponseEntity<Object> notFound(NotFoundException e, WebRequest request) {
        return respond(e, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage()), request);
    }

    /**
     * An idempotency key reused with another request: 409.
     *
     * @param e the exception
     * @param request the request
     * @return the problem
     */
    @ExceptionHandler(IdempotencyConflictException.class)
    public ResponseEntity<Object> idempotencyConflict(IdempotencyConflictException e, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("field", "Idempotency-Key");
        problem.setProperty("existingJobId", e.existingJobId());
        return respond(e, problem, request);
    }

    /**
     * An upload over a store's limit: 413.
     *
     * @param e the exception
     * @param request the request
     * @return the problem
     */
    @ExceptionHandler(PayloadTooLargeException.class)
    public ResponseEntity<Object> payloadTooLarge(PayloadTooLargeException e, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
        problem.setProperty("maxBytes", e.maxBytes());
        return respond(e, problem, request);
    }

    /**
     * The service cannot answer now: 503 with Retry-After.
     *
     * @param e the exception
     * @param request the request
     * @return the problem
     */
    @ExceptionHandler(ServiceUnavailableException.class)
    public ResponseEntity<Object> unavailable(ServiceUnavailableException e, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Integer.toString(e.retryAfterSeconds()));
        return handleExceptionInternal(e, problem, headers, HttpStatus.SERVICE_UNAVAILABLE, request);
    }

    /**
     * Bean validation of a {@code @Validated} bean's method arguments: 400 with the violations.
     *
     * @param e the exception
     * @param request the request
     * @return the problem
     */
    @ExceptionHandler(ConstraintViolationException.class)
    public ResponseEntity<Object> constraintViolation(ConstraintViolationException e, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            errors.add(new FieldProblem(lastNode(v.getPropertyPath()), v.getMessage()));
        }
        return respond(e, validationProblem(errors), request);
    }

    /**
     * Anything else: logged, 500 without details.
     *
     * @param e the exception
     * @param request the request
     * @return the problem
     */
    @ExceptionHandler(Exception.class)
    public ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
        LOG.error("Unexpected error on {}", request.getDescription(false), e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "internal error; the service log has the details");
        return respond(e, problem, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            errors.add(new FieldProblem(error.getField(), error.getDefaultMessage()));
        }
        ex.getBindingResult().getGlobalErrors()
                .forEach(error -> errors.add(new FieldProblem(error.getObjectName(), error.getDefaultMessage())));
        return handleExceptionInternal(ex, validationProblem(errors), headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            if (result instanceof ParameterErrors body) {
                body.getFieldErrors().forEach(e -> errors.add(new FieldProblem(e.getField(), e.getDefaultMessage())));
            } else {
                String name = parameterName(result.getMethodParameter());
                for (MessageSourceResolvable error : result.getResolvableErrors()) {
                    errors.add(new FieldProblem(name, error.getDefaultMessage()));
                }
            }
        }
        return handleExceptionInternal(ex, validationProblem(errors), headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        InvalidRequestException invalid = cause(ex, InvalidRequestException.class);
        if (invalid != null) {
            // a record's constructor rejected a field while Jackson built it
            return invalidRequest(invalid, request);
        }
        PayloadTooLargeException tooLarge = cause(ex, PayloadTooLargeException.class);
        if (tooLarge != null) {
            // RequestSizeLimitFilter cut off a chunked body
            return payloadTooLarge(tooLarge, request);
        }
        JacksonException json = cause(ex, JacksonException.class);
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        if (json == null) {
            problem.setDetail("request body is missing or unreadable");
            return handleExceptionInternal(ex, problem, headers, status, request);
        }
        StringBuilder detail = new StringBuilder("malformed request body");
        String path = path(json);
        if (!path.isEmpty()) {
            problem.setProperty("field", path);
            detail.append(" at '").append(path).append('\'');
        }
        TokenStreamLocation location = json.getLocation();
        if (location != null && location.getLineNr() > 0) {
            problem.setProperty("line", location.getLineNr());
            problem.setProperty("column", location.getColumnNr());
            detail.append(path.isEmpty() ? " at" : ",").append(" line ").append(location.getLineNr())
                    .append(", column ").append(location.getColumnNr());
        }
        problem.setDetail(detail.append(": ").append(json.getOriginalMessage()).toString());
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String field = ex.getPropertyName();
        String type = ex.getRequiredType() == null ? "value" : ex.getRequiredType().getSimpleName();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                field + ": '" + ex.getValue() + "' is not a valid " + type);
        problem.setProperty("field", field);
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        ex.getBody().setProperty("field", ex.getParameterName());
        return handleExceptionInternal(ex, null, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException ex,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        if (ex instanceof MissingRequestHeaderException missing) {
            ex.getBody().setProperty("field", missing.getHeaderName());
        }
        return handleExceptionInternal(ex, null, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        if (ex.getMaxUploadSize() >= 0) {
            ex.getBody().setProperty("maxBytes", ex.getMaxUploadSize());
        }
        return handleExceptionInternal(ex, null, headers, status, request);
    }

    private ResponseEntity<Object> respond(Exception e, ProblemDetail problem, WebRequest request) {
        return handleExceptionInternal(e, problem, new HttpHeaders(), HttpStatusCode.valueOf(problem.getStatus()), request);
    }

    private static ProblemDetail validationProblem(List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, errors.isEmpty()
                ? "invalid request"
                : errors.stream().map(e -> e.field() + ": " + e.message()).sorted().reduce((a, b) -> a + "; " + b).orElseThrow());
        problem.setProperty("errors", errors);
        return problem;
    }

    private static String parameterName(MethodParameter parameter) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
        PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
        String declared = param != null ? either(param.name(), param.value())
                : header != null ? either(header.name(), header.value())
                : variable != null ? either(variable.name(), variable.value())
                : "";
        return declared.isEmpty() ? parameter.getParameterName() : declared;
    }

    /** The set one of two aliases ({@code name} and {@code value} of a binding annotation). */
    private static String either(String name, String value) {
        return name.isEmpty() ? value : name;
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String lastNode(Path path) {
        String name = null;
        for (Path.Node node : path) {
            name = node.getName();
        }
        return name == null ? path.toString() : name;
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
