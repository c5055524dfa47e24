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

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static dev.adhoc.waittimes.acceptance.architecture.NamedPackages.named;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The dependency rules of ADR 0001 and ADR 0010, checked on the production classes of every module (infra-cdk's
 * too). Every rule fails on an empty selection ({@code archunit.properties}), and every package a rule names must
 * hold classes or be used by them ({@link NamedPackages}), so that neither a renamed package nor a misspelt target
 * can make a rule pass vacuously. The last tests prove both.
 */
@AnalyzeClasses(packages = "dev.adhoc.waittimes", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String CORE = named("dev.adhoc.waittimes.core..");
    private static final String CORE_DOMAIN = named("dev.adhoc.waittimes.core.domain..");
    private static final String CORE_PORT = named("dev.adhoc.waittimes.core..port..");
    private static final String CORE_ENGINE = named("dev.adhoc.waittimes.core.engine..");
    private static final String CORE_WAITTIMES = named("dev.adhoc.waittimes.core.waittimes..");
    private static final String CORE_MEMORY = named("dev.adhoc.waittimes.core.memory..");
    // the EventBridge contract (module aws-eventbridge-contract): not an adapter, adapters may use it
    private static final String CONTRACT = named("dev.adhoc.waittimes.aws.contract..");
    private static final String CATALOG = named("dev.adhoc.waittimes.aws.catalog..");
    // the rules every AWS client follows (module aws-sdk-support): not an adapter, adapters and roots may use it
    private static final String SDK_SUPPORT = named("dev.adhoc.waittimes.aws.sdk..");
    // the adapters, one module each
    private static final String IN_MEMORY = named("dev.adhoc.waittimes.inmemory..");
    private static final String DYNAMODB = named("dev.adhoc.waittimes.aws.dynamodb..");
    private static final String EVENTBRIDGE = named("dev.adhoc.waittimes.aws.eventbridge..");
    private static final String STEPFUNCTIONS = named("dev.adhoc.waittimes.aws.stepfunctions..");
    private static final String[] ADAPTERS = {IN_MEMORY, DYNAMODB, EVENTBRIDGE, STEPFUNCTIONS};
    // the extensions on the engine besides wait times (modules under extensions/; their rules: ExtensionArchitectureTest)
    private static final String ALERTS = named("dev.adhoc.waittimes.extensions.alerts..");
    private static final String THROUGHPUT = named("dev.adhoc.waittimes.extensions.throughput..");
    private static final String EXTENSIONS = named("dev.adhoc.waittimes.extensions..");
    // composition roots: they wire adapters together, nothing depends on them
    private static final String LAMBDA = named("dev.adhoc.waittimes.aws.lambda..");
    private static final String PLAYER = named("dev.adhoc.waittimes.player..");
    // the deployable stack (infra-cdk)
    private static final String CDK = named("dev.adhoc.waittimes.cdk..");

    private static final String JDK = named("java..");
    private static final String JACKSON = named("com.fasterxml.jackson..");
    private static final String SCHEMA_VALIDATOR = named("com.networknt.schema..");
    private static final String MAPSTRUCT = named("org.mapstruct..");
    private static final String AWS_SDK = named("software.amazon.awssdk..");
    private static final String AWS_CDK = named("software.amazon.awscdk..");

    private static final ModuleSlices ADAPTER_MODULES = new ModuleSlices("adapter modules")
            .module("adapters-inmemory", IN_MEMORY)
            .module("aws-dynamodb", DYNAMODB)
            .module("aws-eventbridge-publisher", EVENTBRIDGE)
            .module("aws-stepfunctions", STEPFUNCTIONS);
    private static final ModuleSlices ALL_MODULES = new ModuleSlices("modules")
            .module("core", CORE)
            .module("aws-eventbridge-contract", CONTRACT, CATALOG)
            .module("aws-sdk-support", SDK_SUPPORT)
            .modules(ADAPTER_MODULES)
            .module("wait-time-alerts", ALERTS)
            .module("throughput", THROUGHPUT)
            .module("aws-lambda", LAMBDA)
            .module("event-player", PLAYER)
            .module("infra-cdk", CDK);

    @ArchTest
    static final ArchRule core_depends_on_the_jdk_only = classes().that().resideInAPackage(CORE)
            .should().onlyDependOnClassesThat().resideInAnyPackage(JDK, CORE)
            .because("core is JDK-only: other extensions import it without any baggage; it knows no adapter, no "
                    + "contract, no composition root and no extension");

    @ArchTest
    static final ArchRule the_domain_knows_no_port_no_engine_and_no_extension = noClasses()
            .that().resideInAPackage(CORE_DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(CORE_PORT, CORE_ENGINE, CORE_WAITTIMES);

    @ArchTest
    static final ArchRule the_engine_knows_no_extension = noClasses()
            .that().resideInAPackage(CORE_ENGINE)
            .should().dependOnClassesThat().resideInAPackage(CORE_WAITTIMES)
            .because("wait times are one configuration of the engine, as any other extension");

    @ArchTest
    static final ArchRule the_in_memory_stores_know_the_engine_and_the_domain_only = classes()
            .that().resideInAPackage(CORE_MEMORY)
            .should().onlyDependOnClassesThat().resideInAnyPackage(JDK, CORE_DOMAIN, CORE_ENGINE, CORE_MEMORY)
            .because("they are the engine's ports kept in memory (ADR 0019), for any extension");

    @ArchTest
    static final ArchRule nothing_else_of_core_knows_the_in_memory_stores = noClasses()
            .that().resideInAnyPackage(CORE_DOMAIN, CORE_ENGINE, CORE_WAITTIMES)
            .should().dependOnClassesThat().resideInAPackage(CORE_MEMORY)
            .because("the engine and the extensions run on any store their composition root gives them");

    @ArchTest
    static final ArchRule ports_are_interfaces = classes().that().resideInAPackage(CORE_PORT)
            .and(are("not records (the values ports exchange)", c -> !c.isRecord()))
            .and().doNotHaveSimpleName("package-info")
            .should().beInterfaces();

    @ArchTest
    static final ArchRule the_eventbridge_contract_needs_core_and_jackson_only = classes()
            .that().resideInAnyPackage(CONTRACT, CATALOG)
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage(JDK, CORE, CONTRACT, CATALOG, JACKSON, SCHEMA_VALIDATOR, MAPSTRUCT)
            .because("a library user who only parses events gets Jackson and nothing of the AWS SDK (ADR 0010)");

    @ArchTest
    static final ArchRule adapters_never_depend_on_each_other = slices().assignedFrom(ADAPTER_MODULES)
            .should().notDependOnEachOther()
            .because("each adapter depends on core, and on the EventBridge contract, only (ADR 0001, ADR 0010)");

    @ArchTest
    static final ArchRule adapters_know_no_composition_root_and_no_stack = noClasses()
            .that().resideInAnyPackage(ADAPTERS)
            .should().dependOnClassesThat().resideInAnyPackage(LAMBDA, PLAYER, CDK);

    @ArchTest
    static final ArchRule the_in_memory_adapter_knows_nothing_of_aws = noClasses()
            .that().resideInAPackage(IN_MEMORY)
            .should().dependOnClassesThat().resideInAnyPackage(AWS_SDK, SDK_SUPPORT, CONTRACT, CATALOG);

    @ArchTest
    static final ArchRule the_aws_client_rules_know_none_of_our_modules = classes().that().resideInAPackage(SDK_SUPPORT)
            .should().onlyDependOnClassesThat().resideInAnyPackage(JDK, AWS_SDK, SDK_SUPPORT)
            .because("aws-sdk-support is the one place of the endpoint, loopback and credential rules: every AWS "
                    + "adapter uses it, so it may use none of them");

    @ArchTest
    static final ArchRule the_lambda_wires_the_contract_and_the_store_only = noClasses()
            .that().resideInAPackage(LAMBDA)
            .should().dependOnClassesThat().resideInAnyPackage(IN_MEMORY, STEPFUNCTIONS, CATALOG, PLAYER, CDK)
            .because("the Lambda's jar leaves out the catalog and the Step Functions driver; besides the contract and "
                    + "the store it wires core's engine with an extension: wait times, alerts or throughput (ADR 0020)");

    @ArchTest
    static final ArchRule nothing_depends_on_a_composition_root = noClasses()
            .that().resideOutsideOfPackages(LAMBDA, PLAYER)
            .should().dependOnClassesThat().resideInAnyPackage(LAMBDA, PLAYER);

    @ArchTest
    static final ArchRule the_player_composes_adapters_but_deploys_nothing = noClasses().that().resideInAPackage(PLAYER)
            .should().dependOnClassesThat().resideInAnyPackage(CDK, AWS_CDK, LAMBDA);

    @ArchTest
    static final ArchRule the_stack_depends_on_nothing_of_ours = noClasses().that().resideInAPackage(CDK)
            .should().dependOnClassesThat().resideInAnyPackage(CORE, CONTRACT, CATALOG, SDK_SUPPORT, IN_MEMORY,
                    DYNAMODB, EVENTBRIDGE, STEPFUNCTIONS, EXTENSIONS, LAMBDA, PLAYER)
            .because("infra-cdk packages the Lambda jar as an asset; it compiles against none of our modules");

    @ArchTest
    static final ArchRule in_memory_stores_implement_core_ports = classes().that().resideInAPackage(CORE_MEMORY)
            .and().haveSimpleNameStartingWith("InMemory")
            .should().dependOnClassesThat().resideInAPackage(CORE_PORT);

    @ArchTest
    static final ArchRule no_cycles_between_modules = slices().assignedFrom(ALL_MODULES).should().beFreeOfCycles();

    @ArchTest
    static final ArchRule no_cycles_inside_core = slices().matching("dev.adhoc.waittimes.core.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static void every_package_a_rule_names_holds_or_is_used_by_classes(JavaClasses classes) {
        NamedPackages.assertPresent(classes, NamedPackages.all());
    }

    @Test
    void a_rule_on_an_empty_package_fails_instead_of_passing() {
        JavaClasses nothing = new ClassFileImporter().importPackages("dev.adhoc.waittimes.no_such_package");
        assertThatThrownBy(() -> noClasses().that().resideInAPackage("dev.adhoc.waittimes.no_such_package..")
                .should().dependOnClassesThat().resideInAPackage("java..").check(nothing))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }

    @Test
    void a_rule_naming_a_package_that_does_not_exist_fails_instead_of_passing() {
        JavaClasses core = new ClassFileImporter().importPackages("dev.adhoc.waittimes.core");
        assertThatThrownBy(() -> NamedPackages.assertPresent(core,
                List.of("dev.adhoc.waittimes.core..", "java..", "dev.adhoc.waittimes.infra..")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("dev.adhoc.waittimes.infra..")
                .hasMessageNotContaining("java..");
    }

    private static DescribedPredicate<JavaClass> are(String description, java.util.function.Predicate<JavaClass> p) {
        return DescribedPredicate.describe(description, p);
    }
}
