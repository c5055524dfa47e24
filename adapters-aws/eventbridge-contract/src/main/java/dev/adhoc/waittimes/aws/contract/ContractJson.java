package dev.adhoc.waittimes.aws.contract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * The one Jackson configuration of the contract, strict where the bus input is untrusted:
 * <ul>
 *   <li>duplicate keys fail ({@code STRICT_DUPLICATE_DETECTION}): which value would win is parser-specific;</li>
 *   <li>trailing content after the value fails; nesting deeper than {@value #MAX_NESTING_DEPTH} fails;</li>
 *   <li>no scalar coercion: a number or boolean where a string is expected is a wrong type (ids are never
 *       numbers on the bus, and {@code 007} and {@code 7} would become one order);</li>
 *   <li>unknown properties are ignored: the bus adds fields freely;</li>
 *   <li>decimals are written plain ({@code 60}, never {@code 6E+1}).</li>
 * </ul>
 */
public final class ContractJson {
    /** The largest event EventBridge accepts, and so the largest input parsed: 256 KB. */
    public static final int MAX_EVENT_BYTES = 256 * 1024;
    /** The deepest nesting parsed; Serverlesspresso events nest 3 levels. */
    public static final int MAX_NESTING_DEPTH = 64;

    private ContractJson() {
    }

    /** @return a new mapper with the contract's configuration (thread-safe once built; build one per container) */
    public static ObjectMapper newMapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
        return JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(LogicalType.Textual, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .build();
    }
}
