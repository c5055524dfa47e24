package dev.adhoc.waittimes.aws.lambda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.adhoc.waittimes.aws.contract.ClockSkewRule;
import dev.adhoc.waittimes.aws.contract.OrderEventParser;
import dev.adhoc.waittimes.aws.contract.ParseResult;
import dev.adhoc.waittimes.aws.contract.PutEventsEntry;
import dev.adhoc.waittimes.core.domain.Drink;
import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.engine.Configuration;
import dev.adhoc.waittimes.core.engine.Sample;
import dev.adhoc.waittimes.core.engine.Update;
import dev.adhoc.waittimes.core.engine.Window;
import dev.adhoc.waittimes.core.engine.WindowKey;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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

    /**
     * @param config the extension's engine configuration
     * @return a one-order window of a minute's wait (the priming order of the events above), as it follows an empty
     *         one: the update priming maps through the extension's output mapping
     */
    static <F> Update<F> sampleUpdate(Configuration<F> config) {
        TenantId tenant = new TenantId("priming");
        WindowKey key = config.counting().key(tenant, Optional.of(new Drink("Caffe Latte")))
                .orElse(WindowKey.tenantWide(tenant));
        Window window = new Window(List.of(new Sample(new OrderId("priming"), Instant.parse("2022-10-14T12:55:09Z"),
                60_000)));
        return new Update<>(key, config.summary().of(Window.empty()), config.summary().of(window), window, "priming");
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
