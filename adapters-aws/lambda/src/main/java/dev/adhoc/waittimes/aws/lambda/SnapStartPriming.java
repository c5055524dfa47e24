package dev.adhoc.waittimes.aws.lambda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.adhoc.waittimes.aws.contract.OrderEventParser;
import dev.adhoc.waittimes.aws.contract.ParseResult;
import dev.adhoc.waittimes.aws.contract.WaitTimeEntries;
import dev.adhoc.waittimes.core.domain.Drink;
import dev.adhoc.waittimes.core.domain.LatestCompletions;
import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.domain.WaitSample;
import dev.adhoc.waittimes.core.domain.WaitTimeUpdate;
import dev.adhoc.waittimes.core.domain.Window;
import dev.adhoc.waittimes.core.domain.WindowKey;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Lambda SnapStart priming: before the snapshot is taken, runs the JSON and mapping paths once (parse and map
 * sample events, serialize a sample output) so their classes are loaded and initialized in the snapshot. Touches
 * no AWS service: a snapshot must not hold connections or credentials. Outside a CRaC runtime registering it does
 * nothing.
 */
final class SnapStartPriming implements Resource {
    private static final String SUBMITTED = """
            {"version":"0","id":"priming-1","detail-type":"OrderManager.WaitingCompletion",
             "source":"awsserverlessda.serverlesspresso","account":"000000000000","time":"2022-10-14T12:54:09Z",
             "region":"us-west-2","resources":[],
             "detail":{"orderId":"priming","eventId":"priming","drinkOrder":{"drink":"Caffe Latte"}}}""";
    private static final String COMPLETED = """
            {"version":"0","id":"priming-2","detail-type":"OrderManager.Orderpriming-COMPLETED",
             "source":"awsserverlessda.serverlesspresso","account":"000000000000","time":"2022-10-14T12:55:09Z",
             "region":"us-west-2","resources":[],
             "detail":{"orderId":"priming","eventId":"priming","ORDERSTATE":"priming-COMPLETED"}}""";

    private final ObjectMapper json;
    private final OrderEventParser parser;
    private final WaitTimeEntries entries;

    private SnapStartPriming(ObjectMapper json, OrderEventParser parser, WaitTimeEntries entries) {
        this.json = Objects.requireNonNull(json, "json");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.entries = Objects.requireNonNull(entries, "entries");
    }

    /**
     * Creates the priming and registers it with CRaC. The caller must keep the reference: CRaC may hold resources
     * weakly.
     */
    static SnapStartPriming register(ObjectMapper json, OrderEventParser parser, WaitTimeEntries entries) {
        SnapStartPriming priming = new SnapStartPriming(json, parser, entries);
        Core.getGlobalContext().register(priming);
        return priming;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        prime();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // nothing to restore: priming holds no connection
    }

    /** @return the sample output it serialized (for tests) */
    String prime() {
        for (String event : List.of(SUBMITTED, COMPLETED, "{}", "not json")) {
            parser.parse(event, "priming");
        }
        if (!(parser.parse(SUBMITTED, "priming") instanceof ParseResult.Parsed)) {
            throw new IllegalStateException("the priming event no longer parses");
        }
        WindowKey key = new WindowKey(new TenantId("priming"), new Drink("Caffe Latte"));
        Window window = new Window(List.of(new WaitSample(new OrderId("priming"),
                Instant.parse("2022-10-14T12:54:09Z"), Instant.parse("2022-10-14T12:55:09Z"))));
        WaitTimeUpdate update = WaitTimeUpdate.of(key, window, new LatestCompletions(10));
        try {
            return json.writeValueAsString(HandlerOutput.accepted(entries.entries(List.of(update))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize the priming output", e);
        }
    }
}
