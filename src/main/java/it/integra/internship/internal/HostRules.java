package it.integra.internship.internal;

import it.integra.internship.SaveHost;
import it.integra.platform.Violation;
import it.integra.shared.AtecoCode;
import it.integra.shared.InvalidValueException;
import it.integra.shared.TaxCode;
import it.integra.shared.Territory;
import java.util.ArrayList;
import java.util.List;

/**
 * What a host's record needs: a valid tax code (a VAT number with an office code that exists), a name, an
 * ATECO code that exists in its edition (a class or deeper), the province
 * of its seat and its number of employees (which sets how many trainees it may host).
 */
public final class HostRules {

    static final int MAX_TEXT = 300;

    private HostRules() {
    }

    /** Every problem of the host's data, each on its field; {@code prefix} names the form's fields. */
    public static List<Violation> check(SaveHost host, String prefix) {
        List<Violation> violations = new ArrayList<>();
        TaxCode.problemOfBusiness(host.taxCode()).ifPresent(problem -> violations.add(
                new Violation(field(prefix, "taxCode"), problem.messageKey(), List.of(problem.arguments()))));
        if (host.name() == null || host.name().length() > MAX_TEXT) {
            violations.add(Violation.of(field(prefix, "name"), "internship.host.name"));
        }
        if (host.atecoEdition() == null) {
            violations.add(Violation.of(field(prefix, "atecoEdition"), "internship.host.atecoEdition"));
        } else {
            try {
                AtecoCode.parse(host.atecoEdition(), host.ateco());
            } catch (InvalidValueException e) {
                violations.add(Violation.of(field(prefix, "ateco"), "internship.host.ateco",
                        host.ateco() == null ? "" : host.ateco(), host.atecoEdition().toString()));
            }
        }
        if (!Territory.isProvince(host.province())) {
            violations.add(Violation.of(field(prefix, "province"), "internship.host.province"));
        }
        if (host.address() != null && host.address().length() > MAX_TEXT) {
            violations.add(Violation.of(field(prefix, "address"), "internship.host.address"));
        }
        if (host.employees() == null || host.employees() < 0) {
            violations.add(Violation.of(field(prefix, "employees"), "internship.host.employees"));
        }
        return violations;
    }

    private static String field(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
