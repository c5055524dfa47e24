package dev.adhoc.waittimes.player.wiring;

import dev.adhoc.waittimes.aws.contract.ClockSkewRule;
import dev.adhoc.waittimes.aws.contract.OrderEventParser;
import dev.adhoc.waittimes.aws.contract.ParseResult;
import dev.adhoc.waittimes.core.domain.Rejection;
import dev.adhoc.waittimes.core.domain.RejectionReason;
import dev.adhoc.waittimes.player.io.InputItem;
import dev.adhoc.waittimes.player.view.RejectionLog;
import dev.adhoc.waittimes.player.view.RunStats;

import java.util.Objects;

/**
 * Runs each input item through the extension, as the Lambda runs each bus event: the contract's parser, then
 * the extension over the chosen store and publisher. Counts every outcome and reports every rejection with its
 * position; a bad event never stops the others. A store or bus that fails for good stops the run
 * ({@link ExtensionFailedException}).
 */
public final class ReplayPipeline {
    private final OrderEventParser parser;
    private final ClockSkewRule skew;
    private final PlayedExtension extension;
    private final EventTimeClock clock;
    private final RunStats stats;
    private final RejectionLog rejections;

    /**
     * @param parser     the contract's parser, as the Lambda uses it: a command, an ignored event or a rejection
     * @param skew       the contract's rule on events dated ahead of the processing clock
     * @param extension  the extension
     * @param clock      moved to each command's time (the in-memory store expires records on it)
     * @param stats      the run's counters
     * @param rejections where rejections are reported
     */
    public ReplayPipeline(OrderEventParser parser, ClockSkewRule skew, PlayedExtension extension, EventTimeClock clock, RunStats stats,
                          RejectionLog rejections) {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.skew = Objects.requireNonNull(skew, "skew");
        this.extension = Objects.requireNonNull(extension, "extension");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.stats = Objects.requireNonNull(stats, "stats");
        this.rejections = Objects.requireNonNull(rejections, "rejections");
    }

    /**
     * @param item one item of the input
     * @throws ExtensionFailedException if the store or the bus failed for good
     */
    public void accept(InputItem item) {
        stats.read();
        if (item instanceof InputItem.Unreadable unreadable) {
            rejected(item.position(), new Rejection(RejectionReason.NOT_JSON, unreadable.message(), item.position()));
            return;
        }
        InputItem.Event event = (InputItem.Event) item;
        ParseResult parsed = skew.apply(parser.parse(event.json(), event.position()));
        if (parsed instanceof ParseResult.Parsed command) {
            clock.advanceTo(command.event().occurrence().time());
            PlayedExtension.Played outcome;
            try {
                outcome = extension.record(command.event());
            } catch (BusFailedException e) {
                throw new ExtensionFailedException("the bus", event.position(), e.getCause());
            } catch (RuntimeException e) {
                throw new ExtensionFailedException("the store", event.position(), e);
            }
            stats.updates(outcome.emitted());
            if (outcome.isRejected()) {
                outcome.rejections().forEach(r -> rejected(event.position(), r));
            } else {
                stats.accepted();
            }
        } else if (parsed instanceof ParseResult.Ignored) {
            stats.ignored();
        } else {
            rejected(event.position(), ((ParseResult.Rejected) parsed).rejection());
        }
    }

    private void rejected(String position, Rejection rejection) {
        stats.rejected(rejection.reason());
        rejections.rejected(position, rejection);
    }
}
