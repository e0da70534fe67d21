package io.hookline.adapter.rest.dialect.guid;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The API's error body in the ASP.NET Web API style: the documented {@code Message}, and a {@code
 * MessageDetail} that names the problem.
 */
@JsonPropertyOrder({"Message", "MessageDetail"})
public record GuidError(
    @JsonProperty("Message") @Schema(example = GuidError.INVALID) String message,
    @JsonProperty("MessageDetail")
        @Schema(example = "SubscriberURL: must be an absolute http or https URL")
        String messageDetail) {

  /** The documented answer to bad GUIDs, bad JSON, unknown ids and invalid input (400). */
  static final String INVALID = "The request is invalid";

  /** The documented answer to a request without a valid token (401). */
  static final String DENIED = "Authorization has been denied for this request";

  /** ASP.NET's answer to a server error, which names nothing internal. */
  static final String SERVER_ERROR = "An error has occurred.";
}
