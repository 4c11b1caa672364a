package it.integra.provider.internal;

import it.integra.platform.Violation;
import it.integra.provider.OperatingSeat;
import it.integra.provider.ProviderContacts;
import it.integra.provider.ProviderData;
import it.integra.shared.Codes;
import it.integra.shared.ProviderType;
import it.integra.shared.SpreadsheetCells;
import it.integra.shared.TaxCode;
import it.integra.shared.Territory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** The rules of the provider registry; every broken rule is reported with the form field it concerns. */
public final class ProviderPolicy {

    public static final int MAX_NAME = 300;
    public static final int MAX_TEXT = 200;
    public static final int MAX_ADDRESS = 300;
    public static final int MAX_SEATS = 30;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ./-]{4,24}");

    private ProviderPolicy() {
    }

    public static List<Violation> checkCode(String code, boolean taken) {
        if (code == null || code.isBlank()) {
            return List.of(Violation.of("code", "providers.error.code.required"));
        }
        if (!Codes.isValid(code)) {
            return List.of(Violation.of("code", "providers.error.code.format"));
        }
        return taken ? List.of(Violation.of("code", "providers.error.code.taken", code)) : List.of();
    }

    public static List<Violation> checkData(ProviderData data) {
        List<Violation> violations = new ArrayList<>();
        if (data.taxCode() == null) {
            violations.add(Violation.of("taxCode", "providers.error.taxCode.required"));
        } else {
            TaxCode.problem(data.taxCode()).ifPresent(problem -> violations.add(
                    Violation.of("taxCode", problem.messageKey(), problem.arguments())));
        }
        if (data.name() == null) {
            violations.add(Violation.of("name", "providers.error.name.required"));
        } else if (data.name().length() > MAX_NAME) {
            violations.add(Violation.of("name", "providers.error.tooLong", MAX_NAME));
        } else if (SpreadsheetCells.startsLikeFormula(data.name())) {
            violations.add(Violation.of("name", "name.formula"));
        }
        if (data.type() == null || Arrays.stream(ProviderType.values()).noneMatch(t -> t.name().equals(data.type()))) {
            violations.add(Violation.of("type", "providers.error.type.required"));
        }
        province("province", data.province(), violations);
        if (data.accreditation() != null && data.accreditation().length() > MAX_TEXT) {
            violations.add(Violation.of("accreditation", "providers.error.tooLong", MAX_TEXT));
        }
        violations.addAll(checkContacts(data.contacts(), data.seats()));
        return violations;
    }

    /** The part of the registry that a provider's own operators keep up to date. */
    public static List<Violation> checkContacts(ProviderContacts contacts, List<OperatingSeat> seats) {
        List<Violation> violations = new ArrayList<>();
        email("email", contacts.email(), "providers.error.email.format", violations);
        email("pec", contacts.pec(), "providers.error.pec.format", violations);
        if (contacts.phone() != null && !PHONE.matcher(contacts.phone()).matches()) {
            violations.add(Violation.of("phone", "providers.error.phone.format"));
        }
        if (seats.size() > MAX_SEATS) {
            violations.add(Violation.of("", "providers.error.seats.tooMany", MAX_SEATS));
        }
        for (int i = 0; i < seats.size(); i++) {
            OperatingSeat seat = seats.get(i);
            province("seats[" + i + "].province", seat.province(), violations);
            if (seat.address() == null) {
                violations.add(Violation.of("seats[" + i + "].address", "providers.error.address.required"));
            } else if (seat.address().length() > MAX_ADDRESS) {
                violations.add(Violation.of("seats[" + i + "].address", "providers.error.tooLong", MAX_ADDRESS));
            }
        }
        return violations;
    }

    private static void province(String field, String province, List<Violation> violations) {
        if (province == null) {
            violations.add(Violation.of(field, "providers.error.province.required"));
        } else if (!Territory.isProvince(province)) {
            violations.add(Violation.of(field, "providers.error.province.unknown"));
        }
    }

    private static void email(String field, String email, String code, List<Violation> violations) {
        if (email != null && (email.length() > MAX_TEXT || !EMAIL.matcher(email).matches())) {
            violations.add(Violation.of(field, code));
        }
    }
}
