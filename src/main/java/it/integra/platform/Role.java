package it.integra.platform;

/** What a user may do. Every user has exactly one role. */
public enum Role {
    /** Programme authority administrator: users, configuration, everything officers do. */
    ADMIN,
    /** Authority staff who evaluate applications, grant clearances, verify and pay. */
    OFFICER,
    /** A provider's operator, bound to exactly one provider and seeing only its people. */
    PROVIDER,
    /** Read-only monitoring, optionally bound to one region. */
    ANALYST;

    public String authority() {
        return "ROLE_" + name();
    }

    /** Authority staff see every organisation's records. */
    public boolean isAuthorityStaff() {
        return this == ADMIN || this == OFFICER;
    }
}
