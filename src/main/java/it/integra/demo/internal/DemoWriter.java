package it.integra.demo.internal;

import it.integra.shared.TaxCode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes the rows of the eight datasets for the pathways the plan decides: a person, a clearance
 * with its decision, the internship with its host, the service hours and the employment contracts.
 */
final class DemoWriter {

    /** How a pathway ends, as the plan decides it. */
    enum Fate { REJECTED, CANCELLED, ONGOING, COMPLETED, TERMINATED }

    /** A call as the writer needs it. */
    record CallPlan(String code, String programme, LocalDate opens, LocalDate closes, int months,
                    List<String> targetGroups, int minAge, int maxAge) {
    }

    /** What a person brought at intake, decided by the plan when a region's profile must come out exact. */
    record Profile(boolean reception, boolean priorWork, boolean qualification, String language, String certificates) {
    }

    private static final Map<String, String[]> ATECO = new LinkedHashMap<>();

    static {
        ATECO.put("I", new String[] {"56.10.11", "55.10", "56.10.30", "56.21"});
        ATECO.put("G", new String[] {"47.11.10", "46.31", "47.21", "45.20.10"});
        ATECO.put("C", new String[] {"10.71.10", "25.62", "22.29.09", "31.09"});
        ATECO.put("Q", new String[] {"87.30", "88.10", "86.90.29"});
        ATECO.put("N", new String[] {"81.21", "82.92", "81.30"});
        ATECO.put("A", new String[] {"01.13.10", "01.21", "01.61"});
        ATECO.put("S", new String[] {"96.02.01", "95.11", "96.01.10"});
        ATECO.put("F", new String[] {"43.21.01", "41.20", "43.34"});
        ATECO.put("H", new String[] {"49.41", "52.29.22", "53.20"});
        ATECO.put("J", new String[] {"62.01", "58.11"});
        ATECO.put("M", new String[] {"74.90.99", "71.12.10"});
    }

    final Csv participants = new Csv("tax_code,family_name,given_name,sex,birth_date,citizenship,target_group,"
            + "housed_in_reception,prior_work_experience,professional_qualification,language_knowledge,language_certificates");
    final Csv clearances = new Csv("clearance_code,call_code,provider_code,participant_tax_code,province,requested_on,status,decided_on");
    final Csv internships = new Csv("internship_code,clearance_code,host_tax_code,host_name,host_ateco,host_province,"
            + "start_date,planned_end_date,status,end_date,termination_reason");
    final Csv services = new Csv("clearance_code,area,delivered_on,hours");
    final Csv contracts = new Csv("communication_id,worker_tax_code,employer_tax_code,contract_type,start_date,end_date,ateco,province");

    private final Random random;
    private final int copy;
    private final DemoPeople people;
    private final Map<String, String> hostNames = new LinkedHashMap<>();
    private int clearanceNumber;
    private int internshipNumber;
    private int communicationNumber;

    DemoWriter(Random random) {
        this(random, 0, Set.of());
    }

    /** The writer of one copy of the dataset: same rows, the copy's own people and codes. */
    DemoWriter(Random random, int copy, Set<String> baseTaxCodes) {
        this.random = random;
        this.copy = copy;
        this.people = new DemoPeople(random, copy, baseTaxCodes);
    }

    Set<String> taxCodes() {
        return people.taxCodes();
    }

    /** Writes one pathway; returns the internship's end date for completed ones (the plan adds outcomes). */
    Pathway pathway(CallPlan call, String provider, String province, Fate fate, String section, Profile profile,
                    LocalDate requestedOn) {
        LocalDate start = requestedOn.plusDays(10 + random.nextInt(40));
        int age = call.minAge() + random.nextInt(call.maxAge() - call.minAge());
        DemoPeople.Person person = people.next(start.minusYears(age + 1).plusDays(1), start.minusYears(age), 0.18);
        Profile traits = profile != null ? profile : randomProfile();
        String group = call.targetGroups().get(random.nextInt(call.targetGroups().size()));
        participants.row(person.taxCode(), person.familyName(), person.givenName(), person.sex(), person.birthDate(),
                person.citizenship(), group, traits.reception(), traits.priorWork(), traits.qualification(),
                traits.language(), traits.certificates());
        String clearance = code("NO-", "%06d", ++clearanceNumber);
        LocalDate decidedOn = requestedOn.plusDays(3 + random.nextInt(15));
        String status = switch (fate) {
            case REJECTED -> "REJECTED";
            case CANCELLED -> "CANCELLED";
            default -> "GRANTED";
        };
        clearances.row(clearance, call.code(), provider, person.taxCode(), province, requestedOn, status, decidedOn);
        hours(clearance, call.programme(), requestedOn.minusDays(30), "PRE");
        if (fate == Fate.REJECTED || fate == Fate.CANCELLED) {
            return new Pathway(person.taxCode(), null, null, null, false);
        }
        LocalDate internshipStart = decidedOn.plusDays(5 + random.nextInt(40));
        return internship(call, clearance, person, province, fate, section, internshipStart);
    }

    /** A pathway that reached the internship: what the plan needs to add outcomes. */
    record Pathway(String taxCode, LocalDate endDate, String hostTaxCode, String hostProvince, boolean completed) {
    }

    private Pathway internship(CallPlan call, String clearance, DemoPeople.Person person, String province, Fate fate,
                               String section, LocalDate start) {
        LocalDate plannedEnd = start.plusMonths(call.months()).minusDays(1);
        LocalDate end = switch (fate) {
            case COMPLETED -> plannedEnd;
            case TERMINATED -> start.plusDays(20 + random.nextInt((int) ChronoUnit.DAYS.between(start, plannedEnd) - 30));
            default -> null;
        };
        String[] codes = ATECO.get(section);
        String ateco = codes[random.nextInt(codes.length)];
        String host = hostTaxCode(province, section);
        String reason = fate == Fate.TERMINATED ? terminationReason() : null;
        internships.row(code("TIR-", "%06d", ++internshipNumber), clearance, host, hostNames.get(host), ateco,
                province, start, plannedEnd, fate.name(), end, reason);
        contracts.row(communication(), person.taxCode(), host, "C.01.00", start, plannedEnd, ateco, province);
        hours(clearance, call.programme(), start, "DURING", end == null ? null : end);
        if ("PUOI".equals(call.programme()) && end != null) {
            hours(clearance, call.programme(), end.plusDays(3), "AFTER");
        }
        return new Pathway(person.taxCode(), end, host, province, fate == Fate.COMPLETED);
    }

    /** An employment contract of the person starting on the given day. */
    void employment(Pathway pathway, LocalDate start, boolean byHost) {
        String employer = byHost ? pathway.hostTaxCode() : companyTaxCode();
        String[] types = {"A.02.00", "A.02.00", "A.02.00", "A.01.00", "A.03.09", "A.07.00"};
        String type = types[random.nextInt(types.length)];
        LocalDate end = type.equals("A.01.00") ? null : start.plusMonths(3 + random.nextInt(10));
        contracts.row(communication(), pathway.taxCode(), employer, type, start, end, null, pathway.hostProvince());
    }

    private final Set<String> serviceKeys = new java.util.HashSet<>();

    private void hours(String clearance, String programme, LocalDate from, String phase) {
        hours(clearance, programme, from, phase, null);
    }

    private void hours(String clearance, String programme, LocalDate from, String phase, LocalDate until) {
        Map<String, int[]> areas = switch (programme + "/" + phase) {
            case "PUOI/PRE" -> Map.of("INTAKE", new int[] {2, 2}, "SPECIALIST_GUIDANCE", new int[] {8, 8});
            case "PUOI/DURING" -> Map.of("TUTORING", new int[] {4, 4, 4, 4}, "JOB_SEARCH_GUIDANCE", new int[] {4, 4, 4, 4, 4, 4});
            case "PUOI/AFTER" -> Map.of("JOB_SEARCH_GUIDANCE", new int[] {4, 4});
            case "PERCORSI/PRE" -> Map.of("INTAKE", new int[] {6}, "SPECIALIST_GUIDANCE", new int[] {8, 8});
            case "PERCORSI/DURING" -> Map.of("TRAINING", new int[] {8, 8, 8, 8, 8});
            case "INSIDE/PRE" -> Map.of("INTAKE", new int[] {4, 4}, "SPECIALIST_GUIDANCE", new int[] {8, 8});
            case "INSIDE/DURING" -> Map.of("TUTORING", new int[] {4, 4, 4, 4, 4, 4}, "JOB_SEARCH_GUIDANCE", new int[] {4, 4, 4, 4});
            default -> Map.of();
        };
        areas.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(area -> {
            int[] days = area.getValue();
            for (int day = 0; day < days.length; day++) {
                LocalDate on = from.plusDays(day * 7L + area.getKey().length() % 3);
                while (!serviceKeys.add(clearance + "/" + area.getKey() + "/" + on)) {
                    on = on.plusDays(1);
                }
                if (until == null || !on.isAfter(until)) {
                    services.row(clearance, area.getKey(), on, days[day]);
                }
            }
        });
    }

    private Profile randomProfile() {
        String[] certificates = {"", "A1", "A1;A2", "A2", "A1;A2;B1", "B1"};
        double languageRoll = random.nextDouble();
        return new Profile(random.nextDouble() < 0.72, random.nextDouble() < 0.85, random.nextDouble() < 0.3,
                languageRoll < 0.8 ? "GOOD" : languageRoll < 0.95 ? "BASIC" : "NONE",
                certificates[random.nextInt(certificates.length)]);
    }

    private String terminationReason() {
        String[] reasons = {"assunzione presso altro datore", "rinuncia del tirocinante", "interruzione da parte dell'azienda",
            "trasferimento in altra città"};
        return reasons[random.nextInt(reasons.length)];
    }

    private String hostTaxCode(String province, String section) {
        String[] kinds = {"Ristorante", "Albergo", "Cooperativa", "Azienda agricola", "Impresa edile", "Officina",
            "Supermercato", "Residenza per anziani", "Servizi", "Laboratorio"};
        String key = province + section + random.nextInt(6);
        String code = companyTaxCode(key.hashCode());
        hostNames.putIfAbsent(code, kinds[Math.floorMod(key.hashCode(), kinds.length)] + " " + province + " " + section
                + Math.floorMod(key.hashCode(), 97));
        return code;
    }

    private String companyTaxCode() {
        return companyTaxCode(random.nextInt());
    }

    private static String companyTaxCode(int seed) {
        long spread = Math.floorMod((long) seed * 2_654_435_761L, 899_999_999L);
        // a VAT number: seven digits of registration number, never all zero, and an office code 001-100
        String first10 = String.format("%07d%03d", 1_000_000 + spread / 100, 1 + spread % 100);
        return first10 + TaxCode.numericCheckDigit(first10);
    }

    private String communication() {
        return code("CO-DEMO-", "%07d", ++communicationNumber);
    }

    /** A clearance, internship or communication code: copies after the base carry their number. */
    private String code(String prefix, String format, int number) {
        return prefix + (copy == 0 ? "" : copy + "-") + String.format(format, number);
    }
}
