package dev.adhoc.waittimes.player.board;

import dev.adhoc.waittimes.core.domain.Drink;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.waittimes.WaitFigures;
import dev.adhoc.waittimes.core.waittimes.WaitTimeUpdate;
import dev.adhoc.waittimes.core.engine.WindowKey;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

class BoardStateTest {
    private static WaitTimeUpdate update(String tenant, String drink, long averageMillis, int samples) {
        return new WaitTimeUpdate(new WindowKey(new TenantId(tenant), new Drink(drink)),
                new WaitFigures(Duration.ofMillis(averageMillis), Duration.ofSeconds(50), Duration.ofSeconds(90), samples),
                10, Instant.parse("2026-11-27T08:05:00Z"), "id" + tenant + drink + averageMillis);
    }

    @Test
    void an_empty_board_has_no_drinks_and_no_clock() {
        BoardView view = new BoardState("simulate", OptionalDouble.of(60)).snapshot();
        assertThat(view.drinks()).isEmpty();
        assertThat(view.clock()).isNull();
        assertThat(view.phase()).isEqualTo("running");
        assertThat(view.source()).isEqualTo("simulate");
        assertThat(view.speed()).isEqualTo(60.0);
    }

    @Test
    void a_snapshot_holds_every_key_by_tenant_then_drink_with_its_latest_figures() {
        BoardState state = new BoardState("replay", OptionalDouble.empty());
        state.publish(List.of(update("NYC", "Latte", 100_500, 2), update("LDN", "Mocha", 70_000, 1)));
        state.publish(List.of(update("NYC", "Espresso", 40_000, 1), update("NYC", "Latte", 90_250, 3)));

        BoardView view = state.snapshot();
        assertThat(view.drinks()).extracting(d -> d.tenant() + "/" + d.drink())
                .containsExactly("LDN/Mocha", "NYC/Espresso", "NYC/Latte");
        BoardView.DrinkView latte = view.drinks().get(2);
        assertThat(latte.average()).isEqualTo(90.25);
        assertThat(latte.p50()).isEqualTo(50.0);
        assertThat(latte.p90()).isEqualTo(90.0);
        assertThat(latte.samples()).isEqualTo(3);
        assertThat(latte.window()).isEqualTo(10);
        assertThat(latte.updates()).isEqualTo(2);
        assertThat(latte.asOf()).isEqualTo("2026-11-27T08:05:00Z");
        assertThat(latte.history()).containsExactly(100.5, 90.25);
    }

    @Test
    void the_chart_keeps_only_the_last_points_of_each_key() {
        BoardState state = new BoardState("replay", OptionalDouble.empty(), 3);
        for (int i = 1; i <= 5; i++) {
            state.publish(List.of(update("NYC", "Latte", i * 1000L, i)));
        }
        BoardView.DrinkView latte = state.snapshot().drinks().get(0);
        assertThat(latte.history()).containsExactly(3.0, 4.0, 5.0);
        assertThat(latte.updates()).isEqualTo(5);
    }

    @Test
    void a_change_holds_only_the_keys_changed_since_the_version_seen() throws InterruptedException {
        BoardState state = new BoardState("replay", OptionalDouble.empty());
        state.publish(List.of(update("NYC", "Latte", 100_000, 1), update("NYC", "Mocha", 120_000, 1)));
        long seen = state.snapshot().version();
        state.publish(List.of(update("NYC", "Mocha", 110_000, 2)));
        state.clock(Instant.parse("2026-11-27T09:00:00Z"));

        BoardState.Change change = state.awaitChange(seen, Duration.ZERO);
        assertThat(change.view().drinks()).extracting(BoardView.DrinkView::drink).containsExactly("Mocha");
        assertThat(change.view().clock()).isEqualTo("2026-11-27T09:00:00Z");
        assertThat(change.closed()).isFalse();
        assertThat(state.awaitChange(change.version(), Duration.ZERO)).as("nothing changed since").isNull();
    }

    @Test
    void the_same_clock_again_is_no_change_and_the_phases_end_in_closed() throws InterruptedException {
        BoardState state = new BoardState("replay", OptionalDouble.empty());
        state.clock(Instant.parse("2026-11-27T09:00:00Z"));
        long seen = state.snapshot().version();
        state.clock(Instant.parse("2026-11-27T09:00:00Z"));
        assertThat(state.awaitChange(seen, Duration.ZERO)).isNull();

        state.finished();
        assertThat(state.snapshot().phase()).isEqualTo("finished");
        state.close();
        BoardState.Change last = state.awaitChange(seen, Duration.ZERO);
        assertThat(last.closed()).isTrue();
        assertThat(last.view().phase()).isEqualTo("closed");
        state.publish(List.of(update("NYC", "Latte", 100_000, 1)));
        assertThat(state.snapshot().drinks()).as("a closed board takes nothing more").isEmpty();
    }

    @Test
    void closing_wakes_a_stream_that_waits_for_a_change() throws Exception {
        BoardState state = new BoardState("replay", OptionalDouble.empty());
        long seen = state.snapshot().version();
        Thread closer = new Thread(state::close);
        closer.start();
        // Bounded: returns as soon as the board closes, long before the hour.
        BoardState.Change change = state.awaitChange(seen, Duration.ofHours(1));
        closer.join();
        assertThat(change.closed()).isTrue();
    }
}
