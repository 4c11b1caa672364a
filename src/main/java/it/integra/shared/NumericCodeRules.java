package it.integra.shared;

/**
 * The rules of the 11-digit numeric tax code (DPR 605/1973, the VAT number's form): seven digits of the
 * registration number, not all zero; three of the office that assigned it; a Luhn-style check digit.
 * The office code is checked only for businesses: people's provisional codes are not held to it until
 * the rule for them is confirmed.
 */
final class NumericCodeRules {

    private NumericCodeRules() {
    }

    static void check(String code) {
        if (!code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidValueException("taxCode.numeric.form");
        }
        if (code.startsWith("0000000")) {
            throw new InvalidValueException("taxCode.numeric.zero");
        }
        char expected = checkDigit(code);
        if (code.charAt(10) != expected) {
            throw new InvalidValueException("taxCode.checkDigit", String.valueOf(expected));
        }
    }

    /** The office codes (digits 8-10) of VAT numbers: a province's office 001-100, 120, 121, 888 or 999. */
    static boolean isOffice(String office) {
        int number = Integer.parseInt(office);
        return number >= 1 && number <= 100 || number == 120 || number == 121 || number == 888 || number == 999;
    }

    static void checkOffice(String code) {
        String office = code.substring(7, 10);
        if (!isOffice(office)) {
            throw new InvalidValueException("taxCode.numeric.office", office);
        }
    }

    /** The check digit of the first 10 digits. */
    static char checkDigit(String first10) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int digit = first10.charAt(i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }
}
