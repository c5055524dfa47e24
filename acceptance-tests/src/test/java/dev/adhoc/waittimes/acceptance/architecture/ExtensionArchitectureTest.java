package dev.adhoc.waittimes.acceptance.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.adhoc.waittimes.extensions.fixture.ExtensionOnAnAdapter;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules of the extensions built on the engine ({@code extensions/}): an extension depends on core and the
 * EventBridge contract only, and on no other extension (the wait times of {@code core.waittimes} included); core
 * knows no adapter and no extension; no adapter, the contract included, knows an extension (the composition roots, the
 * Lambda and the player, wire them: ADR 0020). As in {@link ArchitectureTest}, an empty selection fails and every
 * package named must hold or be used by classes. The extensions' test fixtures (module extension-testing, which runs
 * them on the adapters) are used by tests only.
 */
@AnalyzeClasses(packages = "dev.adhoc.waittimes", importOptions = ImportOption.DoNotIncludeTests.class)
class ExtensionArchitectureTest {
    private static final List<String> NAMED = new ArrayList<>();

    private static final String EXTENSIONS = named("dev.adhoc.waittimes.extensions..");
    private static final String EXTENSION_TESTING = named("dev.adhoc.waittimes.extensiontesting..");
    private static final String CORE = named("dev.adhoc.waittimes.core..");
    private static final String WAIT_TIMES = named("dev.adhoc.waittimes.core.waittimes..");
    private static final String CONTRACT = named("dev.adhoc.waittimes.aws.contract..");
    private static final String[] CONTRACT_AND_CATALOG = {CONTRACT, named("dev.adhoc.waittimes.aws.catalog..")};
    private static final String[] ADAPTERS = {named("dev.adhoc.waittimes.inmemory.."),
            named("dev.adhoc.waittimes.aws.dynamodb.."), named("dev.adhoc.waittimes.aws.eventbridge.."),
            named("dev.adhoc.waittimes.aws.stepfunctions..")};
    private static final String LAMBDA = named("dev.adhoc.waittimes.aws.lambda..");
    private static final String PLAYER = named("dev.adhoc.waittimes.player..");
    private static final String JDK = named("java..");
    private static final String JACKSON = named("com.fasterxml.jackson..");

    private static String named(String packageIdentifier) {
        NAMED.add(packageIdentifier);
        return NamedPackages.named(packageIdentifier);
    }

    @ArchTest
    static final ArchRule extensions_depend_on_core_and_the_contract_only = classes()
            .that().resideInAPackage(EXTENSIONS)
            .should().onlyDependOnClassesThat().resideInAnyPackage(JDK, CORE, CONTRACT, JACKSON, EXTENSIONS)
            .because("an extension is a configuration of core's engine and a mapping of its updates to the bus's "
                    + "events: it runs on any adapter set the composition root gives it");

    @ArchTest
    static final ArchRule extensions_are_built_on_the_kernel_not_on_the_wait_times_extension = noClasses()
            .that().resideInAPackage(EXTENSIONS)
            .should().dependOnClassesThat().resideInAPackage(WAIT_TIMES);

    @ArchTest
    static final ArchRule extensions_never_depend_on_each_other = slices()
            .matching("dev.adhoc.waittimes.extensions.(*)..").should().notDependOnEachOther();

    @ArchTest
    static final ArchRule core_knows_no_adapter_and_no_extension = noClasses().that().resideInAPackage(CORE)
            .should().dependOnClassesThat()
            .resideInAnyPackage(all(ADAPTERS, CONTRACT_AND_CATALOG, EXTENSIONS, LAMBDA, PLAYER));

    @ArchTest
    static final ArchRule adapters_and_the_contract_never_depend_on_extensions = noClasses()
            .that().resideInAnyPackage(all(ADAPTERS, CONTRACT_AND_CATALOG))
            .should().dependOnClassesThat().resideInAPackage(EXTENSIONS)
            .because("an extension plugs into the adapters through core's ports; a composition root (the Lambda, "
                    + "the player) composes them (ADR 0020)");

    @ArchTest
    static final ArchRule only_tests_use_the_extension_fixtures = noClasses()
            .that().resideOutsideOfPackage(EXTENSION_TESTING)
            .should().dependOnClassesThat().resideInAPackage(EXTENSION_TESTING)
            .because("extension-testing holds the fixtures of the extensions' tests (an adapter set, a fresh table, "
                    + "the extension driven end to end): no production class, an extension's least of all, uses them");

    @ArchTest
    static void every_package_these_rules_name_holds_or_is_used_by_classes(JavaClasses classes) {
        NamedPackages.assertPresent(classes, NAMED);
    }

    private static String[] all(Object... packages) {
        List<String> all = new ArrayList<>();
        for (Object p : packages) {
            all.addAll(p instanceof String[] many ? List.of(many) : List.of((String) p));
        }
        return all.toArray(String[]::new);
    }

    @Test
    void an_extension_on_an_adapter_or_on_the_wait_times_extension_breaks_the_rules() {
        JavaClasses bad = new ClassFileImporter().importClasses(ExtensionOnAnAdapter.class);

        assertThatThrownBy(() -> extensions_depend_on_core_and_the_contract_only.check(bad))
                .isInstanceOf(AssertionError.class).hasMessageContaining("RecordingPublisher");
        assertThatThrownBy(() -> extensions_are_built_on_the_kernel_not_on_the_wait_times_extension.check(bad))
                .isInstanceOf(AssertionError.class).hasMessageContaining("WaitFigures");
    }
}
