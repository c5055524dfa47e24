package dev.adhoc.waittimes.cdk;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import io.github.cdklabs.cdknag.NagPackProps;
import java.nio.file.Files;
import java.util.Map;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.StackProps;

/**
 * The CDK app: {@code cd infra-cdk && npx cdk synth | deploy | destroy} runs {@link #main} through the Maven wrapper
 * (see {@code cdk.json}). cdk-nag's AWS Solutions checks run on every synthesis, so an unsuppressed finding fails
 * {@code cdk synth} and {@code cdk deploy} alike.
 */
public final class WaitTimesApp {
    private WaitTimesApp() {
    }

    /**
     * Synthesizes the app into the directory the CLI chose.
     *
     * @param args ignored: settings come from CDK context ({@code -c key=value} or {@code cdk.json})
     */
    public static void main(String[] args) {
        create(Map.of()).synth();
    }

    /**
     * Builds the app with its one stack and the cdk-nag checks, without synthesizing it.
     *
     * @param context context values added to what the CLI passes (tests use it instead of the CLI)
     * @return the app
     * @throws IllegalArgumentException if a setting is invalid or the Lambda jar does not exist
     */
    public static App create(Map<String, Object> context) {
        return create(context, NagPackProps.builder().verbose(true).build());
    }

    /**
     * Builds the app with its one stack and the cdk-nag checks configured by {@code nag}, without synthesizing it.
     *
     * @param context context values added to what the CLI passes
     * @param nag     options of the AWS Solutions checks (tests log suppressed findings to see them)
     * @return the app
     * @throws IllegalArgumentException if a setting is invalid or the Lambda jar does not exist
     */
    public static App create(Map<String, Object> context, NagPackProps nag) {
        App app = new App(AppProps.builder().context(context).build());
        StackSettings settings = StackSettings.fromContext(app.getNode()::tryGetContext);
        if (!Files.exists(settings.lambdaJar())) {
            throw new IllegalArgumentException("Lambda jar not found at " + settings.lambdaJar().toAbsolutePath()
                    + ": build it first with `./mvnw -B -q -pl infra-cdk -am package -DskipTests` from the"
                    + " repository root, or pass -c lambdaJar=<path>");
        }
        new WaitTimesStack(app, settings.stackName(), StackProps.builder()
                .description("Serverlesspresso " + settings.extension().contextValue() + " extension: "
                        + settings.extension().summary())
                .build(), settings);
        Aspects.of(app).add(new AwsSolutionsChecks(nag));
        return app;
    }
}
