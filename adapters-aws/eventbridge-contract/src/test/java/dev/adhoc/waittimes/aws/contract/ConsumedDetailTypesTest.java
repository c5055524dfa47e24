package dev.adhoc.waittimes.aws.contract;

import dev.adhoc.waittimes.aws.contract.ConsumedDetailTypes.Consumed;
import dev.adhoc.waittimes.aws.contract.ConsumedDetailTypes.Kind;
import dev.adhoc.waittimes.core.domain.CompletionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ConsumedDetailTypesTest {
    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource({
            "OrderManager.WaitingCompletion,      COMPLETED, SUBMITTED, ",
            "OrderManager.WaitingCompletion,      FINISHED,  SUBMITTED, ",
            "OrderManager.OrderNYC-COMPLETED,     COMPLETED, COMPLETED, NYC",
            "OrderManager.OrderNYC-COMPLETED,     FINISHED,  COMPLETED, NYC",
            "OrderManager.OrderCompleted,         COMPLETED, COMPLETED, ",
            "OrderManager.OrderCompleted,         FINISHED,  COMPLETED, ",
            "OrderProcessor.orderFinished,        FINISHED,  COMPLETED, ",
            "OrderManager.Orderre-invent-CANCELLED, COMPLETED, CANCELLED, re-invent",
            "OrderManager.OrderNYC-CANCELLED,     FINISHED,  CANCELLED, NYC",
            "OrderManager.OrderCancelled,         COMPLETED, CANCELLED, ",
            "OrderManager.OrderCancelled,         FINISHED,  CANCELLED, ",
            "OrderProcessor.OrderTimeOut,         COMPLETED, TIMED_OUT, ",
            "OrderProcessor.OrderTimeOut,         FINISHED,  TIMED_OUT, ",
            "OrderManager.Order-COMPLETED,        COMPLETED, COMPLETED, ''",
    })
    void consumed(String detailType, CompletionMode mode, Kind kind, String tenant) {
        assertThat(new ConsumedDetailTypes(mode).classify(detailType))
                .contains(new Consumed(kind, Optional.ofNullable(tenant)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
            "OrderProcessor.orderFinished,    COMPLETED",
            "OrderManager.DrinkAverageTime,   COMPLETED",
            "OrderManager.DrinkAverageTime,   FINISHED",
            "OrderManager.MakeOrder,          FINISHED",
            "OrderManager.OrderNYC-COMPLETEDX, COMPLETED",
            "orderManager.OrderNYC-COMPLETED, COMPLETED",
            "OrderManager.OrderNYC-completed, COMPLETED",
            "OrderProcessor.OrderFinished,    FINISHED",
            "'',                              COMPLETED",
    })
    void ignored(String detailType, CompletionMode mode) {
        assertThat(new ConsumedDetailTypes(mode).classify(detailType)).isEmpty();
    }
}
