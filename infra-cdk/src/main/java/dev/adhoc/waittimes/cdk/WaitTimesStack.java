package dev.adhoc.waittimes.cdk;

import dev.adhoc.waittimes.cdk.constructs.AlarmTopic;
import dev.adhoc.waittimes.cdk.constructs.DeadLetterQueue;
import dev.adhoc.waittimes.cdk.constructs.OperationalAlarms;
import dev.adhoc.waittimes.cdk.constructs.OrderEventRule;
import dev.adhoc.waittimes.cdk.constructs.RecordOrderEventFunction;
import dev.adhoc.waittimes.cdk.constructs.RecordOrderEventWorkflow;
import dev.adhoc.waittimes.cdk.constructs.RejectionQueue;
import dev.adhoc.waittimes.cdk.constructs.WaitTimesTable;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.events.EventBus;
import software.amazon.awscdk.services.events.IEventBus;
import software.constructs.Construct;

/**
 * One extension's stack (wait times unless {@link StackSettings#extension()} says otherwise): a rule on the existing
 * Serverlesspresso bus starts an Express workflow per consumed event; the workflow calls the Java Lambda (which keeps
 * order records and windows in DynamoDB) and emits the extension's event ({@code OrderManager.DrinkAverageTime} for
 * wait times) back onto the bus. Failures go to a dead-letter queue, rejections to a queue
 * of their own; alarms notify a topic. Deployed for tests, it creates a bus of its own instead.
 */
public final class WaitTimesStack extends Stack {

    /**
     * @param settings what to build (bus, mode, window, jar, ...)
     */
    public WaitTimesStack(Construct scope, String id, StackProps props, StackSettings settings) {
        super(scope, id, props);
        IEventBus bus = bus(settings);

        WaitTimesTable table = new WaitTimesTable(this, "WaitTimes", settings.retainTable());
        DeadLetterQueue deadLetters = new DeadLetterQueue(this, "DeadLetters");
        RejectionQueue rejections = new RejectionQueue(this, "Rejections");
        RecordOrderEventFunction function =
                new RecordOrderEventFunction(this, "RecordOrderEvent", table.table(), settings);
        RecordOrderEventWorkflow workflow = new RecordOrderEventWorkflow(this, "Workflow", function.alias(),
                deadLetters.queue(), rejections.queue(), bus, settings);
        OrderEventRule rule = new OrderEventRule(this, "OrderEvents", bus, settings.completionMode(),
                settings.extension().contextValue(), workflow.stateMachine(), deadLetters.queue());
        AlarmTopic alarmTopic = new AlarmTopic(this, "AlarmTopic", settings.alarmEmail());
        new OperationalAlarms(this, "Alarms", new OperationalAlarms.Watched(deadLetters.queue(),
                workflow.stateMachine(), function.function(), table.table(), rule.rule(), bus), alarmTopic.topic(),
                settings.stackName(), RecordOrderEventFunction.METRICS_NAMESPACE);

        output("TableName", "The DynamoDB table (order records and windows)", table.table().getTableName());
        output("StateMachineArn", "The Express workflow; StartSyncExecution with an event returns the handler's result",
                workflow.stateMachine().getStateMachineArn());
        output("FunctionName", "The Lambda (invoked through its alias 'live')", function.function().getFunctionName());
        output("DeadLetterQueueUrl", "Failed and undeliverable events, and unemitted entries, with their reason",
                deadLetters.queue().getQueueUrl());
        output("RejectionQueueUrl", "Rejected events: the rejection's id, reason and message, without the event",
                rejections.queue().getQueueUrl());
        output("AlarmTopicArn", "Every alarm notifies this topic: subscribe to it", alarmTopic.topic().getTopicArn());
        output("EventBusName", "The bus the extension listens on and emits to", bus.getEventBusName());
    }

    /**
     * The production bus is imported by name: the stack adds a rule to it and puts its own events on it, never
     * creates or changes it. A stack deployed for tests creates its own, and never touches the production bus.
     */
    private IEventBus bus(StackSettings settings) {
        if (!settings.createTestBus()) {
            return EventBus.fromEventBusName(this, "Bus", settings.busName());
        }
        EventBus testBus = EventBus.Builder.create(this, "TestBus")
                .eventBusName(settings.busName())
                .description("Test bus of the " + settings.extension().contextValue() + " stack " + settings.stackName()
                        + "; goes with the stack")
                .build();
        testBus.applyRemovalPolicy(RemovalPolicy.DESTROY);
        return testBus;
    }

    private void output(String id, String description, String value) {
        CfnOutput.Builder.create(this, id).description(description).value(value).build();
    }
}
