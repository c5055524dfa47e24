package dev.adhoc.waittimes.player.cli;

import dev.adhoc.waittimes.player.wiring.ExtensionConfig;
import dev.adhoc.waittimes.player.wiring.StepFunctionsConfig;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.net.URI;
import java.util.Optional;

/** Where the events go: the extension in this process, or the deployed Step Functions workflow. */
public final class TargetOptions {
    /** The targets of {@code --target}. */
    enum Target {
        /** The extension runs in the player. */
        LOCAL,
        /** Each event is the input of an execution of the deployed Express workflow. */
        STEPFUNCTIONS
    }

    @Option(names = "--target", paramLabel = "local|stepfunctions", defaultValue = "local",
            description = "where the extension runs: local = in this process; stepfunctions = each event is the input "
                    + "of a StartSyncExecution of the deployed Express workflow, which runs the Lambda and emits the "
                    + "updates itself; they are printed as the local ones (default ${DEFAULT-VALUE})")
    Target target;

    @Option(names = "--state-machine", paramLabel = "ARN",
            description = "with --target stepfunctions: the workflow's state machine")
    String stateMachineArn;

    @Option(names = "--stack", paramLabel = "NAME",
            description = "with --target stepfunctions: instead of --state-machine, the stack whose StateMachineArn "
                    + "output names it (one DescribeStacks)")
    String stack;

    @Option(names = "--stepfunctions-endpoint", paramLabel = "URL", converter = Converters.Endpoint.class,
            description = "Step Functions endpoint override, also used for --stack (default: the region's)")
    URI endpoint;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "" + StepFunctionsConfig.DEFAULT_CONCURRENCY,
            description = "with --target stepfunctions: executions in flight at once, 1-"
                    + StepFunctionsConfig.MAX_CONCURRENCY + "; output stays in input order (default ${DEFAULT-VALUE})")
    int concurrency;

    /**
     * Checks the options of the chosen target, and refuses those of the other one.
     *
     * @param commandLine the command, for usage errors and to tell given options from defaults
     * @param extension   the extension's options (their region and format apply to both targets)
     * @return the target to start
     * @throws ParameterException on a value out of range or an option that does not apply
     */
    ChosenTarget resolve(CommandLine commandLine, ExtensionOptions extension) {
        if (target == Target.LOCAL) {
            ExtensionOptions.requireAbsent(commandLine, "--target stepfunctions", "--state-machine", "--stack",
                    "--stepfunctions-endpoint", "--concurrency");
            return ChosenTarget.local(extension.toConfig(commandLine));
        }
        // the deployed workflow has its own settings, store and bus
        ExtensionOptions.requireAbsent(commandLine, "--target local", "--window", "--max-wait", "--max-clock-skew", "--completion",
                "--store", "--dynamodb-endpoint", "--table", "--create-table", "--bus", "--eventbridge-endpoint",
                "--extension", "--alert-threshold");
        if (extension.publish == ExtensionConfig.Publish.EVENTBRIDGE) {
            throw new ParameterException(commandLine,
                    "--publish eventbridge applies only with --target local (the workflow emits its updates itself)");
        }
        if ((stateMachineArn == null) == (stack == null)) {
            throw new ParameterException(commandLine,
                    "--target stepfunctions needs either --state-machine ARN or --stack NAME");
        }
        if (stateMachineArn != null && !(stateMachineArn.startsWith("arn:") && stateMachineArn.contains(":states:"))) {
            throw new ParameterException(commandLine, "--state-machine must be a state machine ARN "
                    + "(arn:aws:states:REGION:ACCOUNT:stateMachine:NAME), was '" + stateMachineArn + "'");
        }
        if (stack != null && stack.isBlank()) {
            throw new ParameterException(commandLine, "--stack must name a stack");
        }
        ExtensionOptions.requireBetween(commandLine, "--concurrency", concurrency, 1,
                StepFunctionsConfig.MAX_CONCURRENCY, "");
        return ChosenTarget.workflow(new StepFunctionsConfig(Optional.ofNullable(stateMachineArn),
                Optional.ofNullable(stack), Optional.ofNullable(endpoint), Optional.ofNullable(extension.region),
                concurrency, extension.format));
    }
}
