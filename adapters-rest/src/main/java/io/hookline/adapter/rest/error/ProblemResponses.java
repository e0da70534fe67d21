package io.hookline.adapter.rest.error;

import io.micronaut.http.MediaType;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents, on a native API controller, the problem details its operations answer with when they
 * fail; 405, 409, 413 and 415 answer the same way.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ApiResponses({
  @ApiResponse(
      responseCode = "400",
      description = "invalid input; errors names each rejected field",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON_PROBLEM,
              schema = @Schema(implementation = ProblemDetails.class))),
  @ApiResponse(
      responseCode = "401",
      description = "missing, invalid or expired bearer token",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON_PROBLEM,
              schema = @Schema(implementation = ProblemDetails.class))),
  @ApiResponse(
      responseCode = "403",
      description = "the token may not act for this team, or lacks the admin role",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON_PROBLEM,
              schema = @Schema(implementation = ProblemDetails.class))),
  @ApiResponse(
      responseCode = "404",
      description = "no such resource for this team",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON_PROBLEM,
              schema = @Schema(implementation = ProblemDetails.class)))
})
public @interface ProblemResponses {}
