package dev.adhoc.waittimes.aws.sdk;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Which endpoint overrides a client accepts: an {@code http} or {@code https} URL with a host (a loopback server, a
 * VPC endpoint). Every option, property and environment variable that overrides an endpoint reads it here, and says
 * {@link #EXPECTED} when it is refused.
 */
public final class EndpointOverride {
    /** What an accepted value looks like, for the messages that refuse one. */
    public static final String EXPECTED = "an http or https URL with a host, such as http://localhost:8000";

    private EndpointOverride() {
    }

    /**
     * @param value the text of an option, a property or an environment variable
     * @return the endpoint, or empty if the value is not {@link #isAccepted accepted}
     */
    public static Optional<URI> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new URI(value.trim())).filter(EndpointOverride::isAccepted);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** @return whether the URI is an {@code http} or {@code https} URL with a host */
    public static boolean isAccepted(URI endpoint) {
        String scheme = endpoint.getScheme();
        return endpoint.getHost() != null && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
    }
}
