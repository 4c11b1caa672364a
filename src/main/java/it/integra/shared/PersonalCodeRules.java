package it.integra.shared;

/**
 * The rules of the 16-character personal tax code (DM 23 December 1976 and DM 12 March 1974): six
 * letters of the names; year, month letter and day (plus 40 for women) of a date that exists; a
 * birthplace that is a municipality code in form (a letter and three digits) or, when it begins with
 * Z, a foreign state of the list; the check character. The seven numeric positions may hold their
 * omocodia letters (L M N P Q R S T U V for 0-9), which are read as the digits they replace.
 */
final class PersonalCodeRules {

    static final String MONTHS = "ABCDEHLMPRST";
    static final String OMOCODIA = "LMNPQRSTUV";
    /** Positions (0-based) of the personal code that hold digits, or their omocodia letters. */
    static final int[] NUMERIC_POSITIONS = {6, 7, 9, 10, 12, 13, 14};
    private static final int[] MONTH_LENGTHS = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private PersonalCodeRules() {
    }

    static void check(String code) {
        for (int i = 0; i < 16; i++) {
            char c = code.charAt(i);
            if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9')) {
                throw new InvalidValueException("taxCode.personal.character", String.valueOf(c), i + 1);
            }
        }
        for (int i = 0; i < 6; i++) {
            if (!Character.isLetter(code.charAt(i))) {
                throw new InvalidValueException("taxCode.personal.names");
            }
        }
        String decoded = decodeOmocodia(code);
        int month = MONTHS.indexOf(code.charAt(8));
        if (month < 0) {
            throw new InvalidValueException("taxCode.personal.month", String.valueOf(code.charAt(8)));
        }
        checkDate(decoded.substring(6, 8), month, decoded.substring(9, 11));
        checkBirthplace(decoded.substring(11, 15));
        if (!Character.isLetter(code.charAt(15))) {
            throw new InvalidValueException("taxCode.personal.checkForm");
        }
        char expected = CheckCharacters.oddEven(code.substring(0, 15));
        if (code.charAt(15) != expected) {
            throw new InvalidValueException("taxCode.checkCharacter", String.valueOf(expected));
        }
    }

    /**
     * The day must exist in the month; 29 February only in a leap year. The code holds the year's last
     * two digits: 00 stands for 2000 (a leap year) as well as 1900, so it allows 29 February, and any
     * other year divisible by 4 is a leap year in either century.
     */
    private static void checkDate(String year, int month, String dayText) {
        int coded = Integer.parseInt(dayText);
        if (!(coded >= 1 && coded <= 31 || coded >= 41 && coded <= 71)) {
            throw new InvalidValueException("taxCode.personal.day", dayText);
        }
        int day = coded > 40 ? coded - 40 : coded;
        boolean leap = Integer.parseInt(year) % 4 == 0;
        int length = month == 1 && !leap ? 28 : MONTH_LENGTHS[month];
        if (day > length) {
            throw new InvalidValueException("taxCode.personal.date", String.format("%02d/%02d/%s", day, month + 1, year));
        }
    }

    private static void checkBirthplace(String place) {
        if (!Character.isLetter(place.charAt(0))) {
            throw new InvalidValueException("taxCode.personal.birthplace");
        }
        if (place.charAt(0) == 'Z' && !ForeignStates.isKnown(place)) {
            throw new InvalidValueException("taxCode.personal.foreignState", place);
        }
    }

    /** Replaces omocodia letters by their digits; fails when a numeric position holds another letter. */
    private static String decodeOmocodia(String code) {
        char[] chars = code.toCharArray();
        for (int position : NUMERIC_POSITIONS) {
            char c = chars[position];
            if (Character.isDigit(c)) {
                continue;
            }
            int digit = OMOCODIA.indexOf(c);
            if (digit < 0) {
                throw new InvalidValueException(position < 9 ? "taxCode.personal.year"
                        : position < 12 ? "taxCode.personal.day" : "taxCode.personal.birthplace",
                        code.substring(position < 9 ? 6 : position < 12 ? 9 : 11, position < 9 ? 8 : position < 12 ? 11 : 15));
            }
            chars[position] = (char) ('0' + digit);
        }
        return new String(chars);
    }
}
