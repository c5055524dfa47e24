package dev.adhoc.waittimes.aws.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.adhoc.waittimes.aws.contract.ClockSkewRule;
import dev.adhoc.waittimes.aws.contract.ContractJson;
import dev.adhoc.waittimes.aws.contract.EntryMapping;
import dev.adhoc.waittimes.aws.contract.OrderEventParser;
import dev.adhoc.waittimes.aws.contract.ParseResult;
import dev.adhoc.waittimes.aws.contract.PutEventsEntry;
import dev.adhoc.waittimes.core.domain.OrderEvent;
import dev.adhoc.waittimes.core.domain.Rejection;
import dev.adhoc.waittimes.core.engine.Configuration;
import dev.adhoc.waittimes.core.engine.Engine;
import dev.adhoc.waittimes.core.engine.Recorded;
import dev.adhoc.waittimes.core.engine.Update;
import dev.adhoc.waittimes.core.engine.port.OrderRecords;
import dev.adhoc.waittimes.core.engine.port.SampleIndex;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Lambda the Step Functions task calls with one EventBridge event (ADR 0003), for any extension on core's engine:
 * built from the extension's engine {@link Configuration} and its output mapping ({@link EntryMapping}), it parses
 * the event, records it with the {@link Engine}, and returns {@link HandlerOutput} as JSON — the {@code PutEvents}
 * entries for the workflow to emit, or why the event was ignored or rejected. {@link RecordOrderEventHandler} (wait
 * times), {@link WaitTimeAlertsHandler} and {@link ThroughputHandler} are its instances Lambda constructs.
 *
 * <p>A stream handler: the JSON is read and written by our own Jackson configuration, not by the runtime's
 * reflective serializer. Bad input never throws: it is a {@code REJECTED} output with every rejection and its id,
 * each logged once. An event dated more than the allowed skew ahead of the processing clock is rejected
 * ({@code TIME_AHEAD_OF_CLOCK}, {@link ClockSkewRule}); an event above the contract's size is rejected unread.
 * Storage failures do throw, for the task's retry and then its catch. Each invocation ends by publishing its metrics
 * ({@link InvocationMetrics}), failed ones too.
 *
 * <p>The stores are the extension's own: a wiring keys them with the configuration's name as prefix
 * ({@link LambdaWiring#orders}), so the extensions can share one table without seeing each other's state.
 *
 * <p>Nothing the handler logs or publishes carries an event's {@code userId}: the log lines hold the event's id, the
 * command and the rejection, the metrics hold counts and durations.
 *
 * <p>Everything heavy (JSON mapper, MapStruct mappers, SDK clients) is built once per container, in the constructor;
 * SnapStart priming ({@link SnapStartPriming}) runs the parse and output paths before the snapshot.
 *
 * @param <F> the extension's figures
 */
public class OrderEventFunction<F> implements RequestStreamHandler {
    private final ObjectMapper json;
    private final OrderEventParser parser;
    private final ClockSkewRule skew;
    private final EntryMapping<F> mapping;
    private final InvocationLog log;
    private final Engine<F> engine;
    private final InvocationMetrics metrics;
    private final SnapStartPriming priming; // a strong reference: CRaC may hold resources weakly

    /**
     * @param config  the extension's engine configuration
     * @param mapping the extension's output mapping
     * @param wiring  the settings, the DynamoDB stores (under the configuration's name) and the metrics
     */
    public OrderEventFunction(Configuration<F> config, EntryMapping<F> mapping, LambdaWiring wiring) {
        this(config, mapping, wiring.settings(), wiring.orders(config.name()), wiring.samples(config.name()),
                Clock.systemUTC(), wiring.metrics());
    }

    /**
     * @param config   the extension's engine configuration
     * @param mapping  the extension's output mapping
     * @param settings the bus, completion mode, clock skew and metrics names
     * @param orders   the extension's storage of order records
     * @param samples  the extension's storage of the counted samples
     * @param clock    the processing clock: it dates record expiry and judges events dated ahead of it
     * @param metrics  where each invocation's metrics go
     */
    public OrderEventFunction(Configuration<F> config, EntryMapping<F> mapping, LambdaSettings settings,
                              OrderRecords orders, SampleIndex samples, Clock clock, InvocationMetrics metrics) {
        this.json = ContractJson.newMapper();
        this.parser = new OrderEventParser(json, settings.waitTimes().completionMode());
        this.skew = new ClockSkewRule(clock, settings.maxClockSkew());
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        this.log = new InvocationLog(json);
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        StaleIndexWrites stale = new StaleIndexWrites(metrics);
        this.engine = new Engine<>(config, stale.watching(orders), stale.counting(samples), clock);
        this.priming = SnapStartPriming.register(json, parser, skew, () -> entries(SnapStartPriming.sampleUpdate(config)).toList(),
                metrics);
    }

    @Override
    public final void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        log.use(context.getLogger());
        HandlerOutput result = null;
        try {
            // One byte past the limit is enough to know the event is oversized; the rest is never read.
            byte[] event = input.readNBytes(ContractJson.MAX_EVENT_BYTES + 1);
            result = handle(event, "request " + context.getAwsRequestId());
        } finally {
            publishMetrics(Optional.ofNullable(result));
        }
        json.writeValue(output, result);
    }

    /** Metrics never fail an invocation: a failure to publish them is logged, and the event's answer stands. */
    private void publishMetrics(Optional<HandlerOutput> result) {
        try {
            metrics.publish(result);
        } catch (RuntimeException e) {
            log.error("metrics not published", e);
        }
    }

    /** @return the SnapStart priming registered for this handler (for tests) */
    final SnapStartPriming priming() {
        return priming;
    }

    /**
     * @param event    the event as UTF-8 JSON
     * @param position the rejection's {@code eventRef} if the event has no readable id
     * @return what to answer the workflow
     */
    final HandlerOutput handle(byte[] event, String position) {
        ParseResult parsed = skew.apply(parser.parse(event, position));
        if (parsed instanceof ParseResult.Ignored ignored) {
            HandlerOutput out = HandlerOutput.ignored();
            log.invocation(out, position, ignored.detailType());
            return out;
        }
        if (parsed instanceof ParseResult.Rejected rejected) {
            HandlerOutput out = output(new Recorded<>(List.of(), List.of(rejected.rejection())));
            log.invocation(out, rejected.rejection().eventRef(), "none");
            return out;
        }
        OrderEvent command = ((ParseResult.Parsed) parsed).event();
        HandlerOutput out = output(engine.record(command));
        log.invocation(out, command.occurrence().eventId(), command.getClass().getSimpleName());
        return out;
    }

    /** Logs each rejection once, and maps the updates to their entries. */
    private HandlerOutput output(Recorded<F> recorded) {
        List<Rejection> rejections = recorded.rejections();
        rejections.forEach(log::report);
        List<PutEventsEntry> entries = recorded.updates().stream().flatMap(this::entries).toList();
        return rejections.isEmpty() ? HandlerOutput.accepted(entries) : HandlerOutput.rejected(rejections, entries);
    }

    private Stream<PutEventsEntry> entries(Update<F> update) {
        return mapping.entry(update).stream();
    }
}
