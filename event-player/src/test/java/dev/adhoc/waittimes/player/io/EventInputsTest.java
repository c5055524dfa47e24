package dev.adhoc.waittimes.player.io;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Collections;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

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
            if (items.isEmpty() || !(items.get(items.size() - 1) instanceof InputItem.Unreadable)) {
                assertThat(source.bytesRead()).isEqualTo(bytes.length);
            }
        }
        return items;
    }

    /** Asserts that the input reads as these elements, numbered from 1 across arrays, with exactly these texts. */
    private static void assertElements(String input, String... texts) throws IOException {
        List<InputItem> items = read(input);
        assertThat(items).extracting(InputItem::position).containsExactlyElementsOf(
                IntStream.rangeClosed(1, texts.length).mapToObj(i -> "element " + i).toList());
        assertThat(items).extracting(EventInputsTest::text).containsExactly(texts);
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
                .containsExactly("{\"a\": 1, \"b\": [true, null]}", "{\"c\":\"d\"}", "42 ");
    }

    @Test
    void concatenated_arrays_are_read_one_after_the_other() throws IOException {
        assertElements("[{\"a\":1},{\"b\":2}]\n[{\"c\":3}] [] [{\"d\":4}]\n",
                "{\"a\":1}", "{\"b\":2}", "{\"c\":3}", "{\"d\":4}");
    }

    @Test
    void an_array_element_keeps_duplicate_keys_for_the_contract_parser_to_reject() throws IOException {
        assertThat(read("[{\"id\":\"1\",\"id\":\"2\"}]")).extracting(EventInputsTest::text)
                .containsExactly("{\"id\":\"1\",\"id\":\"2\"}");
    }

    @Test
    void a_syntax_error_inside_an_element_is_that_element_only_and_the_array_goes_on() throws IOException {
        assertElements("[{\"a\":1}, {\"b\": }, {\"c\":3} junk, {\"d\":4}]",
                "{\"a\":1}", "{\"b\": }", "{\"c\":3} junk", "{\"d\":4}");
    }

    @Test
    void brackets_that_do_not_match_end_the_array_with_one_unreadable_item() throws IOException {
        List<InputItem> items = read("[{\"a\":1}, {\"b\": [}, {\"c\":3}]");
        assertThat(items).hasSize(2);
        assertThat(items.get(1)).isInstanceOf(InputItem.Unreadable.class);
        assertThat(items.get(1).position()).isEqualTo("element 2");
        assertThat(((InputItem.Unreadable) items.get(1)).message()).contains("does not match", "at byte 18");
    }

    @Test
    void elements_beyond_any_parser_limit_are_handed_over_as_items_and_the_array_goes_on() throws IOException {
        String deep = "[".repeat(1200) + "]".repeat(1200);
        String number = "{\"n\":" + "1".repeat(1200) + "}";
        String valid = "[".repeat(600) + "]".repeat(600);
        List<InputItem> items = read("[" + deep + "," + number + "," + valid + ",{\"after\":true}]");
        assertThat(items).extracting(InputItem::position)
                .containsExactly("element 1", "element 2", "element 3", "element 4");
        assertThat(items).allMatch(i -> i instanceof InputItem.Event);
        assertThat(text(items.get(3))).isEqualTo("{\"after\":true}");
    }

    @Test
    void a_huge_string_is_streamed_through_keeping_only_the_limit_plus_one_byte() throws IOException {
        long size = 20L * 1024 * 1024;
        InputStream huge = new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream("[{\"s\":\"".getBytes(StandardCharsets.UTF_8)),
                new Repeated((byte) 'x', size),
                new ByteArrayInputStream("\\\",]\"},{\"z\":1}]".getBytes(StandardCharsets.UTF_8)))));
        try (EventSource source = EventInputs.open(huge, LIMIT)) {
            InputItem first = source.next();
            assertThat(((InputItem.Event) first).json()).hasSize(LIMIT + 1);
            assertThat(text(source.next())).isEqualTo("{\"z\":1}");
            assertThat(source.next()).isNull();
            assertThat(source.bytesRead()).isGreaterThan(size);
        }
    }

    @Test
    void content_after_the_array_names_the_last_element_and_its_byte() throws IOException {
        List<InputItem> items = read("[{\"a\":1},{\"b\":2}] junk");
        assertThat(items).extracting(InputItem::position).containsExactly("element 1", "element 2", "after element 2");
        assertThat(((InputItem.Unreadable) items.get(2)).message()).contains("at byte 19");
    }

    @Test
    void empty_elements_are_one_item_each() throws IOException {
        List<InputItem> items = read("[{\"a\":1},,{\"b\":2},]");
        assertThat(items).extracting(InputItem::position)
                .containsExactly("element 1", "element 2", "element 3", "element 4");
        assertThat(items.get(1)).isInstanceOf(InputItem.Unreadable.class);
        assertThat(items.get(3)).isInstanceOf(InputItem.Unreadable.class);
    }

    @Test
    void any_amount_of_leading_whitespace_still_finds_the_array() throws IOException {
        List<InputItem> items = read(" \n".repeat(10_000) + "[{\"a\":1}]");
        assertThat(items).extracting(InputItem::position).containsExactly("element 1");
    }

    @Test
    void leading_blank_lines_keep_the_line_numbers_of_json_lines() throws IOException {
        List<InputItem> items = read("\n\n  \n   {\"a\":1}\n{\"b\":2}");
        assertThat(items).extracting(InputItem::position).containsExactly("line 4", "line 5");
        assertThat(text(items.get(0))).isEqualTo("{\"a\":1}");
    }

    @Test
    void commas_and_brackets_inside_strings_do_not_split_elements() throws IOException {
        List<InputItem> items = read("[{\"a\":\"],[\\\"}{,\"}, \"x\"]");
        assertThat(items).extracting(EventInputsTest::text).containsExactly("{\"a\":\"],[\\\"}{,\"}", "\"x\"");
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

    /** One byte, n times, never held. */
    private static final class Repeated extends InputStream {
        private final byte value;
        private long left;

        Repeated(byte value, long n) {
            this.value = value;
            this.left = n;
        }

        @Override
        public int read() {
            return left-- > 0 ? value : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, value);
            left -= n;
            return n;
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
