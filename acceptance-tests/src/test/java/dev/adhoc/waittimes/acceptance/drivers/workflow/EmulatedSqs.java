package dev.adhoc.waittimes.acceptance.drivers.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The optimized {@code arn:aws:states:::sqs:sendMessage} integration and the queues behind it: a {@code MessageBody}
 * that is not a string is sent as its JSON text (Step Functions serializes it); SQS refuses a queue that does not
 * exist and a body with characters outside those its guide allows. {@link #refuseTheNextMessages} makes it fail as
 * an unavailable service.
 */
final class EmulatedSqs implements Integration {
    /** The task resource. */
    static final String RESOURCE = "arn:aws:states:::sqs:sendMessage";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, List<String>> queues = new LinkedHashMap<>();
    private int refused;

    /** @param queueUrls the queues that exist */
    EmulatedSqs(List<String> queueUrls) {
        queueUrls.forEach(url -> queues.put(url, new ArrayList<>()));
    }

    @Override
    public synchronized JsonNode call(JsonNode input, ExecutionRef execution) {
        List<String> queue = queues.get(input.path("QueueUrl").asText());
        if (queue == null) {
            throw TaskFailure.of("SQS.QueueDoesNotExistException", "The specified queue does not exist: "
                    + input.path("QueueUrl"));
        }
        JsonNode body = input.path("MessageBody");
        String text = body.isTextual() ? body.asText() : body.toString();
        if (body.isMissingNode() || text.isEmpty()) {
            throw TaskFailure.of("SQS.SqsException", "The request must contain the parameter MessageBody.");
        }
        if (!text.codePoints().allMatch(EmulatedSqs::allowed)) {
            throw TaskFailure.of("SQS.InvalidMessageContentsException", "Invalid characters found in the body");
        }
        if (refused > 0) {
            refused--;
            throw TaskFailure.of("SQS.SqsException", "Service Unavailable (Service: Sqs, Status Code: 503)");
        }
        queue.add(text);
        ObjectNode response = JSON.createObjectNode();
        response.put("MD5OfMessageBody", md5(text));
        response.put("MessageId", UUID.randomUUID().toString());
        return response;
    }

    /** #x9 | #xA | #xD | #x20 to #xD7FF | #xE000 to #xFFFD | #x10000 to #x10FFFF (lone surrogates are not). */
    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    /** The next {@code n} messages, to any queue, are refused. */
    synchronized void refuseTheNextMessages(int n) {
        refused = n;
    }

    /** @return the bodies sent to a queue, parsed, in order */
    synchronized List<JsonNode> messages(String queueUrl) {
        List<JsonNode> parsed = new ArrayList<>();
        for (String body : queues.getOrDefault(queueUrl, List.of())) {
            try {
                parsed.add(JSON.readTree(body));
            } catch (IOException e) {
                throw new UncheckedIOException("a message is not JSON: " + body, e);
            }
        }
        return parsed;
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
