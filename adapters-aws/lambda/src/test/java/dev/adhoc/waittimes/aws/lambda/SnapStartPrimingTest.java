package dev.adhoc.waittimes.aws.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.adhoc.waittimes.aws.contract.ContractJson;
import dev.adhoc.waittimes.aws.contract.OrderEventParser;
import dev.adhoc.waittimes.aws.contract.WaitTimeEntries;
import dev.adhoc.waittimes.core.domain.CompletionMode;
import dev.adhoc.waittimes.core.domain.WaitTimeSettings;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SnapStartPrimingTest {
    private final ObjectMapper json = ContractJson.newMapper();

    @Test
    void primingRunsTheParseAndOutputPathsWithoutTouchingStorage() throws Exception {
        FakeStorage.Records records = new FakeStorage.Records();
        FakeStorage.Windows windows = new FakeStorage.Windows();
        new RecordOrderEventHandler(new LambdaSettings("t", "bus", WaitTimeSettings.DEFAULTS, Optional.empty()),
                records, windows);
        SnapStartPriming priming = SnapStartPriming.register(json, new OrderEventParser(json, CompletionMode.COMPLETED),
                new WaitTimeEntries(json, "bus"));

        JsonNode output = json.readTree(priming.prime());
        priming.beforeCheckpoint(null);

        assertThat(output.get("status").textValue()).isEqualTo("ACCEPTED");
        assertThat(json.readTree(output.get("entries").get(0).get("Detail").textValue()).get("duration").intValue())
                .isEqualTo(60);
        assertThat(records.merges + windows.updates).isZero();
    }
}
