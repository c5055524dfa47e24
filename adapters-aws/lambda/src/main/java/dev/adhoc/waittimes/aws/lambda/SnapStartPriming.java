package dev.adhoc.waittimes.aws.lambda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.adhoc.waittimes.aws.contract.ClockSkewRule;
import dev.adhoc.waittimes.aws.contract.OrderEventParser;
import dev.adhoc.waittimes.aws.contract.ParseResult;
import dev.adhoc.waittimes.aws.contract.PutEventsEntry;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Lambda SnapStart priming: before the snapshot is taken, runs the JSON and mapping paths once (parse and map
 * sample events, judge one against the clock-skew rule, map a sample update through the extension's output mapping,
 * serialize the output and a metrics document) so their
 * classes are loaded and initialized in the snapshot. Touches neither the stores nor any AWS service (a snapshot
 * must not hold connections or credentials), and publishes no metrics. Outside a CRaC runtime registering it does
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
    private final ClockSkewRule skew;
    private final Supplier<List<PutEventsEntry>> sampleEntries;
    private final InvocationMetrics metrics;

    private SnapStartPriming(ObjectMapper json, OrderEventParser parser, ClockSkewRule skew,
                             Supplier<List<PutEventsEntry>> sampleEntries, InvocationMetrics metrics) {
        this.json = Objects.requireNonNull(json, "json");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.skew = Objects.requireNonNull(skew, "skew");
        this.sampleEntries = Objects.requireNonNull(sampleEntries, "sampleEntries");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    /**
     * Creates the priming and registers it with CRaC. {@code sampleEntries} maps a sample update through the
     * extension's output mapping (it must touch no store). The caller must keep the reference: CRaC may hold resources
     * weakly.
     */
    static SnapStartPriming register(ObjectMapper json, OrderEventParser parser, ClockSkewRule skew,
                                     Supplier<List<PutEventsEntry>> sampleEntries, InvocationMetrics metrics) {
        SnapStartPriming priming = new SnapStartPriming(json, parser, skew, sampleEntries, metrics);
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
        if (!(skew.apply(parser.parse(SUBMITTED, "priming")) instanceof ParseResult.Parsed)) {
            throw new IllegalStateException("the priming event no longer parses");
        }
        metrics.prime();
        try {
            return json.writeValueAsString(HandlerOutput.accepted(sampleEntries.get()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize the priming output", e);
        }
    }
}
