package dev.adhoc.waittimes.cdk.constructs;

import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/** The stack's log groups: named after the stack, kept a month, and deleted with the stack. */
final class MonthLogGroup {
    private MonthLogGroup() {
    }

    /**
     * @param scope the construct the log group belongs to (its id is {@code Logs})
     * @param name  the log group's name
     * @return the log group
     */
    static LogGroup create(Construct scope, String name) {
        return LogGroup.Builder.create(scope, "Logs")
                .logGroupName(name)
                .retention(RetentionDays.ONE_MONTH)
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
    }
}
