package it.integra.shared;

import java.util.Random;

/** Builds valid tax codes of both forms from a seeded random source, for tests. */
final class TaxCodes {

    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String MONTHS = "ABCDEHLMPRST";
    private static final String OMOCODIA = "LMNPQRSTUV";
    private static final int[] NUMERIC_POSITIONS = {6, 7, 9, 10, 12, 13, 14};

    private TaxCodes() {
    }

    static String personal(Random random) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            code.append(LETTERS.charAt(random.nextInt(26)));
        }
        code.append(String.format("%02d", random.nextInt(100)));
        code.append(MONTHS.charAt(random.nextInt(MONTHS.length())));
        int day = 1 + random.nextInt(28) + (random.nextBoolean() ? 40 : 0);
        code.append(String.format("%02d", day));
        code.append(LETTERS.charAt(random.nextInt(26)));
        code.append(String.format("%03d", random.nextInt(1000)));
        if (random.nextInt(4) == 0) {
            int position = NUMERIC_POSITIONS[random.nextInt(NUMERIC_POSITIONS.length)];
            code.setCharAt(position, OMOCODIA.charAt(code.charAt(position) - '0'));
        }
        return code.append(TaxCode.personalCheckCharacter(code.toString())).toString();
    }

    static String numeric(Random random) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            code.append(random.nextInt(10));
        }
        if (code.toString().equals("0000000000")) {
            code.setCharAt(0, '1');
        }
        return code.append(TaxCode.numericCheckDigit(code.toString())).toString();
    }
}
