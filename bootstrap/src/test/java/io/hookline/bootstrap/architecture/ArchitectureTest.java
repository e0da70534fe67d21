package io.hookline.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The production code of every module obeys the architecture rules. */
class ArchitectureTest {

  private static JavaClasses hookline;
  private static final HooklineArchitecture RULES = new HooklineArchitecture("io.hookline");

  @BeforeAll
  static void importProductionClasses() {
    hookline =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.hookline");
  }

  private static void check(ArchRule rule) {
    rule.check(hookline);
  }

  @Test
  void theDomainDependsOnlyOnJava() {
    check(RULES.domainDependsOnlyOnJava());
  }

  @Test
  void theApplicationDependsOnlyOnTheDomain() {
    check(RULES.applicationDependsOnlyOnDomain());
  }

  @Test
  void dependenciesPointInwardsAndEveryClassBelongsToARing() {
    check(RULES.layersPointInwards());
  }

  @Test
  void adaptersAreIsolatedFromEachOther() {
    check(RULES.adaptersAreIsolatedFromEachOther());
  }

  @Test
  void adaptersUsePortsNeverServices() {
    check(RULES.adaptersUsePortsNeverServices());
  }

  @Test
  void factoriesLiveOnlyInBootstrap() {
    check(RULES.factoriesLiveOnlyInBootstrap());
  }

  @Test
  void incomingPortsAreNamedAsUseCases() {
    check(RULES.incomingPortsAreUseCases());
  }

  @Test
  void packagesAreFreeOfCycles() {
    check(RULES.packagesAreFreeOfCycles());
  }
}
