package dev.adhoc.waittimes.testsupport;

import dev.adhoc.waittimes.testsupport.LoopbackAwsApi.Answer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class LoopbackAwsApiTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void answersWhatTheHandlerGivesAndRecordsEveryRequest() throws Exception {
        try (LoopbackAwsApi api = LoopbackAwsApi.start(request -> Answer.json(200, LoopbackAwsApi.AMZ_JSON_1_1,
                "{\"FailedEntryCount\":0,\"for\":\"" + request.target() + "\"}"))) {
            assertThat(api.endpoint().toString()).startsWith("http://127.0.0.1:");

            HttpResponse<String> first = post(api.endpoint(), "AWSEvents.PutEvents", "{\"Entries\":[]}");
            post(api.endpoint().resolve("/other"), null, "second");

            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(first.headers().firstValue("Content-Type")).hasValue(LoopbackAwsApi.AMZ_JSON_1_1);
            assertThat(first.body()).isEqualTo("{\"FailedEntryCount\":0,\"for\":\"AWSEvents.PutEvents\"}");
            assertThat(api.requests()).extracting(LoopbackAwsApi.Request::number, LoopbackAwsApi.Request::method,
                    LoopbackAwsApi.Request::path, LoopbackAwsApi.Request::target, LoopbackAwsApi.Request::body)
                    .containsExactly(tuple(0, "POST", "/", "AWSEvents.PutEvents", "{\"Entries\":[]}"),
                            tuple(1, "POST", "/other", null, "second"));
            assertThat(api.requests().get(0).header("x-amz-target")).isEqualTo("AWSEvents.PutEvents");
        }
    }

    @Test
    void aHandlerThatThrowsAnswers500WithTheException() throws Exception {
        try (LoopbackAwsApi api = LoopbackAwsApi.start(request -> {
            throw new IllegalStateException("a defect of the stub");
        })) {
            HttpResponse<String> response = post(api.endpoint(), "AWSEvents.PutEvents", "{}");

            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.body()).contains("a defect of the stub");
        }
    }

    @Test
    void anErrorAnswerIsAnAwsJsonError() throws Exception {
        try (LoopbackAwsApi api = LoopbackAwsApi.start(request ->
                Answer.error(400, LoopbackAwsApi.AMZ_JSON_1_0, "ThrottlingException", "slow down"))) {
            HttpResponse<String> response = post(api.endpoint(), "AWSStepFunctions.StartSyncExecution", "{}");

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).isEqualTo("{\"__type\":\"ThrottlingException\",\"message\":\"slow down\"}");
        }
    }

    @Test
    void aHeldRequestHoldsNoOtherAndANullAnswerClosesTheConnectionWithoutOne() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (LoopbackAwsApi api = LoopbackAwsApi.start(request -> {
            if (request.number() == 0) {
                release.await();
                return null;
            }
            return Answer.json(200, LoopbackAwsApi.AMZ_JSON_1_0, "{}");
        })) {
            var held = HTTP.sendAsync(request(api.endpoint(), null, "held"), HttpResponse.BodyHandlers.ofString());
            while (api.requests().isEmpty()) {
                Thread.onSpinWait();
            }

            assertThat(post(api.endpoint(), null, "next").statusCode()).isEqualTo(200);
            release.countDown();
            assertThatThrownBy(held::join).hasCauseInstanceOf(IOException.class);
        }
    }

    private static HttpResponse<String> post(URI uri, String target, String body) throws Exception {
        return HTTP.send(request(uri, target, body), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest request(URI uri, String target, String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(1))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (target != null) {
            builder.header("X-Amz-Target", target);
        }
        return builder.build();
    }
}
