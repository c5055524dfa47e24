package dev.adhoc.waittimes.benchmarks;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ThroughputSummaryTest {
    private static final String HEADER = "\"Benchmark\",\"Mode\",\"Threads\",\"Samples\",\"Score\","
            + "\"Score Error (99.9%)\",\"Unit\",\"Param: history\",\"Param: window\"";
    private static final String P = "\"dev.adhoc.waittimes.benchmarks.";

    @Test
    void reports_events_per_second_of_all_threads_ratios_and_targets() {
        List<ThroughputSummary.Row> rows = ThroughputSummary.parse(List.of(HEADER,
                P + "CoreThroughput.oneThread\",\"ss\",1,100,400.0,20.0,\"ns/op\",1000,10",
                P + "CoreThroughput.oneThread:cpu\",\"ss\",1,100,380.0,5.0,\"ns/op\",1000,10",
                P + "CoreThroughput.twoThreads\",\"ss\",2,100,500.0,50.0,\"ns/op\",1000,10",
                P + "CoreThroughput.oneThread\",\"ss\",1,100,600.0,20.0,\"ns/op\",1000000,10",
                P + "ReferenceThroughput.oneThread\",\"ss\",1,100,40000.0,1000.0,\"ns/op\",1000,10"));

        String md = new ThroughputSummary(rows).markdown();

        assertThat(md).contains("| 1 k | 10 | 1 | 2.50 M ± 0.13 M | 380 ns ± 5 ns | 25.0 k ± 0.6 k | - | 100×")
                .contains("| 1 k | 10 | 2 | 4.00 M ± 0.40 M |")
                .contains("| 10 | 1 | 1.50× |")
                .contains("N = 10, history 1 k: 2.50 M events/s, target 2.00 M: **met**")
                .contains("N = 10, history 1 M: 1.67 M events/s, target 2.00 M: **missed**")
                .contains("1 M ÷ 1 k history, N = 10, 1 thread: 1.50, target ≤ 1.25: **missed**");
    }
}
