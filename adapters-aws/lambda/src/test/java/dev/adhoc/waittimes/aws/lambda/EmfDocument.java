package dev.adhoc.waittimes.aws.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One CloudWatch Embedded Metric Format document as CloudWatch reads it: its directive ({@code _aws}) names the
 * namespace, the dimension sets and the metrics with their units; the values are root fields.
 *
 * @param namespace  the namespace
 * @param dimensions the dimension sets, each a list of dimension names
 * @param units      the unit of each metric, by name
 * @param root       the whole document (dimension values and metric values are its fields)
 */
record EmfDocument(String namespace, List<List<String>> dimensions, Map<String, String> units, JsonNode root) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static EmfDocument parse(String line) {
        JsonNode root;
        try {
            root = JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException("not a JSON line: " + line, e);
        }
        JsonNode directives = root.path("_aws").path("CloudWatchMetrics");
        if (!root.path("_aws").path("Timestamp").isNumber() || directives.size() != 1) {
            throw new AssertionError("not an EMF document with one directive: " + line);
        }
        JsonNode directive = directives.get(0);
        List<List<String>> dimensions = new ArrayList<>();
        for (JsonNode set : directive.path("Dimensions")) {
            List<String> names = new ArrayList<>();
            set.forEach(n -> names.add(n.textValue()));
            dimensions.add(names);
        }
        Map<String, String> units = new LinkedHashMap<>();
        directive.path("Metrics").forEach(m -> units.put(m.path("Name").textValue(), m.path("Unit").textValue()));
        return new EmfDocument(directive.path("Namespace").textValue(), dimensions, units, root);
    }

    /** @return the value of a field (a dimension's value, a property) */
    String text(String field) {
        return root.path(field).asText(null);
    }

    /** @return a metric's values: one, or each value of an array */
    List<Double> values(String metric) {
        JsonNode value = root.path(metric);
        List<Double> values = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(v -> values.add(v.doubleValue()));
        } else if (value.isNumber()) {
            values.add(value.doubleValue());
        }
        return values;
    }

    /** @return a metric's only value */
    double value(String metric) {
        List<Double> values = values(metric);
        if (values.size() != 1) {
            throw new AssertionError(metric + " has " + values.size() + " values in " + root);
        }
        return values.get(0);
    }
}
