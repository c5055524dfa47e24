package dev.adhoc.waittimes.testsupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(DynaliteExtension.class)
class DynaliteExtensionTest {
    private static DynaliteServer fromBeforeAll;

    @BeforeAll
    static void injectedIntoLifecycleMethods(DynaliteServer server) {
        fromBeforeAll = server;
    }

    @Test
    void injectsTheSharedServer(DynaliteServer server) throws Exception {
        assertThat(server).isSameAs(DynaliteServer.shared()).isSameAs(fromBeforeAll);
        assertThat(DynaliteServerTest.listTables(server).statusCode()).isEqualTo(200);
    }
}
