package dev.adhoc.waittimes.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Least privilege, checked as a whole: the complete list of IAM statements of the template (identity, resource and
 * trust policies) is exactly this one. Any grant added by a future change shows up here for review. (cdk.json's
 * {@code @aws-cdk/aws-iam:minimizePolicies} merges statements with the same resources and sorts their actions.)
 */
class IamStatementsTest {
    private static final TemplateReader READER =
            new TemplateReader(SynthesizedStack.withDefaults().template().toJSON());

    /** Actions that support no resource-level permissions, so their services require Resource "*". */
    private static final Set<String> ACTIONS_WITHOUT_RESOURCES = Set.of(
            "xray:PutTraceSegments", "xray:PutTelemetryRecords", "xray:GetSamplingRules", "xray:GetSamplingTargets",
            "logs:CreateLogDelivery", "logs:GetLogDelivery", "logs:UpdateLogDelivery", "logs:DeleteLogDelivery",
            "logs:ListLogDeliveries", "logs:PutResourcePolicy", "logs:DescribeResourcePolicies",
            "logs:DescribeLogGroups");

    private static final String IN_THIS_ACCOUNT = " if {StringEquals={aws:SourceAccount=${AWS::AccountId}}}";

    @Test
    void everyStatementOfTheTemplateIsOneOfThese() {
        assertThat(READER.iamStatements()).containsExactly(
                "AlarmTopicPolicy: Allow {Service=cloudwatch.amazonaws.com} [sns:Publish] on [Ref(AlarmTopic)]"
                        + " if {ArnLike={aws:SourceArn=arn:${AWS::Partition}:cloudwatch:${AWS::Region}:"
                        + "${AWS::AccountId}:alarm:*}, StringEquals={aws:SourceAccount=${AWS::AccountId}}}",
                "AlarmTopicPolicy: Deny * [sns:Publish] on [Ref(AlarmTopic)] if {Bool={aws:SecureTransport=false}}",
                "DeadLettersQueuePolicy: Allow {Service=events.amazonaws.com} [sqs:SendMessage]"
                        + " on [DeadLettersQueue.Arn] if {ArnEquals={aws:SourceArn=OrderEventsRule.Arn}}",
                "DeadLettersQueuePolicy: Deny {AWS=*} [sqs:*] on [DeadLettersQueue.Arn]"
                        + " if {Bool={aws:SecureTransport=false}}",
                "OrderEventsStartWorkflowRole (trust): Allow {Service=events.amazonaws.com} [sts:AssumeRole]"
                        + IN_THIS_ACCOUNT,
                "OrderEventsStartWorkflowRoleDefaultPolicy: Allow [states:StartExecution]"
                        + " on [Ref(WorkflowStateMachine)]",
                "RecordOrderEventRole (trust): Allow {Service=lambda.amazonaws.com} [sts:AssumeRole]"
                        + IN_THIS_ACCOUNT,
                "RecordOrderEventRoleDefaultPolicy: Allow [dynamodb:GetItem, dynamodb:PutItem, dynamodb:UpdateItem]"
                        + " on [WaitTimesTable.Arn]",
                "RecordOrderEventRoleDefaultPolicy: Allow [dynamodb:Query] on [WaitTimesTable.Arn/index/rank]",
                "RecordOrderEventRoleDefaultPolicy: Allow [logs:CreateLogStream, logs:PutLogEvents]"
                        + " on [RecordOrderEventLogs.Arn]",
                "RecordOrderEventRoleDefaultPolicy: Allow [xray:PutTelemetryRecords, xray:PutTraceSegments] on [*]",
                "RejectionsQueuePolicy: Deny {AWS=*} [sqs:*] on [RejectionsQueue.Arn]"
                        + " if {Bool={aws:SecureTransport=false}}",
                "WorkflowStateMachineRole (trust): Allow {Service=states.amazonaws.com} [sts:AssumeRole]"
                        + IN_THIS_ACCOUNT,
                "WorkflowStateMachineRoleDefaultPolicy: Allow [events:PutEvents] on [arn:${AWS::Partition}:events:"
                        + "${AWS::Region}:${AWS::AccountId}:event-bus/Serverlesspresso]"
                        + " if {StringEquals={events:detail-type=[OrderManager.DrinkAverageTime],"
                        + " events:source=awsserverlessda.serverlesspresso}}",
                "WorkflowStateMachineRoleDefaultPolicy: Allow [lambda:InvokeFunction] on [Ref(RecordOrderEventAlias)]",
                "WorkflowStateMachineRoleDefaultPolicy: Allow [logs:CreateLogDelivery, logs:DeleteLogDelivery,"
                        + " logs:DescribeLogGroups, logs:DescribeResourcePolicies, logs:GetLogDelivery,"
                        + " logs:ListLogDeliveries, logs:PutResourcePolicy, logs:UpdateLogDelivery,"
                        + " xray:GetSamplingRules, xray:GetSamplingTargets, xray:PutTelemetryRecords,"
                        + " xray:PutTraceSegments] on [*]",
                "WorkflowStateMachineRoleDefaultPolicy: Allow [sqs:SendMessage]"
                        + " on [DeadLettersQueue.Arn, RejectionsQueue.Arn]");
    }

    @Test
    void everyServiceRoleTrustsItsServiceOnlyOnBehalfOfThisAccount() {
        List<String> trusts = READER.iamStatements().stream().filter(line -> line.contains(" (trust): ")).toList();
        assertThat(trusts).hasSize(3).allSatisfy(line -> assertThat(line).endsWith(IN_THIS_ACCOUNT));
    }

    @Test
    void theWorkflowMayPutOnlyTheExtensionsOwnEventsOnTheBus() {
        assertThat(READER.iamStatements()).filteredOn(line -> line.contains("events:PutEvents")).singleElement()
                .satisfies(line -> assertThat(line).endsWith(" if {StringEquals={events:detail-type="
                        + EmittedEvents.detailTypes(Extension.WAIT_TIMES) + ", events:source=" + EmittedEvents.SOURCE + "}}"));
        assertThat(EmittedEvents.detailTypes(Extension.WAIT_TIMES)).noneMatch(type -> type.matches("OrderManager\\.Order.*-COMPLETED")
                || OrderEventPattern.EXACT_DETAIL_TYPES.contains(type) || type.contains("*"));
    }

    @Test
    void resourceStarIsGrantedOnlyForActionsThatSupportNoResourceLevelPermissions() {
        List<String> starGrants = READER.iamStatements().stream()
                .filter(line -> line.contains(": Allow ") && line.endsWith(" on [*]")).toList();
        assertThat(starGrants).isNotEmpty().allSatisfy(line -> {
            String actions = line.substring(line.indexOf('[') + 1, line.indexOf(']'));
            assertThat(Set.of(actions.split(", "))).isSubsetOf(ACTIONS_WITHOUT_RESOURCES);
        });
    }

    @Test
    void theFunctionQueriesOnlyTheRankIndexAndCanNeitherScanNorDeleteNorPutEvents() {
        List<String> function = READER.iamStatements().stream().filter(line -> line.startsWith("RecordOrderEventRole"))
                .toList();
        assertThat(function).filteredOn(line -> line.contains("dynamodb:Query")).singleElement()
                .satisfies(line -> assertThat(line).endsWith("Allow [dynamodb:Query] on [WaitTimesTable.Arn/index/rank]"));
        assertThat(function).noneMatch(line -> line.contains("dynamodb:Scan") || line.contains("dynamodb:DeleteItem")
                || line.contains("dynamodb:*") || line.contains("index/*") || line.contains("events:"));
    }

    @Test
    void noRoleCarriesAManagedOrInlinePolicy() {
        assertThat(READER.iamStatements()).noneMatch(line -> line.contains("inline or managed policies"));
    }
}
