package dev.adhoc.waittimes.testsupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DynaliteServerTest {
    @Test
    void servesTheDynamoDbApiOnLoopbackAndStopsOnClose() throws Exception {
        DynaliteServer server = DynaliteServer.start();
        try (server) {
            assertThat(server.endpoint().getHost()).isEqualTo("127.0.0.1");
            assertThat(server.endpoint().getPort()).isEqualTo(server.port());
            assertThat(server.isRunning()).isTrue();

            HttpResponse<String> response = listTables(server);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"TableNames\":[]");
        }
        assertThat(server.isRunning()).isFalse();
        assertThat(accepts(server.port())).isFalse();
        server.close(); // idempotent
    }

    @Test
    void twoServersRunSideBySideOnTheirOwnPorts() {
        try (DynaliteServer one = DynaliteServer.start(); DynaliteServer two = DynaliteServer.start()) {
            assertThat(one.port()).isNotEqualTo(two.port());
            assertThat(accepts(one.port())).isTrue();
            assertThat(accepts(two.port())).isTrue();
        }
    }

    @Test
    void theSharedServerIsOnePerJvmAndSurvivesClose() {
        DynaliteServer shared = DynaliteServer.shared();
        shared.close();

        assertThat(DynaliteServer.shared()).isSameAs(shared);
        assertThat(shared.isRunning()).isTrue();
        assertThat(accepts(shared.port())).isTrue();
    }

    @Test
    void withoutDynaliteInstalledItNamesTheNpmInstallCommand(@TempDir Path emptyNodeModules) {
        assertThatThrownBy(() -> DynaliteServer.start(emptyNodeModules))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("dynalite is not installed")
                .hasMessageContaining("run `npm install --save-dev dynalite@4.0.0` in your project's directory");
    }

    @Test
    void startsTheDynaliteOfAGivenNodeModulesDirectory() {
        Path nodeModules = NodeTools.dynaliteCli().getParent().getParent();
        try (DynaliteServer server = DynaliteServer.start(nodeModules)) {
            assertThat(accepts(server.port())).isTrue();
        }
    }

    static HttpResponse<String> listTables(DynaliteServer server) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(server.endpoint())
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "DynamoDB_20120810.ListTables")
                .header("X-Amz-Date", "20261127T000000Z")
                // dynalite requires a well-formed SigV4 header but does not verify the signature
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=dummy/20261127/us-east-1/dynamodb/aws4_request, "
                        + "SignedHeaders=host;x-amz-date, Signature=0")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
