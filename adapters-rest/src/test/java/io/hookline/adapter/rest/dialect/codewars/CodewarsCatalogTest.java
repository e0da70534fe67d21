package io.hookline.adapter.rest.dialect.codewars;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hookline.adapter.rest.dialect.DialectCatalog;
import io.hookline.adapter.rest.dialect.Dialects;
import io.micronaut.context.ApplicationContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which Codewars event types a deployment offers, depending on the dialects it switches on. */
class CodewarsCatalogTest {

  private static List<String> codewarsEventTypes(Map<String, Object> properties) {
    try (ApplicationContext context = ApplicationContext.run(properties)) {
      return context.getBeansOfType(DialectCatalog.class).stream()
          .filter(catalog -> catalog.dialect().equals("codewars"))
          .flatMap(catalog -> catalog.eventTypes().stream())
          .map(DialectCatalog.Entry::name)
          .toList();
    }
  }

  @Test
  void byDefaultTheCatalogOffersEveryEventTheDocumentNamesAndThePing() {
    assertEquals(
        List.of(
            "code_challenge.created",
            "code_challenge.approve_successful",
            "code_challenge.voted",
            "code_challenge.solution_finalized",
            "user.rank_upgraded",
            "user.honor_changed",
            "webhook.updated"),
        codewarsEventTypes(Map.of()));
  }

  @Test
  void aDeploymentThatListsCodewarsAmongOtherDialectsOffersIt() {
    assertEquals(7, codewarsEventTypes(Map.of(Dialects.PROPERTY, "screver, Codewars")).size());
  }

  @Test
  void aDeploymentThatLeavesCodewarsOutOffersNoneOfItsEvents() {
    assertEquals(List.of(), codewarsEventTypes(Map.of(Dialects.PROPERTY, "screver,guid")));
  }
}
