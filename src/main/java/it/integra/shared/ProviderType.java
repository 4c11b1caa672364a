package it.integra.shared;

/** The kinds of provider of the contract. */
public enum ProviderType {
    TRAINING_BODY, EMPLOYMENT_AGENCY, THIRD_SECTOR, TRADE_UNION, EMPLOYERS_ASSOCIATION, BILATERAL_BODY
}
