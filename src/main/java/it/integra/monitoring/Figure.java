package it.integra.monitoring;

import java.util.Arrays;
import java.util.Optional;

/**
 * A number of the Monitoraggio page whose records can be listed: the report it belongs to decides
 * whether it is territorial (honours the region); the unit says what one record is (a provider, a
 * pathway, a participant); some need an argument (the ATECO section, the service area).
 */
public enum Figure {

    PROVIDERS_APPLIED("providersApplied", false, Unit.PROVIDER, null),
    PROVIDERS_ELIGIBLE("providersEligible", false, Unit.PROVIDER, null),
    PROVIDERS_WITH_CLEARANCE("providersWithClearance", false, Unit.PROVIDER, null),
    CLEARANCES_REQUESTED("clearancesRequested", false, Unit.PATHWAY, null),
    CLEARANCES_GRANTED("clearancesGranted", false, Unit.PATHWAY, null),
    INTERNSHIPS_STARTED("internshipsStarted", false, Unit.PATHWAY, null),
    INTERNSHIPS_COMPLETED("internshipsCompleted", false, Unit.PATHWAY, null),
    CANCELLED_AFTER_CLEARANCE("cancelledAfterClearance", false, Unit.PATHWAY, null),
    TERRITORY_NOT_ACTIVATED("territory.notActivated", true, Unit.PATHWAY, null),
    TERRITORY_ACTIVATED("territory.activated", true, Unit.PATHWAY, null),
    TERRITORY_ONGOING("territory.ongoing", true, Unit.PATHWAY, null),
    TERRITORY_COMPLETED("territory.completed", true, Unit.PATHWAY, null),
    TERRITORY_TERMINATED("territory.terminated", true, Unit.PATHWAY, null),
    TERRITORY_TOTAL("territory.total", true, Unit.PATHWAY, null),
    SECTOR("sectors.internships", true, Unit.PATHWAY, "section"),
    PROFILE_BASE("profile.base", true, Unit.PARTICIPANT, null),
    PROFILE_PRIOR_WORK_EXPERIENCE("profile.priorWorkExperience", true, Unit.PARTICIPANT, null),
    PROFILE_PROFESSIONAL_QUALIFICATION("profile.professionalQualification", true, Unit.PARTICIPANT, null),
    PROFILE_HOUSED_IN_RECEPTION("profile.housedInReception", true, Unit.PARTICIPANT, null),
    PROFILE_GOOD_LANGUAGE_KNOWLEDGE("profile.goodLanguageKnowledge", true, Unit.PARTICIPANT, null),
    PROFILE_LANGUAGE_CERTIFICATE_A1("profile.languageCertificateA1", true, Unit.PARTICIPANT, null),
    PROFILE_LANGUAGE_CERTIFICATE_A2("profile.languageCertificateA2", true, Unit.PARTICIPANT, null),
    SERVICES_PATHWAYS("services.pathways", false, Unit.PATHWAY, "area"),
    SERVICES_COMPLETE("services.complete", false, Unit.PATHWAY, "area");

    /** What one listed record is; the figure counts records of this unit. */
    public enum Unit { PROVIDER, PATHWAY, PARTICIPANT }

    private final String key;
    private final boolean territorial;
    private final Unit unit;
    private final String argument;

    Figure(String key, boolean territorial, Unit unit, String argument) {
        this.key = key;
        this.territorial = territorial;
        this.unit = unit;
        this.argument = argument;
    }

    public static Optional<Figure> ofKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }

    /** The key in links ({@code figure=...}) and in the bundles ({@code records.figure.<key>}). */
    public String key() {
        return key;
    }

    public boolean territorial() {
        return territorial;
    }

    public Unit unit() {
        return unit;
    }

    /** The name of the request parameter this figure needs ({@code section}, {@code area}), or null. */
    public String argument() {
        return argument;
    }

    /** Whether the figure counts providers' applications rather than pathways. */
    public boolean ofApplications() {
        return this == PROVIDERS_APPLIED || this == PROVIDERS_ELIGIBLE;
    }
}
