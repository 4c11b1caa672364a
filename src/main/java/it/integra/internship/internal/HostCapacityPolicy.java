package it.integra.internship.internal;

import it.integra.platform.Violation;
import java.util.List;

/**
 * How many trainees a host may have at once (national guidelines of 25 May 2017): one with up to
 * five employees, two with six to twenty, and above twenty ten per cent of the employees, rounded up.
 */
public final class HostCapacityPolicy {

    private HostCapacityPolicy() {
    }

    public static int capacity(int employees) {
        if (employees < 0) {
            throw new IllegalArgumentException("employees cannot be negative: " + employees);
        }
        if (employees <= 5) {
            return 1;
        }
        if (employees <= 20) {
            return 2;
        }
        return (employees + 9) / 10;
    }

    /** Refuses one more trainee when the host already has as many ongoing as its capacity. */
    public static List<Violation> check(int employees, long ongoing) {
        int capacity = capacity(employees);
        return ongoing < capacity ? List.of()
                : List.of(Violation.of("", "internship.hostCapacity", employees, capacity, ongoing));
    }
}
