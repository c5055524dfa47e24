package dev.adhoc.waittimes.cdk.constructs;

import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.BillingMode;
import software.amazon.awscdk.services.dynamodb.LocalSecondaryIndexProps;
import software.amazon.awscdk.services.dynamodb.ProjectionType;
import software.amazon.awscdk.services.dynamodb.PointInTimeRecoverySpecification;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.dynamodb.TableEncryption;
import software.constructs.Construct;

/**
 * The one DynamoDB table: order records and sample indexes under a string partition key {@code pk} and a binary sort
 * key {@code sk}, with the local secondary index {@code rank} (binary sort key, all attributes) that orders a key's
 * samples latest first (docs/adr/0012). Everything expires through TTL on {@code expiresAt}. On-demand, because the
 * load follows opening hours of pop-up bars and is zero most of the time.
 */
public final class WaitTimesTable extends Construct {
    /** The partition key (string). */
    public static final String PARTITION_KEY = "pk";
    /** The sort key (binary). */
    public static final String SORT_KEY = "sk";
    /** The local secondary index that ranks a key's samples, and its sort key (binary). */
    public static final String RANK_INDEX = "rank";
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
                .sortKey(Attribute.builder().name(SORT_KEY).type(AttributeType.BINARY).build())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .timeToLiveAttribute(TTL_ATTRIBUTE)
                .pointInTimeRecoverySpecification(PointInTimeRecoverySpecification.builder()
                        .pointInTimeRecoveryEnabled(true).build())
                // AWS-owned key: encrypted at rest with no KMS request charges
                .encryption(TableEncryption.DEFAULT)
                .removalPolicy(retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY)
                .build();
        table.addLocalSecondaryIndex(LocalSecondaryIndexProps.builder().indexName(RANK_INDEX)
                .sortKey(Attribute.builder().name(RANK_INDEX).type(AttributeType.BINARY).build())
                .projectionType(ProjectionType.ALL).build());
    }

    /** @return the table */
    public Table table() {
        return table;
    }
}
