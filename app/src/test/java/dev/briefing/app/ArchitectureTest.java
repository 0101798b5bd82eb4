package dev.briefing.app;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.Slice;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Set;
import java.util.stream.Stream;

/**
 * bot-core's shape: its packages form no cycle, adapters stay apart from one another, and adapters
 * and the app reach the engine only through its API packages (each says so in its package-info).
 * The app's own packages (the command line, config, wiring, ops, intake) form no cycle either.
 * Tools (benchmarks, loadtest, training) are not on this classpath and may use internals.
 */
@AnalyzeClasses(
    packages = "dev.briefing",
    importOptions = {ImportOption.DoNotIncludeTests.class, DependencyRuleTest.NoTestJars.class})
class ArchitectureTest {
  /** The adapters' top-level packages under {@code dev.briefing}. */
  static final Set<String> ADAPTERS =
      Set.of("console", "embeddings", "quartz", "slack", "sources", "storage", "telegram", "web");

  /** What adapters and the app may use of bot-core; every other core package is internal. */
  static final String[] CORE_API = {
    "dev.briefing.core", // the root only: BriefingCore, BriefingEngine, BriefingException...
    "dev.briefing.core.model..",
    "dev.briefing.core.chat..",
    "dev.briefing.core.store..",
    "dev.briefing.core.digest..",
    "dev.briefing.core.schedule..",
    "dev.briefing.core.metrics..",
    "dev.briefing.core.outbound..",
    "dev.briefing.core.ingest..",
    "dev.briefing.core.spi..",
  };

  @ArchTest
  static final ArchRule coreHasNoPackageCycles =
      slices()
          .matching("dev.briefing.core.(*)..")
          .should()
          .beFreeOfCycles()
          .because(
              "a cycle makes two packages one: neither can be understood, tested or moved alone");

  /*
   * No adapter has a production dependency on another in its pom.xml (quartz and sources use
   * storage in tests only), so this rule has no exception.
   */
  @ArchTest
  static final ArchRule adaptersDoNotKnowEachOther =
      slices()
          .matching("dev.briefing.(*)..")
          .that(areAdapters())
          .should()
          .notDependOnEachOther()
          .because(
              "each adapter plugs one platform or technology into the core; the app wires them"
                  + " together, so any can be replaced or left out alone");

  @ArchTest
  static final ArchRule adaptersAndAppUseOnlyTheCoreApi =
      noClasses()
          .that()
          .resideInAnyPackage(adapterPackages("dev.briefing.app.."))
          .should()
          .dependOnClassesThat(
              resideInAPackage("dev.briefing.core..")
                  .and(DescribedPredicate.not(resideInAnyPackage(CORE_API)))
                  .as("are in bot-core's internal packages"))
          .because(
              "bot-core's API packages are its contract; the internals (analysis, qa, nlp,"
                  + " retrieval...) must stay free to change without touching an adapter");

  @ArchTest
  static final ArchRule appPackagesHaveNoCycles =
      slices()
          .assignedFrom(new AppPackages())
          .should()
          .beFreeOfCycles()
          .because(
              "the command line uses config, wiring, ops and intake, and each of those only the"
                  + " ones below it, so each can be read and tested without the others above");

  /** The app's root package (the command line) and each of its sub-packages, one slice each. */
  private static final class AppPackages implements SliceAssignment {
    private static final String ROOT = "dev.briefing.app";

    @Override
    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
      String name = javaClass.getPackageName();
      if (name.equals(ROOT)) {
        return SliceIdentifier.of(ROOT + " (command line)");
      }
      if (name.startsWith(ROOT + ".")) {
        return SliceIdentifier.of(ROOT + "." + name.substring(ROOT.length() + 1).split("\\.")[0]);
      }
      return SliceIdentifier.ignore();
    }

    @Override
    public String getDescription() {
      return "the app's packages";
    }
  }

  private static DescribedPredicate<Slice> areAdapters() {
    return DescribedPredicate.describe("are adapters", s -> ADAPTERS.contains(s.getNamePart(1)));
  }

  /** Every adapter's package pattern, then {@code more}. */
  static String[] adapterPackages(String... more) {
    return Stream.concat(
            ADAPTERS.stream().sorted().map(a -> "dev.briefing." + a + ".."), Stream.of(more))
        .toArray(String[]::new);
  }
}
