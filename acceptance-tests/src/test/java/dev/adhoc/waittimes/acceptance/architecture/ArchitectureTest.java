package dev.adhoc.waittimes.acceptance.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The dependency rules of ADR 0001, checked on the production classes of every module. Every rule fails on an
 * empty selection ({@code archunit.properties}), and the last test proves that it does.
 */
@AnalyzeClasses(packages = "dev.adhoc.waittimes", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String CORE = "dev.adhoc.waittimes.core..";
    private static final String IN_MEMORY = "dev.adhoc.waittimes.inmemory..";
    private static final String AWS = "dev.adhoc.waittimes.aws..";
    private static final String PLAYER = "dev.adhoc.waittimes.player..";
    private static final String INFRA = "dev.adhoc.waittimes.infra..";

    @ArchTest
    static final ArchRule core_depends_on_the_jdk_only = classes().that().resideInAPackage(CORE)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", CORE)
            .because("core is JDK-only: other extensions import it without any baggage");

    @ArchTest
    static final ArchRule the_domain_knows_no_port_and_no_use_case = noClasses()
            .that().resideInAPackage("dev.adhoc.waittimes.core.domain..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("dev.adhoc.waittimes.core.port..", "dev.adhoc.waittimes.core.application..");

    @ArchTest
    static final ArchRule ports_are_interfaces = classes().that().resideInAPackage("dev.adhoc.waittimes.core.port..")
            .and(are("not records (the values ports exchange)", c -> !c.isRecord()))
            .and().doNotHaveSimpleName("package-info")
            .should().beInterfaces();

    @ArchTest
    static final ArchRule the_in_memory_adapter_uses_no_other_adapter = noClasses().that().resideInAPackage(IN_MEMORY)
            .should().dependOnClassesThat().resideInAnyPackage(AWS, PLAYER, INFRA);

    @ArchTest
    static final ArchRule the_aws_adapter_uses_no_other_adapter = noClasses().that().resideInAPackage(AWS)
            .should().dependOnClassesThat().resideInAnyPackage(IN_MEMORY, PLAYER, INFRA);

    @ArchTest
    static final ArchRule the_aws_contract_knows_no_sdk = noClasses()
            .that().resideInAPackage("dev.adhoc.waittimes.aws.contract..")
            .should().dependOnClassesThat().resideInAnyPackage("software.amazon.awssdk..")
            .because("the EventBridge contract is plain JSON mapping, shared by the Lambda, the player and tests");

    @ArchTest
    static final ArchRule the_player_composes_adapters_but_deploys_nothing = noClasses().that().resideInAPackage(PLAYER)
            .should().dependOnClassesThat().resideInAnyPackage(INFRA, "software.amazon.awscdk..");

    @ArchTest
    static final ArchRule nothing_depends_on_the_player = noClasses()
            .that().resideInAnyPackage(CORE, IN_MEMORY, AWS)
            .should().dependOnClassesThat().resideInAPackage(PLAYER);

    @ArchTest
    static final ArchRule adapters_implement_core_ports = classes().that().resideInAPackage(IN_MEMORY)
            .and().haveSimpleNameStartingWith("InMemory").and(are("not records", c -> !c.isRecord()))
            .should().dependOnClassesThat().resideInAPackage("dev.adhoc.waittimes.core.port..");

    @ArchTest
    static final ArchRule no_cycles_between_modules = slices().matching("dev.adhoc.waittimes.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule no_cycles_inside_core = slices().matching("dev.adhoc.waittimes.core.(**)")
            .should().beFreeOfCycles();

    @Test
    void a_rule_on_an_empty_package_fails_instead_of_passing() {
        JavaClasses nothing = new ClassFileImporter().importPackages("dev.adhoc.waittimes.no_such_package");
        assertThatThrownBy(() -> noClasses().that().resideInAPackage("dev.adhoc.waittimes.no_such_package..")
                .should().dependOnClassesThat().resideInAPackage("java..").check(nothing))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }

    private static DescribedPredicate<JavaClass> are(String description, java.util.function.Predicate<JavaClass> p) {
        return DescribedPredicate.describe(description, p);
    }
}
