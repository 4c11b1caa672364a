package it.integra.outcome;

import it.integra.interchange.ImportResult;
import it.integra.interchange.InterchangeManagement;
import it.integra.interchange.TestData;
import it.integra.platform.CurrentUser;
import it.integra.platform.Role;
import it.integra.shared.TaxCode;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small programme whose outcome figures are computed by hand (see OutcomeFiguresTests): one call,
 * two providers, ten participants, nine ended internships and the contracts that put each of them
 * just inside or just outside a window.
 *
 * <pre>
 * internship  participant  status      end         contract (type, start, end)            months
 * OI-1        1 (TO, P1)   COMPLETED   2021-01-31  A.02.00 2021-02-28 .. 2021-08-31        1  (31 Jan + 1 month = 28 Feb)
 * OI-2        2 (TO, P1)   COMPLETED   2020-06-15  A.01.00 2020-06-15, A.02.00 same day    0  (on the end date)
 * OI-3        3 (TO, P1)   COMPLETED   2020-06-15  A.02.00 2020-09-15 .. 2020-12-14        3  (on end + 3 months)
 * OI-4        4 (TO, P1)   COMPLETED   2020-06-15  A.03.09 2020-09-16 .. 2020-12-15        4  (one day after end + 3 months)
 * OI-5        5 (TO, P1)   COMPLETED   2020-06-15  A.02.00 2020-06-14, open                -  (one day before the end)
 * OI-6        6 (RM, P2)   COMPLETED   2020-06-15  C.01.00 2020-07-01 .. 2020-12-31        -  (an internship is no job)
 * OI-7        7 (RM, P2)   COMPLETED   2021-05-31  A.01.00 2021-06-10                      1  (window not closed by mid-2021)
 * OI-8        8 (RM, P2)   COMPLETED   2020-06-15  A.02.00 2020-08-01 .. 2021-01-31        2  (by the host, earlier provisional code)
 * OI-9        9 (RM, P2)   TERMINATED  2020-03-10  B.03.00 2020-05-01 .. 2020-08-31        2
 * OI-10       10 (RM, P2)  ONGOING     -
 * </pre>
 */
final class OutcomeFixture {

    static final String CALL = "OUT-CALL";
    static final String EMPLOYER = numeric(8, 1);
    static final CurrentUser ADMIN = new CurrentUser(1, "admin", "Amministratore", Role.ADMIN, null, null);

    private final InterchangeManagement interchange;
    private final JdbcClient jdbc;
    final List<String> internships = new ArrayList<>(List.of(
            internship(1, "COMPLETED", "2020-08-01", "2021-01-31"),
            internship(2, "COMPLETED", "2019-12-16", "2020-06-15"),
            internship(3, "COMPLETED", "2019-12-16", "2020-06-15"),
            internship(4, "COMPLETED", "2019-12-16", "2020-06-15"),
            internship(5, "COMPLETED", "2019-12-16", "2020-06-15"),
            internship(6, "COMPLETED", "2019-12-16", "2020-06-15"),
            internship(7, "COMPLETED", "2020-12-01", "2021-05-31"),
            internship(8, "COMPLETED", "2019-12-16", "2020-06-15"),
            internship(9, "TERMINATED", "2019-12-16", "2020-03-10"),
            internship(10, "ONGOING", "2021-03-01", null)));
    final List<String> contracts = new ArrayList<>(List.of(
            contract("OC-1", person(1), EMPLOYER, "A.02.00", "2021-02-28", "2021-08-31"),
            contract("OC-2", person(2), EMPLOYER, "A.01.00", "2020-06-15", null),
            contract("OC-2B", person(2), EMPLOYER, "A.02.00", "2020-06-15", "2020-12-31"),
            contract("OC-3", person(3), EMPLOYER, "A.02.00", "2020-09-15", "2020-12-14"),
            contract("OC-4", person(4), EMPLOYER, "A.03.09", "2020-09-16", "2020-12-15"),
            contract("OC-5", person(5), EMPLOYER, "A.02.00", "2020-06-14", null),
            contract("OC-6", person(6), EMPLOYER, "C.01.00", "2020-07-01", "2020-12-31"),
            contract("OC-7", person(7), EMPLOYER, "A.01.00", "2021-06-10", null),
            contract("OC-8", earlierCode(8), host(8), "A.02.00", "2020-08-01", "2021-01-31"),
            contract("OC-9", person(9), EMPLOYER, "B.03.00", "2020-05-01", "2020-08-31"),
            contract("OC-X", numeric(7, 1), EMPLOYER, "A.01.00", "2020-07-01", null)));

    OutcomeFixture(InterchangeManagement interchange, JdbcClient jdbc) {
        this.interchange = interchange;
        this.jdbc = jdbc;
    }

    /** Person n's tax code: a personal code whose name letters spell n. */
    static String person(int n) {
        String first15 = "OUT" + (char) ('A' + n / 26 % 26) + (char) ('A' + n % 26) + "X" + "90A" + String.format("%02d", n)
                + "Z100";
        return first15 + TaxCode.personalCheckCharacter(first15);
    }

    static String earlierCode(int n) {
        return numeric(4, n);
    }

    /** Host (and employer) n's VAT number: block 5, n in the registration number, office code 001. */
    static String host(int n) {
        String digits = String.format("5%06d001", n);
        return digits + TaxCode.numericCheckDigit(digits);
    }

    static String numeric(int block, int n) {
        String digits = String.format("%d%09d", block, n);
        return digits + TaxCode.numericCheckDigit(digits);
    }

    static String provider(int person) {
        return person <= 5 ? "OUT-P1" : "OUT-P2";
    }

    void load() {
        TestData.empty(jdbc);
        importCsv("calls", "call_code,programme,title,opens_on,closes_on,budget_eur\n"
                + CALL + ",PUOI,Avviso esiti,2019-01-01,2021-12-31,1000000\n");
        importCsv("providers", "provider_code,tax_code,name,type,province\n"
                + "OUT-P1," + numeric(6, 1) + ",Ente uno,TRAINING_BODY,TO\nOUT-P2," + numeric(6, 2) + ",Ente due,THIRD_SECTOR,RM\n");
        importCsv("applications", "call_code,provider_code,submitted_on,outcome\n"
                + CALL + ",OUT-P1,2019-01-02,ELIGIBLE\n" + CALL + ",OUT-P2,2019-01-02,ELIGIBLE\n");
        StringBuilder people = new StringBuilder("tax_code,family_name,given_name,sex,birth_date,citizenship,target_group,"
                + "housed_in_reception,prior_work_experience,professional_qualification,language_knowledge,language_certificates\n");
        StringBuilder clearances = new StringBuilder("clearance_code,call_code,provider_code,participant_tax_code,province,"
                + "requested_on,status,decided_on\n");
        for (int n = 1; n <= 10; n++) {
            people.append(person(n)).append(",Cognome").append(n).append(",Nome").append(n).append(',')
                    .append(n % 2 == 0 ? 'F' : 'M').append(',').append(n <= 3 ? "2002-05-01" : "1985-05-01")
                    .append(",NG,INTERNATIONAL_PROTECTION,").append(n <= 5).append(",true,false,GOOD,A1\n");
            clearances.append("OUT-N").append(n).append(',').append(CALL).append(',').append(provider(n)).append(',')
                    .append(person(n)).append(',').append(n <= 5 ? "TO" : "RM").append(",2019-01-05,GRANTED,2019-01-10\n");
        }
        importCsv("participants", people.toString());
        jdbc.sql("INSERT INTO participant.earlier_tax_code (tax_code, participant_id, replaced_on) "
                        + "SELECT :earlier, id, DATE '2020-01-01' FROM participant.participant WHERE tax_code = :current")
                .param("earlier", earlierCode(8)).param("current", person(8)).update();
        importCsv("clearances", clearances.toString());
        importInternships();
        importContracts();
    }

    ImportResult importInternships() {
        return importCsv("internships", "internship_code,clearance_code,host_tax_code,host_name,host_ateco,host_province,"
                + "start_date,planned_end_date,status,end_date,termination_reason\n" + String.join("\n", internships));
    }

    ImportResult importContracts() {
        return importCsv("contracts", "communication_id,worker_tax_code,employer_tax_code,contract_type,start_date,"
                + "end_date,ateco,province\n" + String.join("\n", contracts));
    }

    ImportResult importCsv(String dataset, String csv) {
        return interchange.importCsv(dataset, new StringReader(csv), ADMIN, (phase, rows) -> { });
    }

    static String internship(int n, String status, String start, String end) {
        String planned = "TERMINATED".equals(status) ? "2020-06-15" : end == null ? "2021-08-31" : end;
        return "OI-" + n + ",OUT-N" + n + "," + host(n) + ",Azienda " + n + "," + (n % 2 == 0 ? "47.11.40" : "56.10.11")
                + "," + (n <= 5 ? "TO" : "RM") + "," + start + "," + planned + "," + status + "," + (end == null ? "" : end)
                + ",";
    }

    static String contract(String id, String worker, String employer, String type, String start, String end) {
        return id + "," + worker + "," + employer + "," + type + "," + start + "," + (end == null ? "" : end) + ",56.10.11,TO";
    }

    /** Replaces the row that starts with {@code key + ","}. */
    static void replace(List<String> rows, String key, String row) {
        rows.replaceAll(existing -> existing.startsWith(key + ",") ? row : existing);
    }
}
