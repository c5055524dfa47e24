package dev.adhoc.waittimes.aws.contract;

import dev.adhoc.waittimes.aws.contract.ConsumedDetailTypes.Kind;
import dev.adhoc.waittimes.core.waittimes.CompletionMode;
import dev.adhoc.waittimes.core.domain.OrderEvent;

/** The README's example of the contract module, compiled and run by {@link ReadmeContractExampleTest}. */
final class ReadTheBusFromYourExtension {
    private ReadTheBusFromYourExtension() {
    }

    /** What the example hands each parsed event to. */
    interface YourExtension {
        void handle(OrderEvent event, String barista);
    }

    static void read(String eventJson, YourExtension yourExtension) {
        // tag::example[]
        DetailTypeRegistry detailTypes = DetailTypeRegistry.defaults(CompletionMode.COMPLETED).toBuilder()
                .register("Kiosk.Order<tenant>-PICKED-UP", Kind.COMPLETED)   // your own detail-type
                .build();
        OrderEventParser parser = new OrderEventParser(detailTypes);

        ParseResult result = parser.parse(eventJson, "line 1");
        if (result instanceof ParseResult.Parsed parsed) {
            OrderEvent event = parsed.event();      // OrderSubmitted, OrderClaimed, OrderCompleted or OrderClosed
            String barista = parsed.detail().path("baristaUserId").asText();   // a field the contract does not bind
            yourExtension.handle(event, barista);
        }
        // end::example[]
    }
}
