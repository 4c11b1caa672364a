package it.integra.demo.internal;

import it.integra.shared.TaxCode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Invented people with plausible names for the countries the programmes' participants came from,
 * and valid tax codes: mostly the 16-character personal code of a person born abroad (birthplace
 * Z + three digits), some the 11-digit provisional code of asylum seekers. All unique.
 */
final class DemoPeople {

    record Person(String taxCode, String familyName, String givenName, String sex, LocalDate birthDate,
                  String citizenship) {
    }

    private record Origin(String country, String foreignCode, List<String> families, List<String> men,
                          List<String> women) {
    }

    private static final List<Origin> ORIGINS = List.of(
            new Origin("NG", "Z335", List.of("Okafor", "Adeyemi", "Eze", "Nwosu", "Balogun", "Ibrahim", "Okon", "Obi"),
                    List.of("Chinedu", "Emeka", "Tunde", "Ibrahim", "Samuel", "Daniel", "Musa"),
                    List.of("Blessing", "Ngozi", "Grace", "Aisha", "Joy", "Esther")),
            new Origin("GM", "Z317", List.of("Jallow", "Ceesay", "Touray", "Sowe", "Bah", "Jobe", "Camara"),
                    List.of("Lamin", "Ebrima", "Modou", "Omar", "Alieu", "Bakary"),
                    List.of("Fatou", "Isatou", "Awa", "Mariama", "Binta")),
            new Origin("ML", "Z329", List.of("Traore", "Diarra", "Keita", "Coulibaly", "Sangare", "Konate"),
                    List.of("Moussa", "Adama", "Boubacar", "Seydou", "Mamadou", "Souleymane"),
                    List.of("Aminata", "Kadiatou", "Oumou", "Fanta", "Rokia")),
            new Origin("SN", "Z343", List.of("Diop", "Ndiaye", "Fall", "Sarr", "Gueye", "Mbaye", "Sow"),
                    List.of("Cheikh", "Abdoulaye", "Ousmane", "Ibrahima", "Pape", "Malick"),
                    List.of("Khady", "Aida", "Astou", "Ndeye", "Coumba")),
            new Origin("GN", "Z319", List.of("Diallo", "Barry", "Sylla", "Conde", "Bangoura", "Soumah"),
                    List.of("Amadou", "Alpha", "Mamadou", "Thierno", "Sekou"),
                    List.of("Mariama", "Hawa", "Fatoumata", "Kadiatou")),
            new Origin("PK", "Z236", List.of("Khan", "Ahmed", "Hussain", "Ali", "Shah", "Iqbal", "Raza"),
                    List.of("Muhammad", "Bilal", "Usman", "Hamza", "Imran", "Asad"),
                    List.of("Ayesha", "Fatima", "Sana", "Mehwish")),
            new Origin("BD", "Z249", List.of("Rahman", "Hossain", "Islam", "Miah", "Uddin", "Akter"),
                    List.of("Rakib", "Sohel", "Jahid", "Kamal", "Shakil"),
                    List.of("Nasrin", "Sumaiya", "Rupa", "Taslima")),
            new Origin("AF", "Z200", List.of("Ahmadi", "Rahimi", "Karimi", "Hakimi", "Noori", "Sultani"),
                    List.of("Ahmad", "Mohammad", "Farid", "Jawad", "Nasir"),
                    List.of("Zahra", "Maryam", "Farzana", "Shabnam")),
            new Origin("ER", "Z368", List.of("Tesfaye", "Ghebre", "Haile", "Berhane", "Tekle", "Kidane"),
                    List.of("Yonas", "Samuel", "Dawit", "Filmon", "Robel"),
                    List.of("Helen", "Senait", "Luwam", "Saba")),
            new Origin("SO", "Z345", List.of("Abdi", "Farah", "Mohamed", "Hassan", "Warsame", "Omar"),
                    List.of("Abdirahman", "Ahmed", "Yusuf", "Abdullahi", "Said"),
                    List.of("Hodan", "Amina", "Sahra", "Fadumo")),
            new Origin("CI", "Z313", List.of("Kouassi", "Kone", "Yao", "Bamba", "Ouattara", "Toure"),
                    List.of("Koffi", "Yannick", "Serge", "Arouna", "Drissa"),
                    List.of("Aya", "Mariam", "Adjoua", "Salimata")));

    private static final String MONTHS = "ABCDEHLMPRST";
    private static final String VOWELS = "AEIOU";

    /** Room for the people of one copy of the dataset; the base copy has about 8,400. */
    static final int PEOPLE_PER_COPY = 10_000;
    /** Distinct numbers of all copies up to scale 1,000: a collision with the base tries the next span. */
    private static final long COPY_SPAN = 1_000L * PEOPLE_PER_COPY;
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private final Random random;
    private final int copy;
    private final Set<String> baseCodes;
    private final Set<String> used = new HashSet<>();
    private int count;

    DemoPeople(Random random) {
        this(random, 0, Set.of());
    }

    /**
     * People of one copy of the dataset: copy 0 is the base; a later copy draws exactly the same people
     * (the same random sequence) but gives each a tax code of its own, unique over all copies and
     * never one of the base's {@code baseCodes}.
     */
    DemoPeople(Random random, int copy, Set<String> baseCodes) {
        this.random = random;
        this.copy = copy;
        this.baseCodes = baseCodes;
    }

    /** A new person born between the two dates, with a provisional code in about one case in seven. */
    Person next(LocalDate bornFrom, LocalDate bornTo, double womenShare) {
        Origin origin = ORIGINS.get(random.nextInt(ORIGINS.size()));
        boolean woman = random.nextDouble() < womenShare;
        String family = pick(origin.families());
        String given = pick(woman ? origin.women() : origin.men());
        long span = bornTo.toEpochDay() - bornFrom.toEpochDay();
        LocalDate birth = LocalDate.ofEpochDay(bornFrom.toEpochDay() + (long) (random.nextDouble() * span));
        String code;
        do {
            code = random.nextInt(7) == 0 ? provisional() : personal(family, given, birth, woman, origin.foreignCode());
            birth = code.length() == 16 && used.contains(code) ? birth.plusDays(1) : birth;
        } while (!used.add(code));
        int index = count++;
        String taxCode = copy == 0 ? code : copyCode(code, index);
        return new Person(taxCode, family, given, woman ? "F" : "M", birth, origin.country());
    }

    /** The tax codes drawn so far (those of the base copy when this is copy 0). */
    Set<String> taxCodes() {
        return used;
    }

    /**
     * Person {@code index} of this copy: a personal code keeps the base person's birth date, sex and
     * birthplace with letters spelling a number unique to copy and person; a provisional code is that
     * number in digits.
     */
    private String copyCode(String base, int index) {
        if (index >= PEOPLE_PER_COPY) {
            throw new IllegalStateException("More than " + PEOPLE_PER_COPY + " people in one copy of the demo");
        }
        for (long attempt = 0; ; attempt++) {
            long number = attempt * COPY_SPAN + (long) copy * PEOPLE_PER_COPY + index;
            String code = base.length() == 16 ? lettered(number, base) : numbered(number);
            if (!baseCodes.contains(code)) {
                return code;
            }
        }
    }

    private static String lettered(long number, String base) {
        StringBuilder letters = new StringBuilder();
        long rest = number;
        for (int i = 0; i < 6; i++) {
            letters.append(LETTERS.charAt((int) (rest % 26)));
            rest /= 26;
        }
        String first15 = letters + base.substring(6, 15);
        return first15 + TaxCode.personalCheckCharacter(first15);
    }

    private static String numbered(long number) {
        String first10 = String.format("%010d", 1_000_000_000L + number);
        return first10 + TaxCode.numericCheckDigit(first10);
    }

    private String provisional() {
        String first10 = String.format("%010d", 1_000_000_000L + (long) (random.nextDouble() * 8_999_999_999L));
        return first10 + TaxCode.numericCheckDigit(first10);
    }

    private static String personal(String family, String given, LocalDate birth, boolean woman, String place) {
        String first15 = surname(family) + name(given) + String.format("%02d", birth.getYear() % 100)
                + MONTHS.charAt(birth.getMonthValue() - 1) + String.format("%02d", birth.getDayOfMonth() + (woman ? 40 : 0))
                + place;
        return first15 + TaxCode.personalCheckCharacter(first15);
    }

    private static String surname(String family) {
        String consonants = consonants(family);
        return pad(consonants + vowels(family), 3);
    }

    private static String name(String given) {
        String consonants = consonants(given);
        if (consonants.length() >= 4) {
            return "" + consonants.charAt(0) + consonants.charAt(2) + consonants.charAt(3);
        }
        return pad(consonants + vowels(given), 3);
    }

    private static String consonants(String text) {
        return letters(text).chars().filter(c -> VOWELS.indexOf(c) < 0)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static String vowels(String text) {
        return letters(text).chars().filter(c -> VOWELS.indexOf(c) >= 0)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static String letters(String text) {
        return text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
    }

    private static String pad(String text, int length) {
        String padded = text + "XXX";
        return padded.substring(0, length);
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
