package it.integra.outcome;

import it.integra.shared.ContractType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An independent oracle for the stored outcome facts: reads the internships and contracts and computes
 * each fact in Java with java.time, by brute force where the application uses arithmetic.
 */
final class FreshFacts {

    record Fact(long internshipId, long participantId, long callId, long providerId, String province, String region,
                String status, LocalDate start, LocalDate end, String section, LocalDate firstStart, String firstType,
                LocalDate firstEnd, Integer months, LocalDate hostStart, Integer hostMonths, boolean onLeaving,
                boolean atSixMonths) {
    }

    private record Contract(String id, long participantId, String employer, String type, LocalDate start,
                            LocalDate end) {
    }

    private FreshFacts() {
    }

    static List<Fact> stored(JdbcClient jdbc) {
        return jdbc.sql("""
                        SELECT internship_id, participant_id, call_id, provider_id, province, region_code, status,
                               start_date, end_date, host_section, first_employment_start, first_contract_type,
                               first_contract_end, months_to_employment, host_employment_start,
                               months_to_host_employment, employed_on_leaving, employed_at_six_months
                        FROM outcome.internship_outcome ORDER BY internship_id""")
                .query((rs, n) -> new Fact(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class),
                        rs.getString(10), rs.getObject(11, LocalDate.class), rs.getString(12), rs.getObject(13, LocalDate.class),
                        (Integer) rs.getObject(14), rs.getObject(15, LocalDate.class), (Integer) rs.getObject(16),
                        rs.getBoolean(17), rs.getBoolean(18)))
                .list();
    }

    static List<Fact> computed(JdbcClient jdbc) {
        Map<Long, List<Contract>> contracts = jdbc.sql("""
                        SELECT communication_id, participant_id, employer_tax_code, contract_type, start_date, end_date
                        FROM outcome.contract""")
                .query((rs, n) -> new Contract(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class)))
                .list().stream()
                .filter(c -> ContractType.parse(c.type()).countsAsEmployment())
                .collect(Collectors.groupingBy(Contract::participantId));
        return jdbc.sql("""
                        SELECT i.id, k.participant_id, k.call_id, k.provider_id, k.province, k.region_code, i.status,
                               i.start_date, i.end_date, i.host_section, i.host_tax_code
                        FROM internship.internship i JOIN clearance.clearance k ON k.id = i.clearance_id
                        WHERE i.status <> 'ONGOING' ORDER BY i.id""")
                .query((rs, n) -> fact(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class),
                        rs.getString(10), rs.getString(11), contracts.getOrDefault(rs.getLong(2), List.of())))
                .list();
    }

    private static Fact fact(long id, long participant, long call, long provider, String province, String region,
                             String status, LocalDate start, LocalDate end, String section, String host,
                             List<Contract> contracts) {
        List<Contract> after = new ArrayList<>(contracts.stream().filter(c -> !c.start().isBefore(end)).toList());
        after.sort(Comparator.comparing(Contract::start).thenComparing(Contract::id));
        Optional<Contract> first = after.stream().findFirst();
        Optional<LocalDate> hostStart = after.stream().filter(c -> c.employer().equals(host)).map(Contract::start).findFirst();
        LocalDate sixMonths = end.plusMonths(6);
        boolean onLeaving = contracts.stream().anyMatch(c -> !c.start().isAfter(end.plusDays(28)) && inForceOn(c, end));
        boolean atSix = contracts.stream().anyMatch(c -> !c.start().isAfter(sixMonths) && inForceOn(c, sixMonths));
        return new Fact(id, participant, call, provider, province, region, status, start, end, section,
                first.map(Contract::start).orElse(null), first.map(Contract::type).orElse(null),
                first.map(Contract::end).orElse(null), first.map(c -> months(end, c.start())).orElse(null),
                hostStart.orElse(null), hostStart.map(s -> months(end, s)).orElse(null), onLeaving, atSix);
    }

    private static boolean inForceOn(Contract contract, LocalDate day) {
        return contract.end() == null || !contract.end().isBefore(day);
    }

    /** The least N with {@code started} on or before {@code ended} plus N months, by trying every N. */
    static int months(LocalDate ended, LocalDate started) {
        int n = 0;
        while (started.isAfter(ended.plusMonths(n))) {
            n++;
        }
        return n;
    }
}
