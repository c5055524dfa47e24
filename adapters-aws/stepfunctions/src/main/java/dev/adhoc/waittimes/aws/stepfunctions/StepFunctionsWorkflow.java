package dev.adhoc.waittimes.aws.stepfunctions;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.StartSyncExecutionResponse;

import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The deployed Express workflow, one event at a time: {@link #run(String)} starts a synchronous execution with the
 * EventBridge event as input and returns what it did. Thread-safe; the SDK client is shared by concurrent runs.
 *
 * <pre>{@code
 * try (StepFunctionsWorkflow workflow = StepFunctionsWorkflow.fromSystemProperties()) {  // -Dwaittimes.stack=...
 *     WorkflowOutcome outcome = workflow.run(eventJson);
 * }
 * }</pre>
 */
public final class StepFunctionsWorkflow implements AutoCloseable {
    /** System property: the state machine's ARN; wins over {@value #STACK_PROPERTY}. */
    public static final String STATE_MACHINE_ARN_PROPERTY = "waittimes.stateMachineArn";
    /** System property: the stack whose {@code StateMachineArn} output names the state machine. */
    public static final String STACK_PROPERTY = "waittimes.stack";

    private final SfnClient client;
    private final String stateMachineArn;
    private final ExecutionNames names;
    private final boolean ownsClient;

    private StepFunctionsWorkflow(SfnClient client, String stateMachineArn, ExecutionNames names, boolean ownsClient) {
        this.client = Objects.requireNonNull(client, "client");
        this.stateMachineArn = Objects.requireNonNull(stateMachineArn, "stateMachineArn");
        this.names = Objects.requireNonNull(names, "names");
        this.ownsClient = ownsClient;
    }

    /** @return a workflow on a client the caller keeps and closes */
    public static StepFunctionsWorkflow using(SfnClient client, String stateMachineArn) {
        return new StepFunctionsWorkflow(client, stateMachineArn, new ExecutionNames(), false);
    }

    /** @return a workflow with its own client, closed by {@link #close()} */
    public static StepFunctionsWorkflow connect(StepFunctionsSettings settings, String stateMachineArn) {
        return new StepFunctionsWorkflow(StepFunctionsClients.stepFunctions(settings), stateMachineArn,
                new ExecutionNames(), true);
    }

    /** @return a workflow with its own client, on the state machine of the stack's {@code StateMachineArn} output */
    public static StepFunctionsWorkflow connectToStack(StepFunctionsSettings settings, String stackName) {
        try (CloudFormationClient cloudFormation = StepFunctionsClients.cloudFormation(settings)) {
            return connect(settings, StackOutputs.describe(cloudFormation, stackName).stateMachineArn());
        }
    }

    /**
     * The one-liner for drivers: the state machine from {@value #STATE_MACHINE_ARN_PROPERTY}, else from the outputs of
     * the stack {@value #STACK_PROPERTY}; endpoint and region as {@link StepFunctionsSettings#fromProperties} reads.
     *
     * @throws IllegalStateException if neither property is set
     */
    public static StepFunctionsWorkflow fromProperties(Map<String, String> properties) {
        StepFunctionsSettings settings = StepFunctionsSettings.fromProperties(properties);
        String arn = properties.get(STATE_MACHINE_ARN_PROPERTY);
        if (arn != null && !arn.isBlank()) {
            return connect(settings, arn.trim());
        }
        String stack = properties.get(STACK_PROPERTY);
        if (stack != null && !stack.isBlank()) {
            return connectToStack(settings, stack.trim());
        }
        throw new IllegalStateException("set -D" + STATE_MACHINE_ARN_PROPERTY + "=<state machine ARN> or -D"
                + STACK_PROPERTY + "=<stack name> to name the deployed workflow");
    }

    /** @return {@link #fromProperties} of the system properties */
    public static StepFunctionsWorkflow fromSystemProperties() {
        Properties system = System.getProperties();
        return fromProperties(system.stringPropertyNames().stream()
                .collect(Collectors.toMap(name -> name, system::getProperty)));
    }

    /**
     * Runs one event through the workflow and waits for the execution to end.
     *
     * @param eventJson the EventBridge event, exactly as the bus delivers it; it is the execution's input unchanged
     * @return what the execution did: updates emitted, the event rejected, or the execution failed or timed out
     * @throws WorkflowCallException              if the call failed (after retrying throttling): nothing ran, or
     *                                            after a server or connection error, maybe something did
     * @throws UnexpectedWorkflowOutputException  if the execution's response is not the handler's result
     */
    public WorkflowOutcome run(String eventJson) {
        Objects.requireNonNull(eventJson, "eventJson");
        String name = names.forEvent(eventJson);
        StartSyncExecutionResponse response;
        try {
            response = client.startSyncExecution(b -> b.stateMachineArn(stateMachineArn).name(name).input(eventJson));
        } catch (SdkException e) {
            throw new WorkflowCallException(stateMachineArn, name, e);
        }
        return ExecutionResults.outcomeOf(response);
    }

    /** @return the state machine this workflow runs */
    public String stateMachineArn() {
        return stateMachineArn;
    }

    /** Closes the client if this workflow created it. */
    @Override
    public void close() {
        if (ownsClient) {
            client.close();
        }
    }
}
