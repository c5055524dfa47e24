package dev.adhoc.waittimes.cdk.constructs;

import java.util.Map;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.services.iam.IPrincipal;
import software.amazon.awscdk.services.iam.ServicePrincipal;

/**
 * The principal of a service role's trust policy: the service, and only on behalf of this account
 * ({@code aws:SourceAccount}), so that no other account can have the service act with the role (the confused
 * deputy).
 */
final class TrustedService {
    private TrustedService() {
    }

    /** @return the service principal, conditioned on {@code aws:SourceAccount} being this stack's account */
    static IPrincipal inThisAccount(String servicePrincipal) {
        return new ServicePrincipal(servicePrincipal).withConditions(
                Map.of("StringEquals", Map.of("aws:SourceAccount", Aws.ACCOUNT_ID)));
    }
}
