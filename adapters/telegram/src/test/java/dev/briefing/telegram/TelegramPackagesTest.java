package dev.briefing.telegram;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The Telegram adapter's layout: one package per role, the bot on top, no cycles. */
@AnalyzeClasses(
    packages = "dev.briefing.telegram",
    importOptions = ImportOption.DoNotIncludeTests.class)
class TelegramPackagesTest {
  @ArchTest
  static final ArchRule everyClassLivesInARolePackage =
      classes()
          .should()
          .resideInAnyPackage(
              "dev.briefing.telegram",
              "dev.briefing.telegram.inbound",
              "dev.briefing.telegram.outbound",
              "dev.briefing.telegram.rendering",
              "dev.briefing.telegram.files",
              "dev.briefing.telegram.settings")
          .because(
              "the packages show the module's shape: the bot that wires it, updates in, messages"
                  + " out, rendering, files and settings");

  @ArchTest
  static final ArchRule theRolePackagesFormNoCycle =
      slices()
          .matching("dev.briefing.telegram.(*)..")
          .should()
          .beFreeOfCycles()
          .because("each role can be read and changed on its own");

  @ArchTest
  static final ArchRule onlyTheBotUsesTheWholeModule =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.briefing.telegram")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.briefing.telegram")
          .because("TelegramBot wires the roles together; the roles never reach back up to it");
}
