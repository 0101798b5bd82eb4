package dev.briefing.sources;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

@AnalyzeClasses(
    packages = "dev.briefing.sources",
    importOptions = ImportOption.DoNotIncludeTests.class)
class SourcesPackagesTest {
  @ArchTest
  static final ArchRule everyClassLivesInARolePackage =
      classes()
          .should()
          .resideInAnyPackage(
              "dev.briefing.sources.web",
              "dev.briefing.sources.feed",
              "dev.briefing.sources.files",
              "dev.briefing.sources.language",
              "dev.briefing.sources.opml")
          .because("the packages show the module's shape: links, feeds, folders, languages, OPML");

  @ArchTest
  static final ArchRule onlyFeedsReachIntoAnotherPackage =
      classes()
          .that()
          .resideOutsideOfPackage("dev.briefing.sources.feed")
          .should(useNoOtherSourcesPackage())
          .because("feeds read their items' pages through web; nothing else crosses packages");

  private static ArchCondition<JavaClass> useNoOtherSourcesPackage() {
    return new ArchCondition<>("use no other dev.briefing.sources package") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
          String target = dependency.getTargetClass().getPackageName();
          if (target.startsWith("dev.briefing.sources.") && !target.equals(item.getPackageName())) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }
}
