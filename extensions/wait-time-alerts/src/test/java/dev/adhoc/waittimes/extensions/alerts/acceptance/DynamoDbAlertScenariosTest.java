package dev.adhoc.waittimes.extensions.alerts.acceptance;

import dev.adhoc.waittimes.extensions.alerts.WaitTimeAlerts;
import dev.adhoc.waittimes.extensiontesting.Stores;

/** The alert scenarios on the DynamoDB adapters, over a local dynalite: a fresh table for each scenario. */
class DynamoDbAlertScenariosTest extends AlertScenarios {
    @Override
    Stores stores() {
        return Stores.dynamoDb(WaitTimeAlerts.NAME, CLOCK);
    }
}
