package io.hookline.adapter.rest.dialect.challengeme;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/** The ChallengeMe answer of every change and every error: one sentence, {@code {"message"}}. */
@Schema(name = "ChallengeMeMessage")
@JsonInclude(JsonInclude.Include.ALWAYS)
record Message(@Schema(example = "Events Registration Success") String message) {}
