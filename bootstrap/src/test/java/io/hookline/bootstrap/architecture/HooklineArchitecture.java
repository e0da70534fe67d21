package io.hookline.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import io.micronaut.context.annotation.Factory;
import java.util.List;

/**
 * Hookline's architecture rules, written for a base package so the same rules run against the
 * production code ({@code io.hookline}) and against planted violations in a fixture tree.
 */
final class HooklineArchitecture {

  private final String base;

  HooklineArchitecture(String base) {
    this.base = base;
  }

  ArchRule domainDependsOnlyOnJava() {
    return classes()
        .that()
        .resideInAPackage(base + ".domain..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", base + ".domain..")
        .as("the domain depends only on java.. (no framework, no annotations)");
  }

  ArchRule applicationDependsOnlyOnDomain() {
    return classes()
        .that()
        .resideInAPackage(base + ".application..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", base + ".domain..", base + ".application..")
        .as("the application depends only on the domain and java..");
  }

  ArchRule layersPointInwards() {
    return layeredArchitecture()
        .consideringOnlyDependenciesInAnyPackage(base + "..")
        .layer("Domain")
        .definedBy(base + ".domain..")
        .layer("Application")
        .definedBy(base + ".application..")
        .layer("Adapters")
        .definedBy(base + ".adapter..")
        .layer("Bootstrap")
        .definedBy(base + ".bootstrap..")
        .whereLayer("Bootstrap")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Adapters")
        .mayOnlyBeAccessedByLayers("Bootstrap")
        .whereLayer("Application")
        .mayOnlyBeAccessedByLayers("Adapters", "Bootstrap")
        .whereLayer("Domain")
        .mayOnlyBeAccessedByLayers("Application", "Adapters", "Bootstrap")
        .ensureAllClassesAreContainedInArchitecture();
  }

  ArchRule adaptersAreIsolatedFromEachOther() {
    return slices()
        .matching(base + ".adapter.(*)..")
        .should()
        .notDependOnEachOther()
        .as("adapters do not depend on each other");
  }

  ArchRule adaptersUsePortsNeverServices() {
    return noClasses()
        .that()
        .resideInAPackage(base + ".adapter..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(base + ".application.service..")
        .as("adapters use ports, never services");
  }

  ArchRule factoriesLiveOnlyInBootstrap() {
    return classes()
        .that()
        .areAnnotatedWith(Factory.class)
        .should()
        .resideInAPackage(base + ".bootstrap..")
        .as("@Factory classes live only in bootstrap, the composition root");
  }

  ArchRule incomingPortsAreUseCases() {
    return classes()
        .that()
        .resideInAPackage(base + ".application.port.in..")
        .and()
        .areInterfaces()
        .and()
        .areTopLevelClasses()
        .should()
        .haveSimpleNameEndingWith("UseCase")
        .as("incoming ports are named <Verb><Noun>UseCase");
  }

  ArchRule packagesAreFreeOfCycles() {
    return slices().matching(base + ".(**)").should().beFreeOfCycles();
  }

  List<ArchRule> all() {
    return List.of(
        domainDependsOnlyOnJava(),
        applicationDependsOnlyOnDomain(),
        layersPointInwards(),
        adaptersAreIsolatedFromEachOther(),
        adaptersUsePortsNeverServices(),
        factoriesLiveOnlyInBootstrap(),
        incomingPortsAreUseCases(),
        packagesAreFreeOfCycles());
  }
}
