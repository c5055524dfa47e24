package dev.adhoc.waittimes.aws.sdk;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Endpoints on this machine: a local server (dynalite, a stub of an AWS API) checks no credentials, so a client
 * pointed at one uses {@link #credentials() dummy credentials} and, unless told otherwise, {@link #REGION}; tests
 * and local runs never need, nor touch, real ones.
 *
 * <p>An endpoint is on loopback when its host is {@code localhost} (any case), an IPv4 literal in 127.0.0.0/8, or
 * the IPv6 literal {@code [::1]} (any spelling). A host name is never resolved here: {@code localhost.example.org}
 * or {@code 127.0.0.1.nip.io} are not loopback, whatever they resolve to.
 */
public final class Loopback {
    /** The region a client uses against a loopback endpoint when none is given. */
    public static final Region REGION = Region.US_EAST_1;

    private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
    private static final Pattern IPV4 = Pattern.compile("127\\." + OCTET + "\\." + OCTET + "\\." + OCTET);
    private static final AwsCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));

    private Loopback() {
    }

    /**
     * @param endpoint an endpoint
     * @return whether its host is on this machine: {@code localhost}, 127.0.0.0/8 or {@code [::1]}
     */
    public static boolean isLoopback(URI endpoint) {
        String host = endpoint.getHost();
        if (host == null) {
            return false;
        }
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            try {
                // a bracketed host is an IPv6 literal or nothing: getByName never looks it up
                return InetAddress.getByName(host) instanceof Inet6Address v6 && v6.isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }
        return IPV4.matcher(host).matches();
    }

    /** @return static dummy credentials, for a loopback endpoint */
    public static AwsCredentialsProvider credentials() {
        return CREDENTIALS;
    }

    /**
     * @param endpoint an endpoint override, or empty for the region's endpoint
     * @return {@link #credentials() dummy credentials} for a loopback endpoint; else empty, for the SDK's chain
     */
    public static Optional<AwsCredentialsProvider> credentialsFor(Optional<URI> endpoint) {
        return endpoint.filter(Loopback::isLoopback).map(e -> CREDENTIALS);
    }
}
