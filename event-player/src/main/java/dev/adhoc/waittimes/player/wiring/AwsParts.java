package dev.adhoc.waittimes.player.wiring;

import dev.adhoc.waittimes.core.domain.CompletionMode;
import dev.adhoc.waittimes.core.domain.WaitTimeUpdate;
import dev.adhoc.waittimes.core.port.out.WaitTimePublisher;

import java.util.List;
import java.util.function.Function;

/** TEMPORARY: the adapters-aws parts, wired in when the contract and DynamoDB adapters land. */
final class AwsParts {
    private AwsParts() {
    }

    static EventDecoder decoder(CompletionMode mode) {
        throw new UnsupportedOperationException("the contract parser has not landed yet");
    }

    static Function<WaitTimeUpdate, String> updateLine(String bus) {
        throw new UnsupportedOperationException("the contract's entries have not landed yet");
    }

    static StateStore dynamoDbStore(ExtensionConfig config, List<AutoCloseable> resources) {
        throw new UnsupportedOperationException("the DynamoDB adapter has not landed yet");
    }

    static software.amazon.awssdk.services.eventbridge.EventBridgeClient eventBridgeClient(ExtensionConfig config) {
        throw new UnsupportedOperationException("the EventBridge clients have not landed yet");
    }

    static WaitTimePublisher eventBridgePublisher(ExtensionConfig config, List<AutoCloseable> resources) {
        throw new UnsupportedOperationException("the EventBridge publisher has not landed yet");
    }
}
