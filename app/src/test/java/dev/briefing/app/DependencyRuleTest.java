package dev.briefing.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rule: the engine knows no platform, framework or transport; adapters know the core
 * but not the app. Module boundaries enforce most of it; this catches what they cannot (a library
 * that leaks onto the core's classpath).
 */
@AnalyzeClasses(
    packages = "dev.briefing",
    importOptions = {ImportOption.DoNotIncludeTests.class, DependencyRuleTest.NoTestJars.class})
class DependencyRuleTest {
  /** Shared test fakes come in test-jars; the rule is about production code. */
  static final class NoTestJars implements ImportOption {
    @Override
    public boolean includes(com.tngtech.archunit.core.importer.Location location) {
      return !location.contains("-tests.jar");
    }
  }

  @ArchTest
  static final ArchRule coreKnowsNoAdapterAppOrPlatform =
      noClasses()
          .that()
          .resideInAPackage("dev.briefing.core..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              ArchitectureTest.adapterPackages(
                  "dev.briefing.app..",
                  "picocli..",
                  "com.fasterxml.jackson..",
                  "ch.qos.logback..",
                  "java.net.http..",
                  "org.telegram..",
                  "com.slack..",
                  "org.quartz..",
                  "io.javalin..",
                  "org.thymeleaf..",
                  "dev.langchain4j..",
                  "ai.onnxruntime..",
                  "ai.djl.."))
          .because(
              "the engine is a function from messages to replies; platforms plug in at the edge");

  @ArchTest
  static final ArchRule adaptersDoNotKnowTheApp =
      noClasses()
          .that()
          .resideInAnyPackage(ArchitectureTest.adapterPackages())
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.briefing.app..")
          .because("the app is the composition root: it wires adapters, never the other way");
}
