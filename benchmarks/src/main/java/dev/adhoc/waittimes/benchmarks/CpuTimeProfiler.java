package dev.adhoc.waittimes.benchmarks;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

import java.util.Collection;
import java.util.List;

/**
 * JMH profiler ({@code -prof dev.adhoc.waittimes.benchmarks.CpuTimeProfiler}) that adds the secondary result
 * {@code cpu}: CPU nanoseconds per event of the threads that recorded the shots ({@link ShotCpu}). Unlike the
 * wall-clock score it does not grow when other processes take the cores.
 */
public final class CpuTimeProfiler implements InternalProfiler {
    @Override
    public String getDescription() {
        return "CPU time per event of the threads that record the shots";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        ShotCpu.drain();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
                                                       IterationParams iterationParams, IterationResult result) {
        long[] cpuAndEvents = ShotCpu.drain();
        if (cpuAndEvents[1] == 0) {
            return List.of();
        }
        return List.of(new ScalarResult("cpu", (double) cpuAndEvents[0] / cpuAndEvents[1], "ns/op",
                AggregationPolicy.AVG));
    }
}
