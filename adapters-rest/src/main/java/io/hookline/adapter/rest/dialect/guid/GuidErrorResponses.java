package io.hookline.adapter.rest.dialect.guid;

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

/** Documents, on a GUID dialect controller, the two errors the API's document names. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ApiResponses({
  @ApiResponse(
      responseCode = "400",
      description = "The request is invalid: a bad GUID, bad JSON, an unknown id or invalid input",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = GuidError.class))),
  @ApiResponse(
      responseCode = "401",
      description = "Authorization has been denied for this request",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = GuidError.class)))
})
@interface GuidErrorResponses {}
