package dev.adhoc.waittimes.acceptance.reliability;

import dev.adhoc.waittimes.acceptance.drivers.DynamoDbStores;
import dev.adhoc.waittimes.acceptance.drivers.LambdaHandlerDriver;
import dev.adhoc.waittimes.core.waittimes.CompletionMode;

import java.util.List;

/** The chaos replay with the DynamoDB store over dynalite behind the handler. */
class DynamoDbChaosReplayTest extends ChaosReplay {
    private DynamoDbStores stores;

    @Override
    protected LambdaHandlerDriver driver() {
        return new LambdaHandlerDriver(() -> stores = new DynamoDbStores());
    }

    @Override
    protected int defaultOrders() {
        return 600;
    }

    @Override
    protected List<CompletionMode> modes() {
        return List.of(CompletionMode.COMPLETED);
    }

    @Override
    protected String name() {
        return "chaos-dynamodb";
    }

    @Override
    protected String extraFigures() {
        return " dynamodbRequests=" + stores.meter().snapshot().totalRequests()
                + " refusedIndexWrites=" + stores.meter().snapshot().refused("PutItem");
    }
}
