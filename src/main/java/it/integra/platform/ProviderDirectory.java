package it.integra.platform;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The providers a provider operator may be bound to. The provider module implements it; platform
 * sits below that module and so only declares what it needs. While no implementation is present
 * there are no providers to choose, and no provider operator can be created.
 */
public interface ProviderDirectory {

    /** Every provider an operator may be bound to, in the order they should be offered. */
    List<ProviderOption> options();

    Optional<ProviderOption> find(long id);

    /** A provider as a choice in a form. */
    record ProviderOption(long id, String code, String name) {

        public ProviderOption {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
        }
    }
}
