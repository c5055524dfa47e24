package dev.adhoc.waittimes.extensions.throughput.acceptance;

import dev.adhoc.waittimes.extensions.throughput.Throughput;
import dev.adhoc.waittimes.extensiontesting.Stores;

/** The throughput scenarios on the DynamoDB adapters, over a local dynalite: a fresh table for each scenario. */
class DynamoDbThroughputScenariosTest extends ThroughputScenarios {
    @Override
    Stores stores() {
        return Stores.dynamoDb(Throughput.NAME, CLOCK);
    }
}
