package dev.adhoc.waittimes.player.board;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The board is a view: it knows core's domain and ports, never the commands, the wiring or the adapters. */
@AnalyzeClasses(packages = "dev.adhoc.waittimes.player", importOptions = ImportOption.DoNotIncludeTests.class)
class BoardArchitectureTest {
    private static final String PLAYER = "dev.adhoc.waittimes.player";

    @ArchTest
    static final ArchRule the_board_composes_nothing = noClasses()
            .that().resideInAPackage(PLAYER + ".board..")
            .should().dependOnClassesThat().resideInAnyPackage(PLAYER + ".cli..", PLAYER + ".wiring..",
                    PLAYER + ".io..", PLAYER + ".view..", PLAYER + ".simulation..", "dev.adhoc.waittimes.aws..",
                    "dev.adhoc.waittimes.inmemory..", "picocli..", "software.amazon..");

    @ArchTest
    static final ArchRule only_the_commands_and_the_wiring_use_the_board = noClasses()
            .that().resideOutsideOfPackages(PLAYER + ".board..", PLAYER + ".cli..", PLAYER + ".wiring..")
            .should().dependOnClassesThat().resideInAPackage(PLAYER + ".board..");
}
