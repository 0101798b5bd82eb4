package dev.briefing.core.store;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(
    packages = "dev.briefing.core.store",
    importOptions = ImportOption.DoNotIncludeTests.class)
class StoreDependencyRuleTest {
  @ArchTest
  static final ArchRule portsKnowNoDatabase =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "java.sql..",
              "javax.sql..",
              "com.zaxxer..",
              "org.flywaydb..",
              "dev.briefing.storage..")
          .because("storage plugs in at the edge: the ports speak in the engine's own types");
}
