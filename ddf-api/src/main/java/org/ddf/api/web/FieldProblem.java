package org.ddf.api.web;

/**
 * One entry of the {@code errors} array of a validation problem.
 *
 * @param field the field or parameter, as the client wrote it
 * @param message what is wrong with it
 */
public record FieldProblem(String field, String message) {
}
