package it.integra.benchmark;

import it.integra.shared.TaxCode;
import it.integra.shared.Territory;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Generates the CSV files of a large programme for the benchmarks, from a fixed seed: calls,
 * providers, applications, participants with valid tax codes of both forms, clearances, internships
 * and the mandatory communications of their contracts.
 */
final class ProgrammeData {

    static final String[] CALLS = {"BENCH-A", "BENCH-B", "BENCH-C"};
    static final int PROVIDERS = 100;
    static final int HOSTS = 20_000;
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String MONTHS = "ABCDEHLMPRST";
    private static final String[] CONTRACT_TYPES = {"A.01.00", "A.02.00", "A.02.00", "A.02.00", "A.03.09", "A.05.02",
        "B.03.00", "C.01.00", "M.02.00", "A.02.00"};
    private static final String[] ATECO = {"56.10.11", "47.11.40", "43.21.01", "81.21", "49.41", "10.71.10", "62.01"};
    private static final LocalDate FIRST_START = LocalDate.of(2019, 1, 1);

    private final int participants;
    private final int internships;
    private final List<Territory.Province> provinces = Territory.provinces();

    ProgrammeData(int participants, int internships) {
        this.participants = participants;
        this.internships = internships;
    }

    private static final java.util.List<String> FOREIGN_STATES =
            it.integra.shared.ForeignStates.all().stream().map(it.integra.shared.ForeignStates.ForeignState::code).toList();

    /** A unique personal tax code for person {@code n}: the name letters spell n in base 26. */
    static String personalCode(int n) {
        StringBuilder code = new StringBuilder();
        int rest = n;
        for (int i = 0; i < 6; i++) {
            code.append(LETTERS.charAt(rest % 26));
            rest /= 26;
        }
        code.append(String.format("%02d", 70 + n % 30)).append(MONTHS.charAt(n % 12))
                .append(String.format("%02d", 1 + n % 28)).append(FOREIGN_STATES.get(n % FOREIGN_STATES.size()));
        return code.append(TaxCode.personalCheckCharacter(code.toString())).toString();
    }

    /** A unique numeric (company or provisional) tax code in the block {@code block}. */
    static String numericCode(int block, int n) {
        String digits = String.format("%d%09d", block, n);
        return digits + TaxCode.numericCheckDigit(digits);
    }

    /** Participant n's current code: every fifth person still has a provisional numeric code. */
    static String participantCode(int n) {
        return n % 5 == 0 ? numericCode(3, n) : personalCode(n);
    }

    /** The provisional code that participant n had before (every tenth person), stored as an earlier code. */
    static String earlierCode(int n) {
        return numericCode(4, n);
    }

    /** A business's VAT number in the block {@code block}: n in the registration number, office code 001. */
    static String businessCode(int block, int n) {
        String digits = String.format("%d%06d001", block, n);
        return digits + TaxCode.numericCheckDigit(digits);
    }

    static String hostCode(int n) {
        return businessCode(5, n);
    }

    String calls() {
        StringBuilder csv = new StringBuilder("call_code,programme,title,opens_on,closes_on,budget_eur\n");
        for (String call : CALLS) {
            csv.append(call).append(",PUOI,Avviso ").append(call).append(",2019-01-01,2022-12-31,900000000\n");
        }
        return csv.toString();
    }

    String providers() {
        StringBuilder csv = new StringBuilder("provider_code,tax_code,name,type,province\n");
        for (int p = 1; p <= PROVIDERS; p++) {
            csv.append("PB-").append(p).append(',').append(numericCode(6, p)).append(",Ente ").append(p)
                    .append(",TRAINING_BODY,").append(provinces.get(p % provinces.size()).code()).append('\n');
        }
        return csv.toString();
    }

    String applications() {
        StringBuilder csv = new StringBuilder("call_code,provider_code,submitted_on,outcome\n");
        for (String call : CALLS) {
            for (int p = 1; p <= PROVIDERS; p++) {
                csv.append(call).append(",PB-").append(p).append(",2019-01-02,ELIGIBLE\n");
            }
        }
        return csv.toString();
    }

    String participants() {
        Random random = new Random(7);
        StringBuilder csv = new StringBuilder("tax_code,family_name,given_name,sex,birth_date,citizenship,target_group,"
                + "housed_in_reception,prior_work_experience,professional_qualification,language_knowledge,"
                + "language_certificates\n");
        String[] groups = {"INTERNATIONAL_PROTECTION", "HUMANITARIAN_PROTECTION", "FORMER_UNACCOMPANIED_MINOR",
            "SPECIAL_CASE"};
        String[] countries = {"NG", "GM", "SN", "ML", "AF", "PK", "ER", "SO"};
        for (int n = 1; n <= participants; n++) {
            csv.append(participantCode(n)).append(",Cognome").append(n).append(",Nome").append(n).append(',')
                    .append(n % 7 == 0 ? 'F' : 'M').append(',').append(LocalDate.of(1970 + random.nextInt(35), 1, 1)
                            .plusDays(random.nextInt(365))).append(',').append(countries[random.nextInt(countries.length)])
                    .append(',').append(groups[random.nextInt(groups.length)]).append(',')
                    .append(random.nextBoolean()).append(',').append(random.nextBoolean()).append(',')
                    .append(random.nextBoolean()).append(",GOOD,A1\n");
        }
        return csv.toString();
    }

    String clearances() {
        StringBuilder csv = new StringBuilder("clearance_code,call_code,provider_code,participant_tax_code,province,"
                + "requested_on,status,decided_on\n");
        for (int n = 1; n <= internships; n++) {
            csv.append("NB-").append(n).append(',').append(CALLS[n % CALLS.length]).append(",PB-")
                    .append(1 + n % PROVIDERS).append(',').append(participantCode(n)).append(',')
                    .append(provinces.get(n % provinces.size()).code()).append(",2019-01-05,GRANTED,2019-01-10\n");
        }
        return csv.toString();
    }

    /** Internships of the first participants: 70% completed, 20% ended early, 10% ongoing. */
    String internships() {
        Random random = new Random(11);
        StringBuilder csv = new StringBuilder("internship_code,clearance_code,host_tax_code,host_name,host_ateco,"
                + "host_province,start_date,planned_end_date,status,end_date,termination_reason\n");
        for (int n = 1; n <= internships; n++) {
            LocalDate start = FIRST_START.plusDays(random.nextInt(1_200));
            LocalDate planned = start.plusMonths(6).minusDays(1);
            int kind = n % 10;
            String status = kind < 7 ? "COMPLETED" : kind < 9 ? "TERMINATED" : "ONGOING";
            LocalDate end = kind < 7 ? planned : kind < 9 ? start.plusDays(20 + random.nextInt(120)) : null;
            int host = host(n);
            csv.append("TB-").append(n).append(",NB-").append(n).append(',').append(hostCode(host))
                    .append(",Azienda ").append(host).append(',').append(ATECO[host % ATECO.length]).append(',')
                    .append(provinces.get(host % provinces.size()).code()).append(',').append(start).append(',')
                    .append(planned).append(',').append(status).append(',').append(end == null ? "" : end)
                    .append(",\n");
        }
        return csv.toString();
    }

    static int host(int internship) {
        return 1 + internship % HOSTS;
    }

    /**
     * Contract rows: 85% of workers are participants (a tenth of those by an earlier provisional code),
     * the rest are not; a few are hired by the host of their internship. A non-zero {@code variant}
     * changes every row's ATECO code and end date, so that a second file updates every stored row.
     */
    String contracts(int rows, int variant) {
        Random random = new Random(13);
        StringBuilder csv = new StringBuilder(rows * 90);
        csv.append("communication_id,worker_tax_code,employer_tax_code,contract_type,start_date,end_date,ateco,province\n");
        for (int r = 1; r <= rows; r++) {
            int person = 1 + random.nextInt(participants);
            boolean participant = random.nextInt(100) < 85;
            String worker = !participant ? numericCode(7, r) : person % 10 == 1 ? earlierCode(person) : participantCode(person);
            boolean byHost = participant && person <= internships && random.nextInt(20) == 0;
            String employer = byHost ? hostCode(host(person)) : businessCode(8, random.nextInt(HOSTS));
            LocalDate start = FIRST_START.minusMonths(6).plusDays(random.nextInt(2_400));
            boolean ends = random.nextInt(10) < 6;
            LocalDate end = start.plusDays(30 + random.nextInt(400) + variant);
            csv.append("CO-B-").append(r).append(',').append(worker).append(',').append(employer).append(',')
                    .append(CONTRACT_TYPES[random.nextInt(CONTRACT_TYPES.length)]).append(',').append(start).append(',')
                    .append(ends ? end.toString() : "").append(',')
                    .append(ATECO[(random.nextInt(ATECO.length) + variant) % ATECO.length])
                    .append(',').append(provinces.get(random.nextInt(provinces.size())).code()).append('\n');
        }
        return csv.toString();
    }
}
