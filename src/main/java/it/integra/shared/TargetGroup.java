package it.integra.shared;

/** Who a programme is for, by legal status and history. */
public enum TargetGroup {
    INTERNATIONAL_PROTECTION, HUMANITARIAN_PROTECTION, UNACCOMPANIED_MINOR, FORMER_UNACCOMPANIED_MINOR, SPECIAL_CASE
}
