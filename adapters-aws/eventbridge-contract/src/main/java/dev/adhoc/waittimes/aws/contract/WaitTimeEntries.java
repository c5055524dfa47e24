package dev.adhoc.waittimes.aws.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.adhoc.waittimes.core.domain.WaitTimeUpdate;
import org.mapstruct.factory.Mappers;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * Turns core's wait-time updates into the {@code OrderManager.DrinkAverageTime} events to put on a bus. Thread-safe.
 */
public final class WaitTimeEntries {
    /** The detail-type of the emitted event, as the reference extension named it. */
    public static final String DETAIL_TYPE = "OrderManager.DrinkAverageTime";

    private final ObjectMapper json;
    private final String eventBusName;
    private final DrinkAverageTimeMapper mapper = Mappers.getMapper(DrinkAverageTimeMapper.class);

    /**
     * @param json         the contract's mapper ({@link ContractJson#newMapper()})
     * @param eventBusName the bus the entries name
     */
    public WaitTimeEntries(ObjectMapper json, String eventBusName) {
        this.json = Objects.requireNonNull(json, "json");
        this.eventBusName = Objects.requireNonNull(eventBusName, "eventBusName");
    }

    /** @return the detail of the event that announces the update */
    public DrinkAverageTimeDetail detail(WaitTimeUpdate update) {
        return mapper.detail(update);
    }

    /** @return the entry that puts the update's event on the bus */
    public PutEventsEntry entry(WaitTimeUpdate update) {
        try {
            return new PutEventsEntry(ConsumedDetailTypes.SOURCE, DETAIL_TYPE, eventBusName,
                    json.writeValueAsString(detail(update)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot serialize the detail of " + update.key(), e);
        }
    }

    /** @return one entry per update, in order */
    public List<PutEventsEntry> entries(List<WaitTimeUpdate> updates) {
        return updates.stream().map(this::entry).toList();
    }
}
