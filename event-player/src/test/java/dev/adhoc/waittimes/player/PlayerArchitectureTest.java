package dev.adhoc.waittimes.player;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The player's packages by role, and which may use which (the module-wide rules live in acceptance-tests). */
@AnalyzeClasses(packages = "dev.adhoc.waittimes.player", importOptions = ImportOption.DoNotIncludeTests.class)
class PlayerArchitectureTest {
    private static final String PLAYER = "dev.adhoc.waittimes.player";

    @ArchTest
    static final ArchRule the_simulation_produces_events_and_knows_nothing_of_the_extension = noClasses()
            .that().resideInAPackage(PLAYER + ".simulation..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.adhoc.waittimes.core..", "dev.adhoc.waittimes.aws..",
                    "dev.adhoc.waittimes.inmemory..", PLAYER + ".cli..", PLAYER + ".io..", PLAYER + ".view..",
                    PLAYER + ".wiring..");

    @ArchTest
    static final ArchRule formats_and_views_do_not_compose_the_extension = noClasses()
            .that().resideInAnyPackage(PLAYER + ".io..", PLAYER + ".view..")
            .should().dependOnClassesThat().resideInAnyPackage(PLAYER + ".cli..", PLAYER + ".wiring..",
                    "dev.adhoc.waittimes.aws.dynamodb..", "dev.adhoc.waittimes.aws.eventbridge..",
                    "dev.adhoc.waittimes.inmemory..");

    @ArchTest
    static final ArchRule only_the_command_line_knows_picocli = noClasses()
            .that().resideOutsideOfPackage(PLAYER + ".cli..")
            .should().dependOnClassesThat().resideInAPackage("picocli..");

    @ArchTest
    static final ArchRule the_wiring_does_not_know_the_commands = noClasses()
            .that().resideInAPackage(PLAYER + ".wiring..")
            .should().dependOnClassesThat().resideInAPackage(PLAYER + ".cli..");

    @ArchTest
    static final ArchRule no_cycles_between_roles = slices().matching(PLAYER + ".(*)..").should().beFreeOfCycles();
}
