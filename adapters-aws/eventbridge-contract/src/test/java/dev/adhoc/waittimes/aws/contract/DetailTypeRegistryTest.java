package dev.adhoc.waittimes.aws.contract;

import dev.adhoc.waittimes.aws.contract.ConsumedDetailTypes.Consumed;
import dev.adhoc.waittimes.aws.contract.ConsumedDetailTypes.Kind;
import dev.adhoc.waittimes.aws.contract.DetailTypeRegistry.Registration;
import dev.adhoc.waittimes.core.waittimes.CompletionMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DetailTypeRegistryTest {
    @Test
    void theDefaultsAreTheContractsTableInEachMode() {
        assertThat(DetailTypeRegistry.defaults(CompletionMode.COMPLETED).registrations()).containsExactly(
                new Registration("OrderManager.WaitingCompletion", Kind.SUBMITTED),
                new Registration("OrderManager.MakeOrder", Kind.CLAIMED),
                new Registration("OrderManager.Order<tenant>-COMPLETED", Kind.COMPLETED),
                new Registration("OrderManager.OrderCompleted", Kind.COMPLETED),
                new Registration("OrderManager.Order<tenant>-CANCELLED", Kind.CANCELLED),
                new Registration("OrderManager.OrderCancelled", Kind.CANCELLED),
                new Registration("OrderProcessor.OrderTimeOut", Kind.TIMED_OUT));
        assertThat(DetailTypeRegistry.defaults(CompletionMode.FINISHED).registrations())
                .containsAll(DetailTypeRegistry.defaults(CompletionMode.COMPLETED).registrations())
                .contains(new Registration("OrderProcessor.orderFinished", Kind.COMPLETED))
                .hasSize(8);
    }

    @Test
    void registeringAgainChangesTheKindInPlace() {
        DetailTypeRegistry registry = DetailTypeRegistry.defaults(CompletionMode.COMPLETED).toBuilder()
                .register("OrderManager.MakeOrder", Kind.SUBMITTED).build();

        assertThat(registry.registrations().get(1)).isEqualTo(new Registration("OrderManager.MakeOrder",
                Kind.SUBMITTED));
        assertThat(registry.classify("OrderManager.MakeOrder")).contains(new Consumed(Kind.SUBMITTED,
                Optional.empty()));
    }

    @Test
    void aCopyLeavesTheOriginalAlone() {
        DetailTypeRegistry defaults = DetailTypeRegistry.defaults(CompletionMode.COMPLETED);
        defaults.toBuilder().unregister("OrderManager.MakeOrder").register("X.Y", Kind.CLAIMED).build();

        assertThat(defaults.classify("OrderManager.MakeOrder")).isPresent();
        assertThat(defaults.classify("X.Y")).isEmpty();
    }

    @Test
    void anExactNameWinsOverATenantPatternThatAlsoMatches() {
        DetailTypeRegistry registry = completedThenCancelled("Bar.Order<tenant>-DONE", "Bar.OrderVIP-DONE");

        assertThat(registry.classify("Bar.OrderVIP-DONE")).contains(new Consumed(Kind.CANCELLED, Optional.empty()));
        assertThat(registry.classify("Bar.OrderNYC-DONE")).contains(new Consumed(Kind.COMPLETED, Optional.of("NYC")));
    }

    @Test
    void tenantPatternsAreTriedInRegistrationOrder() {
        DetailTypeRegistry registry = completedThenCancelled("Bar.<tenant>-DONE", "Bar.Order<tenant>-DONE");

        assertThat(registry.classify("Bar.OrderNYC-DONE")).contains(new Consumed(Kind.COMPLETED,
                Optional.of("OrderNYC")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "<tenant>", "Bar.<tenant>-<tenant>", "Bar Order", "Bar.\tOrder", "Bar.\u0000"})
    void refusesNamesThatCannotBeADetailType(String detailType) {
        assertThatThrownBy(() -> DetailTypeRegistry.builder().register(detailType, Kind.COMPLETED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unregisteringANameThatIsNotThereIsAnError() {
        assertThatThrownBy(() -> DetailTypeRegistry.builder().unregister("OrderManager.MakeOrder"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not registered");
    }

    @Test
    void regexCharactersInANameAreLiteral() {
        DetailTypeRegistry registry = DetailTypeRegistry.builder()
                .register("Bar.(Order)+<tenant>[x]", Kind.COMPLETED).build();

        assertThat(registry.classify("Bar.(Order)+NYC[x]")).contains(new Consumed(Kind.COMPLETED, Optional.of("NYC")));
        assertThat(registry.classify("BarX(Order)+NYC[x]")).isEmpty();
        assertThat(registry.classify("Bar.OrderOrderNYCx")).isEmpty();
    }

    /**
     * A name is consumed by {@code <prefix><tenant><suffix>} exactly when it starts with the prefix and ends with the
     * suffix without the two overlapping; the tenant is what lies between, whatever it holds (the parts' own
     * characters, nothing at all).
     */
    @Property
    void aTenantPatternMatchesExactlyTheNamesAroundATenant(@ForAll("parts") String prefix,
                                                          @ForAll("parts") String suffix,
                                                          @ForAll("detailTypes") String name) {
        DetailTypeRegistry registry = DetailTypeRegistry.builder()
                .register(prefix + DetailTypeRegistry.TENANT + suffix, Kind.CLAIMED).build();

        boolean around = name.startsWith(prefix) && name.endsWith(suffix)
                && name.length() >= prefix.length() + suffix.length();
        Optional<Consumed> consumed = registry.classify(name);

        if (around) {
            assertThat(consumed).contains(new Consumed(Kind.CLAIMED,
                    Optional.of(name.substring(prefix.length(), name.length() - suffix.length()))));
        } else {
            assertThat(consumed).isEmpty();
        }
    }

    @Property
    void aNameBuiltAroundATenantCarriesThatTenant(@ForAll("parts") String prefix, @ForAll("parts") String suffix,
                                                  @ForAll("detailTypes") String tenant) {
        DetailTypeRegistry registry = DetailTypeRegistry.builder()
                .register(prefix + DetailTypeRegistry.TENANT + suffix, Kind.COMPLETED).build();

        assertThat(registry.classify(prefix + tenant + suffix))
                .contains(new Consumed(Kind.COMPLETED, Optional.of(tenant)));
    }

    @Provide
    Arbitrary<String> parts() {
        // few characters, so that parts, names and tenants often share and repeat them
        return Arbitraries.strings().withChars("Or.-").ofMinLength(1).ofMaxLength(5);
    }

    @Provide
    Arbitrary<String> detailTypes() {
        return Arbitraries.strings().withChars("Or.-N").ofMaxLength(12);
    }

    /** @return a registry of two detail-types, registered in this order: one completes an order, one cancels it */
    private static DetailTypeRegistry completedThenCancelled(String completed, String cancelled) {
        return DetailTypeRegistry.builder().register(completed, Kind.COMPLETED).register(cancelled, Kind.CANCELLED)
                .build();
    }
}
