package dev.briefing.slack;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The module's shape: the facade ({@link SlackBot}) in the root package, every other class in the
 * package of its role, and no cycle between them. Settings, rendering and files use none of the
 * others; outbound renders; inbound answers through outbound and takes files; the root wires them.
 */
@AnalyzeClasses(
    packages = SlackPackagesTest.ROOT,
    importOptions = ImportOption.DoNotIncludeTests.class)
class SlackPackagesTest {
  static final String ROOT = "dev.briefing.slack";

  /** The role packages below the facade. */
  static final String[] ROLES = {
    ROOT + ".inbound", ROOT + ".outbound", ROOT + ".rendering", ROOT + ".files", ROOT + ".settings",
  };

  @ArchTest
  static final ArchRule everyClassLivesInARolePackage =
      classes()
          .should()
          .resideInAnyPackage(ROOT, ROLES[0], ROLES[1], ROLES[2], ROLES[3], ROLES[4])
          .because(
              "the packages show the module's shape: the facade, receiving, sending, Block Kit,"
                  + " shared files and settings");

  @ArchTest
  static final ArchRule packagesHaveNoCycles =
      slices()
          .assignedFrom(new SlackPackages())
          .should()
          .beFreeOfCycles()
          .because("a cycle makes two packages one: neither can be read, tested or moved alone");

  @ArchTest
  static final ArchRule nothingBelowTheFacadeUsesIt =
      noClasses()
          .that()
          .resideInAnyPackage(ROLES)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(ROOT)
          .because("the root package wires the roles together; the roles do not know the wiring");

  /** The root package (the facade) and each role package, one slice each. */
  private static final class SlackPackages implements SliceAssignment {
    @Override
    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
      String name = javaClass.getPackageName();
      if (name.equals(ROOT)) {
        return SliceIdentifier.of(ROOT + " (facade)");
      }
      if (name.startsWith(ROOT + ".")) {
        return SliceIdentifier.of(ROOT + "." + name.substring(ROOT.length() + 1).split("\\.")[0]);
      }
      return SliceIdentifier.ignore();
    }

    @Override
    public String getDescription() {
      return "the Slack adapter's packages";
    }
  }
}
