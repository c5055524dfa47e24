package dev.adhoc.waittimes.aws.dynamodb;

import dev.adhoc.waittimes.testsupport.LoopbackAwsApi;
import dev.adhoc.waittimes.testsupport.LoopbackAwsApi.Answer;

import java.net.URI;
import java.util.concurrent.CountDownLatch;

/**
 * A DynamoDB endpoint on loopback that never answers its first {@code stalls} requests (it holds them open until it
 * is closed) and answers every later one with a {@code ListTables} response naming one table.
 */
final class StallingEndpoint implements AutoCloseable {
    private final CountDownLatch closed = new CountDownLatch(1);
    private final LoopbackAwsApi api;

    StallingEndpoint(int stalls, String table) {
        api = LoopbackAwsApi.start(request -> answer(request.number() < stalls, table));
    }

    URI uri() {
        return api.endpoint();
    }

    /** @return the requests received so far: one per attempt of the client */
    int requests() {
        return api.requests().size();
    }

    private Answer answer(boolean stall, String table) throws InterruptedException {
        if (stall) {
            closed.await(); // never answers: the client must give up on its own
            return null;
        }
        return Answer.json(200, LoopbackAwsApi.AMZ_JSON_1_0, "{\"TableNames\":[\"" + table + "\"]}");
    }

    @Override
    public void close() {
        closed.countDown();
        api.close();
    }
}
