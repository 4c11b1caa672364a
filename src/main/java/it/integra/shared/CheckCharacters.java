package it.integra.shared;

/**
 * The odd/even check character shared by the personal tax code (over its first 15 characters) and the
 * Italian CIN of a bank account (over ABI, CAB and account number): characters in odd positions
 * (1st, 3rd, ...) count by the table of the Ministry's decree, those in even positions by their place
 * in the alphabet (a digit as the letter of the same rank, 0 as A), and the sum modulo 26 is a letter.
 */
final class CheckCharacters {

    /** Values of the characters in odd positions, A-Z; the digits 0-9 count as A-J. */
    private static final int[] ODD_VALUES = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16,
        10, 22, 25, 24, 23};

    private CheckCharacters() {
    }

    /** The check letter of {@code text}, made of upper-case letters A-Z and digits only. */
    static char oddEven(CharSequence text) {
        int sum = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int index = Character.isDigit(c) ? c - '0' : c - 'A';
            sum += i % 2 == 0 ? ODD_VALUES[index] : index;
        }
        return (char) ('A' + sum % 26);
    }
}
