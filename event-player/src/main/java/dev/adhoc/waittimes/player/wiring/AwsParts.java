package dev.adhoc.waittimes.player.wiring;

import dev.adhoc.waittimes.aws.contract.WaitTimeEntries;
import dev.adhoc.waittimes.aws.eventbridge.EventBridgeWaitTimePublisher;
import dev.adhoc.waittimes.core.port.out.WaitTimePublisher;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

import java.util.List;

/** The adapters-aws parts a run may use: the DynamoDB store and the EventBridge publisher. */
final class AwsParts {
    private AwsParts() {
    }

    static StateStore dynamoDbStore(ExtensionConfig config, List<AutoCloseable> resources) {
        throw new UnsupportedOperationException("the DynamoDB adapter has not landed yet");
    }

    static WaitTimePublisher eventBridgePublisher(ExtensionConfig config, WaitTimeEntries entries,
                                                  List<AutoCloseable> resources) {
        EventBridgeClient client = AwsClients.eventBridge(config);
        resources.add(client);
        return new EventBridgeWaitTimePublisher(client, entries);
    }
}
