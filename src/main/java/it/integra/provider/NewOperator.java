package it.integra.provider;

/**
 * A new operator of a provider, who receives a generated password. Only an administrator may make
 * the new operator the provider's lead; for a lead operator the flag is ignored.
 */
public record NewOperator(String username, String displayName, String email, boolean lead) {
}
