package it.integra.outcome;

/**
 * Age at the start of the internship, in bands that add up to the ESF+ ones (below 18, 18 to 29, 55
 * and above) and keep the young adults of PERCORSI apart.
 */
public enum AgeBand {
    UNDER_18, FROM_18_TO_24, FROM_25_TO_29, FROM_30_TO_54, FROM_55
}
