package dev.adhoc.waittimes.testsupport;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that injects the JVM-wide {@link DynaliteServer#shared()} server into any constructor,
 * lifecycle or test method parameter of type {@link DynaliteServer}. One server serves every test class of the
 * test JVM; it stops when the JVM exits.
 *
 * <pre>{@code
 * @ExtendWith(DynaliteExtension.class)
 * class MyTest {
 *     @BeforeAll static void setUp(DynaliteServer dynalite) { ... dynalite.endpoint() ... }
 * }
 * }</pre>
 */
public final class DynaliteExtension implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == DynaliteServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return DynaliteServer.shared();
    }
}
