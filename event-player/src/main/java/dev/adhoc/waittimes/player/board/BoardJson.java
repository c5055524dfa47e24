package dev.adhoc.waittimes.player.board;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;

/** The board's views as the JSON the page reads: one line, UTF-8. */
final class BoardJson {
    private final ObjectMapper mapper = new ObjectMapper();

    byte[] toJson(BoardView view) {
        try {
            return mapper.writeValueAsString(view).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a board view is plain data and always serializes", e);
        }
    }
}
