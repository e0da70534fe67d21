package io.hookline.bootstrap.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each architecture rule fails on a planted violation: the fixture tree under {@code
 * io.hookline.archfixture} mirrors Hookline's layout and holds one deliberately bad class per rule.
 */
class ArchitectureRulesCatchViolationsTest {

  private static final String FIXTURE = "io.hookline.archfixture";
  private static final HooklineArchitecture RULES = new HooklineArchitecture(FIXTURE);
  private static JavaClasses fixture;

  @BeforeAll
  static void importFixture() {
    fixture = new ClassFileImporter().importPackages(FIXTURE);
  }

  private static void assertViolatedBy(ArchRule rule, String badClass) {
    EvaluationResult result = rule.evaluate(fixture);
    assertTrue(result.hasViolation(), () -> "expected a violation of: " + rule.getDescription());
    String report = String.join("\n", result.getFailureReport().getDetails());
    assertTrue(
        report.contains(FIXTURE + "." + badClass),
        () -> "expected the violation to name " + badClass + " but was:\n" + report);
  }

  @Test
  void aFrameworkAnnotationOnADomainClassIsCaught() {
    assertViolatedBy(RULES.domainDependsOnlyOnJava(), "domain.LeakyEntity");
  }

  @Test
  void anApplicationClassThatUsesAnAdapterLibraryIsCaught() {
    assertViolatedBy(RULES.applicationDependsOnlyOnDomain(), "application.service.JsonService");
  }

  @Test
  void aDomainClassThatReachesIntoAnAdapterAndAStrayClassAreCaught() {
    assertViolatedBy(RULES.layersPointInwards(), "domain.ReachesOut");
    assertViolatedBy(RULES.layersPointInwards(), "stray.Orphan");
  }

  @Test
  void anAdapterThatCallsAnotherAdapterIsCaught() {
    assertViolatedBy(RULES.adaptersAreIsolatedFromEachOther(), "adapter.rest.CallsPersistence");
  }

  @Test
  void anAdapterThatCallsAServiceInsteadOfAPortIsCaught() {
    assertViolatedBy(RULES.adaptersUsePortsNeverServices(), "adapter.rest.CallsService");
  }

  @Test
  void aFactoryOutsideBootstrapIsCaught() {
    assertViolatedBy(RULES.factoriesLiveOnlyInBootstrap(), "adapter.persistence.SneakyFactory");
  }

  @Test
  void anIncomingPortNotNamedAsAUseCaseIsCaught() {
    assertViolatedBy(RULES.incomingPortsAreUseCases(), "application.port.in.DoThings");
  }

  @Test
  void aPackageCycleIsCaught() {
    assertViolatedBy(RULES.packagesAreFreeOfCycles(), "domain.cycle.a.Chicken");
  }

  @Test
  void theWellBehavedFixtureClassesAreNotReported() {
    for (ArchRule rule : RULES.all()) {
      String report = String.join("\n", rule.evaluate(fixture).getFailureReport().getDetails());
      assertFalse(report.contains(FIXTURE + ".domain.GoodValue "), rule.getDescription());
    }
  }
}
