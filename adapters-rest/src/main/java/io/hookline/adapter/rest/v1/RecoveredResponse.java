package io.hookline.adapter.rest.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/** The answer to a recovery: how many failed deliveries were queued again. */
@Schema(name = "Recovered")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RecoveredResponse(int requeued) {}
