package dev.adhoc.waittimes.cdk;

import dev.adhoc.waittimes.cdk.constructs.DeadLetterQueue;
import dev.adhoc.waittimes.cdk.constructs.OperationalAlarms;
import dev.adhoc.waittimes.cdk.constructs.OrderEventRule;
import dev.adhoc.waittimes.cdk.constructs.RecordOrderEventFunction;
import dev.adhoc.waittimes.cdk.constructs.RecordOrderEventWorkflow;
import dev.adhoc.waittimes.cdk.constructs.WaitTimesTable;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.events.EventBus;
import software.amazon.awscdk.services.events.IEventBus;
import software.constructs.Construct;

/**
 * The wait-times extension: a rule on the existing Serverlesspresso bus starts an Express workflow per consumed
 * event; the workflow calls the Java Lambda (which keeps order records and windows in DynamoDB) and emits
 * {@code OrderManager.DrinkAverageTime} back onto the bus. Failures and rejections go to one dead-letter queue.
 */
public final class WaitTimesStack extends Stack {

    /**
     * @param settings what to build (bus, mode, window, jar, ...)
     */
    public WaitTimesStack(Construct scope, String id, StackProps props, StackSettings settings) {
        super(scope, id, props);
        // Imported by name: the stack adds a rule to the bus and puts events on it, never creates or changes it.
        IEventBus bus = EventBus.fromEventBusName(this, "Bus", settings.busName());

        WaitTimesTable table = new WaitTimesTable(this, "WaitTimes", settings.retainTable());
        DeadLetterQueue deadLetters = new DeadLetterQueue(this, "DeadLetters");
        RecordOrderEventFunction function =
                new RecordOrderEventFunction(this, "RecordOrderEvent", table.table(), settings);
        RecordOrderEventWorkflow workflow = new RecordOrderEventWorkflow(this, "Workflow", function.alias(),
                deadLetters.queue(), bus, settings.workflowLogLevel(), settings.tracing());
        new OrderEventRule(this, "OrderEvents", bus, settings.completionMode(), workflow.stateMachine(),
                deadLetters.queue());
        new OperationalAlarms(this, "Alarms", deadLetters.queue(), workflow.stateMachine(), function.function());

        output("TableName", "The DynamoDB table (order records and windows)", table.table().getTableName());
        output("StateMachineArn", "The Express workflow; StartSyncExecution with an event returns the handler's result",
                workflow.stateMachine().getStateMachineArn());
        output("FunctionName", "The Lambda (invoked through its alias 'live')", function.function().getFunctionName());
        output("DeadLetterQueueUrl", "Failed, undeliverable and rejected events, with their reason",
                deadLetters.queue().getQueueUrl());
        output("EventBusName", "The bus the extension listens on and emits to", bus.getEventBusName());
    }

    private void output(String id, String description, String value) {
        CfnOutput.Builder.create(this, id).description(description).value(value).build();
    }
}
