package dev.adhoc.waittimes.player.io;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventInputsTest {
    private static final int LIMIT = 64;

    private static List<InputItem> read(String text) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<InputItem> read(byte[] bytes) throws IOException {
        List<InputItem> items = new ArrayList<>();
        try (EventSource source = EventInputs.open(new ByteArrayInputStream(bytes), LIMIT)) {
            InputItem item;
            while ((item = source.next()) != null) {
                items.add(item);
            }
            assertThat(source.bytesRead()).isEqualTo(bytes.length);
        }
        return items;
    }

    private static String text(InputItem item) {
        return new String(((InputItem.Event) item).json(), StandardCharsets.UTF_8);
    }

    @Test
    void json_lines_are_read_one_event_per_line_skipping_blank_lines() throws IOException {
        List<InputItem> items = read("{\"a\":1}\r\n\n   \n{\"b\":2}\nnot json\n{\"c\":3}");
        assertThat(items).extracting(InputItem::position).containsExactly("line 1", "line 4", "line 5", "line 6");
        assertThat(items).extracting(EventInputsTest::text).containsExactly("{\"a\":1}", "{\"b\":2}", "not json", "{\"c\":3}");
    }

    @Test
    void a_line_longer_than_the_limit_is_kept_only_to_the_limit_plus_one_byte() throws IOException {
        String huge = "{\"x\":\"" + "y".repeat(10_000) + "\"}";
        List<InputItem> items = read(huge + "\n{\"after\":true}\n");
        assertThat(((InputItem.Event) items.get(0)).json()).hasSize(LIMIT + 1);
        assertThat(text(items.get(1))).isEqualTo("{\"after\":true}");
    }

    @Test
    void a_json_array_is_read_element_by_element() throws IOException {
        List<InputItem> items = read("  [ {\"a\": 1, \"b\": [true, null]},\n {\"c\":\"d\"}, 42 ]  ");
        assertThat(items).extracting(InputItem::position).containsExactly("element 1", "element 2", "element 3");
        assertThat(items).extracting(EventInputsTest::text)
                .containsExactly("{\"a\":1,\"b\":[true,null]}", "{\"c\":\"d\"}", "42");
    }

    @Test
    void an_array_element_keeps_duplicate_keys_for_the_contract_parser_to_reject() throws IOException {
        assertThat(read("[{\"id\":\"1\",\"id\":\"2\"}]")).extracting(EventInputsTest::text)
                .containsExactly("{\"id\":\"1\",\"id\":\"2\"}");
    }

    @Test
    void a_syntax_error_ends_the_array_with_one_unreadable_item() throws IOException {
        List<InputItem> items = read("[{\"a\":1}, {\"b\": }, {\"c\":3}]");
        assertThat(items).hasSize(2);
        assertThat(items.get(1)).isInstanceOf(InputItem.Unreadable.class);
        assertThat(items.get(1).position()).isEqualTo("element 2");
    }

    @Test
    void an_unclosed_array_is_reported() throws IOException {
        List<InputItem> items = read("[{\"a\":1}");
        assertThat(items).hasSize(2);
        assertThat(items.get(1)).isInstanceOf(InputItem.Unreadable.class);
    }

    @Test
    void an_oversized_array_element_is_kept_only_to_the_limit_plus_one_byte() throws IOException {
        List<InputItem> items = read("[{\"x\":\"" + "y".repeat(10_000) + "\"}, {\"z\":1}]");
        assertThat(((InputItem.Event) items.get(0)).json()).hasSize(LIMIT + 1);
        assertThat(text(items.get(1))).isEqualTo("{\"z\":1}");
    }

    @Test
    void a_byte_order_mark_is_skipped_in_both_formats() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertThat(read(concat(bom, "[{\"a\":1}]".getBytes(StandardCharsets.UTF_8)))).extracting(EventInputsTest::text)
                .containsExactly("{\"a\":1}");
        assertThat(read(concat(bom, "{\"a\":1}\n".getBytes(StandardCharsets.UTF_8)))).extracting(EventInputsTest::text)
                .containsExactly("{\"a\":1}");
    }

    @Test
    void an_empty_input_has_no_items() throws IOException {
        assertThat(read("")).isEmpty();
        assertThat(read("\n\n")).isEmpty();
        assertThat(read("[]")).isEmpty();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
