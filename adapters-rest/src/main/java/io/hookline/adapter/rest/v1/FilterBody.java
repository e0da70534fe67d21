package io.hookline.adapter.rest.v1;

import io.hookline.domain.subscription.ObjectFilter;
import io.swagger.v3.oas.annotations.media.Schema;

/** A subscription's object filter on the wire, in requests and responses alike. */
@Schema(name = "ObjectFilter", description = "only events about this object match")
public record FilterBody(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "order") String objectType,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "42") String objectId) {

  static FilterBody from(ObjectFilter filter) {
    return new FilterBody(filter.objectType(), filter.objectId());
  }

  ObjectFilter toDomain() {
    return new ObjectFilter(objectType, objectId);
  }
}
