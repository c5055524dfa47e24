package dev.adhoc.waittimes.aws.stepfunctions;

import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Output;
import software.amazon.awssdk.services.cloudformation.model.Stack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outputs of the deployed stack ({@code TableName}, {@code StateMachineArn}, {@code FunctionName},
 * {@code DeadLetterQueueUrl}, ...), read once with {@code DescribeStacks}.
 *
 * @param stackName the stack's name
 * @param values    output key to output value, in the stack's order
 */
public record StackOutputs(String stackName, Map<String, String> values) {
    /** The output key of the workflow's ARN. */
    public static final String STATE_MACHINE_ARN = "StateMachineArn";

    /** Copies the values. */
    public StackOutputs {
        Objects.requireNonNull(stackName, "stackName");
        values = Map.copyOf(values);
    }

    /**
     * Reads a stack's outputs (needs {@code cloudformation:DescribeStacks} on the stack).
     *
     * @throws software.amazon.awssdk.services.cloudformation.model.CloudFormationException if the stack does not
     *         exist or cannot be read
     */
    public static StackOutputs describe(CloudFormationClient cloudFormation, String stackName) {
        List<Stack> stacks = cloudFormation.describeStacks(b -> b.stackName(stackName)).stacks();
        if (stacks.isEmpty()) {
            throw new IllegalStateException("stack " + stackName + " was not found");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Output output : stacks.get(0).outputs()) {
            if (output.outputKey() != null && output.outputValue() != null) {
                values.put(output.outputKey(), output.outputValue());
            }
        }
        return new StackOutputs(stackName, values);
    }

    /**
     * @return the output's value
     * @throws IllegalStateException naming the stack and the keys it has, if it has no such output
     */
    public String value(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalStateException("stack " + stackName + " has no output " + key
                    + " (outputs: " + values.keySet().stream().sorted().toList() + ")");
        }
        return value;
    }

    /** @return the {@value #STATE_MACHINE_ARN} output */
    public String stateMachineArn() {
        return value(STATE_MACHINE_ARN);
    }
}
