package it.integra.shared;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/** Builds valid tax codes of both forms from a seeded random source, for tests. */
final class TaxCodes {

    static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    static final String MONTHS = "ABCDEHLMPRST";
    static final String OMOCODIA = "LMNPQRSTUV";
    static final int[] NUMERIC_POSITIONS = {6, 7, 9, 10, 12, 13, 14};
    private static final List<String> FOREIGN = ForeignStates.all().stream().map(ForeignStates.ForeignState::code).toList();

    private TaxCodes() {
    }

    /** A personal code of a real birth date (any day of 1904-2003), a man or a woman, with some omocodia. */
    static String personal(Random random) {
        LocalDate birth = LocalDate.of(1904, 1, 1).plusDays(random.nextInt(36_500));
        return personal(random, birth, random.nextBoolean());
    }

    static String personal(Random random, LocalDate birth, boolean woman) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            code.append(LETTERS.charAt(random.nextInt(26)));
        }
        code.append(String.format("%02d", birth.getYear() % 100));
        code.append(MONTHS.charAt(birth.getMonthValue() - 1));
        code.append(String.format("%02d", birth.getDayOfMonth() + (woman ? 40 : 0)));
        code.append(random.nextInt(3) == 0 ? FOREIGN.get(random.nextInt(FOREIGN.size()))
                : LETTERS.charAt(random.nextInt(25)) + String.format("%03d", random.nextInt(1000)));
        if (random.nextInt(4) == 0) {
            int position = NUMERIC_POSITIONS[random.nextInt(NUMERIC_POSITIONS.length)];
            code.setCharAt(position, OMOCODIA.charAt(code.charAt(position) - '0'));
        }
        return code.append(TaxCode.personalCheckCharacter(code.toString())).toString();
    }

    /** A numeric code whose first seven digits are not all zero; its office code is any three digits. */
    static String numeric(Random random) {
        String first10 = String.format("%07d%03d", 1 + random.nextInt(9_999_999), random.nextInt(1000));
        return first10 + TaxCode.numericCheckDigit(first10);
    }

    /** A business's VAT number with an office code that exists. */
    static String vatNumber(Random random) {
        int[] special = {120, 121, 888, 999};
        int office = random.nextInt(5) == 0 ? special[random.nextInt(4)] : 1 + random.nextInt(100);
        String first10 = String.format("%07d%03d", 1 + random.nextInt(9_999_999), office);
        return first10 + TaxCode.numericCheckDigit(first10);
    }
}
