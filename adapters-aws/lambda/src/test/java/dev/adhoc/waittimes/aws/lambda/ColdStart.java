package dev.adhoc.waittimes.aws.lambda;

import dev.adhoc.waittimes.aws.dynamodb.DynamoDbClients;
import dev.adhoc.waittimes.aws.dynamodb.DynamoDbConfig;
import dev.adhoc.waittimes.testsupport.LambdaTestContext;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The Lambda's cold start as a whole process: JVM start → handler constructed (what Lambda's init phase does,
 * from the environment variables) → first event handled against a local DynamoDB. Run by
 * {@code benchmarks/lambda-cold-start.sh}, which starts dynalite and sets {@code TABLE_NAME},
 * {@code EVENT_BUS_NAME}, {@code AWS_ENDPOINT_URL_DYNAMODB} and dummy credentials. Not a test.
 *
 * <p>{@code ColdStart --create-table} only creates the table (outside the measured runs).
 */
public final class ColdStart {
    private ColdStart() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--create-table")) {
            DynamoDbConfig config = DynamoDbConfig.local(System.getenv("TABLE_NAME"),
                    URI.create(System.getenv("AWS_ENDPOINT_URL_DYNAMODB")));
            try (DynamoDbClient client = DynamoDbClients.create(config)) {
                config.table().createIfMissing(client);
            }
            return;
        }
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long mainEntered = System.currentTimeMillis();
        RecordOrderEventHandler handler = new RecordOrderEventHandler();
        long constructed = System.currentTimeMillis();
        String id = "cold-" + System.nanoTime();
        String event = "{\"version\":\"0\",\"id\":\"" + id + "\",\"detail-type\":\"OrderManager.WaitingCompletion\","
                + "\"source\":\"awsserverlessda.serverlesspresso\",\"account\":\"123456789012\","
                + "\"time\":\"2026-11-27T12:00:00Z\",\"region\":\"us-west-2\",\"resources\":[],\"detail\":{"
                + "\"orderId\":\"" + id + "\",\"eventId\":\"NYC\",\"drinkOrder\":{\"drink\":\"Caffe Latte\"}}}";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out,
                new LambdaTestContext("cold-start"));
        long handled = System.currentTimeMillis();
        if (!out.toString(StandardCharsets.UTF_8).contains("\"ACCEPTED\"")) {
            throw new IllegalStateException("first event not accepted: " + out);
        }
        System.out.printf("jvm_to_main_ms=%d init_ms=%d first_event_ms=%d jvm_to_first_event_ms=%d%n",
                mainEntered - jvmStart, constructed - mainEntered, handled - constructed, handled - jvmStart);
    }
}
