package io.hookline.adapter.rest.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.http.HttpStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The native API's error body, an RFC 9457 problem details object. */
@Schema(name = "Problem", description = "RFC 9457 problem details")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ProblemDetails(
    @Schema(example = "about:blank") String type,
    @Schema(description = "the HTTP reason phrase", example = "Bad Request") String title,
    int status,
    @Schema(description = "what went wrong, for a person to read") String detail,
    @Schema(description = "the rejected fields, for validation failures")
        List<InvalidField> errors) {

  /** One rejected field of the request and why. */
  public record InvalidField(String field, String message) {}

  static ProblemDetails of(int status, ErrorDescription description) {
    return new ProblemDetails(
        "about:blank",
        HttpStatus.getDefaultReason(status),
        status,
        description.detail(),
        description.fields().stream().map(f -> new InvalidField(f.field(), f.message())).toList());
  }
}
