package it.integra.shared;

/** Knowledge of Italian at intake. */
public enum LanguageKnowledge {
    NONE, BASIC, GOOD
}
