package dev.adhoc.waittimes.aws.stepfunctions;

import dev.adhoc.waittimes.testsupport.LoopbackAwsApi;
import dev.adhoc.waittimes.testsupport.LoopbackAwsApi.Answer;
import dev.adhoc.waittimes.testsupport.LoopbackAwsApi.Request;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * A loopback HTTP stub of an AWS API: answers each request with the next queued response, in order, and records
 * every request. Speaks whatever protocol the queued bodies are in (JSON 1.0 for Step Functions, Query/XML for
 * CloudFormation). With no response queued it answers 500, so a test that forgot one fails visibly.
 */
final class AwsApiStub implements AutoCloseable {
    /** JSON 1.0, the Step Functions protocol. */
    static final String AMZ_JSON = LoopbackAwsApi.AMZ_JSON_1_0;

    private final Deque<Answer> responses = new ArrayDeque<>();
    private final LoopbackAwsApi api = LoopbackAwsApi.start(request -> next());

    private AwsApiStub() {
    }

    static AwsApiStub start() {
        return new AwsApiStub();
    }

    /** @return {@code http://127.0.0.1:<port>} */
    URI endpoint() {
        return api.endpoint();
    }

    /** Queues the next response. */
    synchronized AwsApiStub respond(int status, String contentType, String body) {
        responses.addLast(new Answer(status, contentType, body));
        return this;
    }

    /** @return the requests received so far, in order */
    List<Request> requests() {
        return api.requests();
    }

    private synchronized Answer next() {
        Answer next = responses.pollFirst();
        return next != null ? next : Answer.error(500, AMZ_JSON, "StubHasNoResponse", "none queued");
    }

    @Override
    public void close() {
        api.close();
    }
}
