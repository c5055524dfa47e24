package dev.adhoc.waittimes.aws.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.adhoc.waittimes.aws.contract.ContractJson;
import dev.adhoc.waittimes.aws.contract.OrderEventParser;
import dev.adhoc.waittimes.aws.contract.ParseResult;
import dev.adhoc.waittimes.aws.contract.WaitTimeEntries;
import dev.adhoc.waittimes.core.application.WaitTimesService;
import dev.adhoc.waittimes.core.domain.OrderEvent;
import dev.adhoc.waittimes.core.port.in.Outcome;
import dev.adhoc.waittimes.core.port.in.RecordOrderEvent;
import dev.adhoc.waittimes.core.port.out.OrderRecords;
import dev.adhoc.waittimes.core.port.out.WaitTimeWindows;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;

/**
 * The Lambda the Step Functions task calls with one EventBridge event (ADR 0003): it parses the event, records it
 * with core's {@link RecordOrderEvent}, and returns {@link HandlerOutput} as JSON — the {@code PutEvents} entries
 * for the workflow to emit, or why the event was ignored or rejected.
 *
 * <p>A stream handler: the JSON is read and written by our own Jackson configuration, not by the runtime's
 * reflective serializer. Bad input never throws: it is a {@code REJECTED} output, reported through core (so it is
 * logged once). Storage failures do throw, for the task's retry and then its catch.
 *
 * <p>Everything heavy (JSON mapper, MapStruct mappers, SDK clients) is built once per container, in the constructor.
 */
public final class RecordOrderEventHandler implements RequestStreamHandler {
    private final ObjectMapper json;
    private final OrderEventParser parser;
    private final WaitTimeEntries entries;
    private final InvocationLog log;
    private final RecordOrderEvent recorder;
    @SuppressWarnings({"unused", "FieldCanBeLocal"}) // a strong reference: CRaC may hold resources weakly
    private final SnapStartPriming priming;

    /** The constructor Lambda calls: configuration from environment variables, DynamoDB storage. */
    public RecordOrderEventHandler() {
        this(LambdaWiring.fromEnvironment());
    }

    /** @param wiring the configuration and storage */
    public RecordOrderEventHandler(LambdaWiring wiring) {
        this(wiring.settings(), wiring.orders(), wiring.windows());
    }

    /**
     * @param settings the configuration
     * @param orders   storage of order records
     * @param windows  storage of windows
     */
    public RecordOrderEventHandler(LambdaSettings settings, OrderRecords orders, WaitTimeWindows windows) {
        this(settings, orders, windows, Clock.systemUTC());
    }

    /**
     * @param settings the configuration
     * @param orders   storage of order records
     * @param windows  storage of windows
     * @param clock    the clock that dates record expiry
     */
    public RecordOrderEventHandler(LambdaSettings settings, OrderRecords orders, WaitTimeWindows windows,
                                   Clock clock) {
        this.json = ContractJson.newMapper();
        this.parser = new OrderEventParser(json, settings.waitTimes().completionMode());
        this.entries = new WaitTimeEntries(json, settings.eventBusName());
        this.log = new InvocationLog(json);
        this.recorder = WaitTimesService.builder().settings(settings.waitTimes()).orderRecords(orders)
                .windows(windows).rejections(log).clock(clock).build();
        this.priming = SnapStartPriming.register(json, parser, entries);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        log.use(context.getLogger());
        // One byte past the limit is enough to know the event is oversized; the rest is never read.
        byte[] event = input.readNBytes(ContractJson.MAX_EVENT_BYTES + 1);
        HandlerOutput result = handle(event, "request " + context.getAwsRequestId());
        json.writeValue(output, result);
    }

    /**
     * @param event    the event as UTF-8 JSON
     * @param position the rejection's {@code eventRef} if the event has no readable id
     * @return what to answer the workflow
     */
    HandlerOutput handle(byte[] event, String position) {
        ParseResult parsed = parser.parse(event, position);
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
        return outcome.rejection()
                .map(r -> HandlerOutput.rejected(r, entries.entries(outcome.updates())))
                .orElseGet(() -> HandlerOutput.accepted(entries.entries(outcome.updates())));
    }
}
