package dev.adhoc.waittimes.aws.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.adhoc.waittimes.aws.contract.ClockSkewRule;
import dev.adhoc.waittimes.aws.contract.ContractJson;
import dev.adhoc.waittimes.aws.contract.OrderEventParser;
import dev.adhoc.waittimes.aws.contract.ParseResult;
import dev.adhoc.waittimes.aws.contract.WaitTimeEntries;
import dev.adhoc.waittimes.core.waittimes.WaitTimesService;
import dev.adhoc.waittimes.core.domain.OrderEvent;
import dev.adhoc.waittimes.core.waittimes.port.in.Outcome;
import dev.adhoc.waittimes.core.waittimes.port.in.RecordOrderEvent;
import dev.adhoc.waittimes.core.engine.port.OrderRecords;
import dev.adhoc.waittimes.core.engine.port.SampleIndex;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * The Lambda the Step Functions task calls with one EventBridge event (ADR 0003): it parses the event, records it
 * with core's {@link RecordOrderEvent}, and returns {@link HandlerOutput} as JSON — the {@code PutEvents} entries
 * for the workflow to emit, or why the event was ignored or rejected.
 *
 * <p>A stream handler: the JSON is read and written by our own Jackson configuration, not by the runtime's
 * reflective serializer. Bad input never throws: it is a {@code REJECTED} output, reported through core (so it is
 * logged once). An event dated more than the allowed skew ahead of the processing clock is rejected
 * ({@code TIME_AHEAD_OF_CLOCK}, {@link ClockSkewRule}). Storage failures do throw, for the task's retry and then its
 * catch. Each invocation ends by publishing its metrics ({@link InvocationMetrics}), failed ones too.
 *
 * <p>Nothing the handler logs or publishes carries an event's {@code userId}: the log lines hold the event's id, the
 * command and the rejection, the metrics hold counts and durations.
 *
 * <p>Everything heavy (JSON mapper, MapStruct mappers, SDK clients) is built once per container, in the constructor.
 */
public final class RecordOrderEventHandler implements RequestStreamHandler {
    private final ObjectMapper json;
    private final OrderEventParser parser;
    private final ClockSkewRule skew;
    private final WaitTimeEntries entries;
    private final InvocationLog log;
    private final RecordOrderEvent recorder;
    private final InvocationMetrics metrics;
    private final SnapStartPriming priming; // a strong reference: CRaC may hold resources weakly

    /** The constructor Lambda calls: configuration from environment variables, DynamoDB storage. */
    public RecordOrderEventHandler() {
        this(LambdaWiring.fromEnvironment());
    }

    /** @param wiring the configuration, storage and metrics */
    public RecordOrderEventHandler(LambdaWiring wiring) {
        this(wiring.settings(), wiring.orders(), wiring.samples(), Clock.systemUTC(), wiring.metrics());
    }

    /**
     * @param settings the configuration
     * @param orders   storage of order records
     * @param samples  storage of the counted samples
     */
    public RecordOrderEventHandler(LambdaSettings settings, OrderRecords orders, SampleIndex samples) {
        this(settings, orders, samples, Clock.systemUTC());
    }

    /**
     * A handler that publishes no metrics.
     *
     * @param settings the configuration
     * @param orders   storage of order records
     * @param samples  storage of the counted samples
     * @param clock    the processing clock: it dates record expiry and judges events dated ahead of it
     */
    public RecordOrderEventHandler(LambdaSettings settings, OrderRecords orders, SampleIndex samples,
                                   Clock clock) {
        this(settings, orders, samples, clock, InvocationMetrics.disabled());
    }

    /**
     * @param settings the configuration
     * @param orders   storage of order records
     * @param samples  storage of the counted samples
     * @param clock    the processing clock: it dates record expiry and judges events dated ahead of it
     * @param metrics  where each invocation's metrics go
     */
    public RecordOrderEventHandler(LambdaSettings settings, OrderRecords orders, SampleIndex samples,
                                   Clock clock, InvocationMetrics metrics) {
        this.json = ContractJson.newMapper();
        this.parser = new OrderEventParser(json, settings.waitTimes().completionMode());
        this.skew = new ClockSkewRule(clock, settings.maxClockSkew());
        this.entries = new WaitTimeEntries(json, settings.eventBusName());
        this.log = new InvocationLog(json);
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        StaleIndexWrites stale = new StaleIndexWrites(metrics);
        this.recorder = WaitTimesService.builder().settings(settings.waitTimes()).orderRecords(stale.watching(orders))
                .samples(stale.counting(samples)).rejections(log).clock(clock).build();
        this.priming = SnapStartPriming.register(json, parser, skew, entries, metrics);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
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
    SnapStartPriming priming() {
        return priming;
    }

    /**
     * @param event    the event as UTF-8 JSON
     * @param position the rejection's {@code eventRef} if the event has no readable id
     * @return what to answer the workflow
     */
    HandlerOutput handle(byte[] event, String position) {
        ParseResult parsed = skew.apply(parser.parse(event, position));
        if (parsed instanceof ParseResult.Ignored ignored) {
            HandlerOutput out = HandlerOutput.ignored();
            log.invocation(out, position, ignored.detailType());
            return out;
        }
        if (parsed instanceof ParseResult.Rejected rejected) {
            HandlerOutput out = toOutput(recorder.reject(rejected.rejection()));
            log.invocation(out, rejected.rejection().eventRef(), "none");
            return out;
        }
        OrderEvent command = ((ParseResult.Parsed) parsed).event();
        HandlerOutput out = toOutput(recorder.record(command));
        log.invocation(out, command.occurrence().eventId(), command.getClass().getSimpleName());
        return out;
    }

    private HandlerOutput toOutput(Outcome outcome) {
        return outcome.isRejected()
                ? HandlerOutput.rejected(outcome.rejections(), entries.entries(outcome.updates()))
                : HandlerOutput.accepted(entries.entries(outcome.updates()));
    }
}
