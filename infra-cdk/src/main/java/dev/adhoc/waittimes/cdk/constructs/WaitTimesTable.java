package dev.adhoc.waittimes.cdk.constructs;

import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.BillingMode;
import software.amazon.awscdk.services.dynamodb.PointInTimeRecoverySpecification;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.dynamodb.TableEncryption;
import software.constructs.Construct;

/**
 * The one DynamoDB table: order records and windows under a string partition key {@code pk}; order records expire
 * through TTL on {@code expiresAt}. On-demand, because the load follows opening hours of pop-up bars and is zero
 * most of the time.
 */
public final class WaitTimesTable extends Construct {
    /** The partition key (string). */
    public static final String PARTITION_KEY = "pk";
    /** The TTL attribute (epoch seconds). */
    public static final String TTL_ATTRIBUTE = "expiresAt";

    private final Table table;

    /**
     * @param retain keep the table and its data when the stack is destroyed (otherwise it is deleted with it)
     */
    public WaitTimesTable(Construct scope, String id, boolean retain) {
        super(scope, id);
        this.table = Table.Builder.create(this, "Table")
                .partitionKey(Attribute.builder().name(PARTITION_KEY).type(AttributeType.STRING).build())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .timeToLiveAttribute(TTL_ATTRIBUTE)
                .pointInTimeRecoverySpecification(PointInTimeRecoverySpecification.builder()
                        .pointInTimeRecoveryEnabled(true).build())
                // AWS-owned key: encrypted at rest with no KMS request charges
                .encryption(TableEncryption.DEFAULT)
                .removalPolicy(retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY)
                .build();
    }

    /** @return the table */
    public Table table() {
        return table;
    }
}
