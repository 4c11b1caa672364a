package it.integra.demo.internal;

import it.integra.demo.internal.DemoWriter.CallPlan;
import it.integra.demo.internal.DemoWriter.Fate;
import it.integra.demo.internal.DemoWriter.Pathway;
import it.integra.demo.internal.DemoWriter.Profile;
import it.integra.shared.Territory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * PUOI, the call of 27 March 2019: 429 providers applied, 362 eligible, 219 with a clearance; 5,099
 * requests, 3,734 granted, 2,121 internships started, 1,613 cancelled. Piemonte comes out province by
 * province as the regional review published it, with its trainees' profile and host sectors.
 */
final class DemoPuoi {

    /** Piemonte by province: not activated (cancelled), ongoing, completed, ended early. */
    private static final Map<String, int[]> PIEMONTE = Map.of(
            "AL", new int[] {10, 3, 2, 3}, "AT", new int[] {0, 0, 1, 0}, "CN", new int[] {4, 4, 3, 6},
            "NO", new int[] {1, 0, 1, 1}, "TO", new int[] {71, 23, 106, 62}, "VC", new int[] {0, 0, 2, 0});
    /** Host sectors of Piemonte's 217 internships, I first as published: I, G, C, Q, N, A, S, F. */
    private static final Map<String, Integer> PIEMONTE_SECTORS = Map.ofEntries(Map.entry("I", 62), Map.entry("G", 38),
            Map.entry("C", 30), Map.entry("Q", 24), Map.entry("N", 20), Map.entry("A", 15), Map.entry("S", 12),
            Map.entry("F", 9), Map.entry("H", 4), Map.entry("J", 2), Map.entry("M", 1));

    private final DemoPlan plan;

    DemoPuoi(DemoPlan plan) {
        this.plan = plan;
    }

    void write() {
        CallPlan call = plan.call("PUOI-2019", "PUOI", "PUOI - Protezione Unita a Obiettivo Integrazione",
                LocalDate.of(2019, 4, 1), LocalDate.of(2021, 12, 31), 31_000_000, 6, DemoPlan.PUOI_GROUPS, 18, 45);
        List<String> applied = new ArrayList<>(plan.providerCodes.subList(0, 429));
        List<String> eligible = applied.subList(0, 362);
        List<String> withClearance = eligible.subList(0, 219);
        plan.apply(call, eligible, "ELIGIBLE");
        plan.apply(call, applied.subList(362, 429), "INELIGIBLE");
        List<String> piemonteProviders = withClearance.stream().sorted()
                .filter(code -> Territory.province(plan.providerProvince.get(code)).orElseThrow().regionCode().equals("01"))
                .toList();
        List<Pathway> ended = new ArrayList<>(piemonte(call, piemonteProviders));
        Map<Fate, List<String>> elsewhere = new EnumMap<>(Fate.class);
        List<Fate> fates = DemoPlan.fates(1323, 1527, 60, 1200, 644);
        for (Fate fate : Fate.values()) {
            elsewhere.put(fate, new ArrayList<>());
        }
        List<Territory.Province> outside = Territory.provinces().stream().filter(p -> !p.regionCode().equals("01")).toList();
        for (Fate fate : fates) {
            elsewhere.get(fate).add(outside.get(plan.random.nextInt(outside.size())).code());
        }
        ended.addAll(plan.pathways(call, withClearance, fates, elsewhere, withClearance.size()));
        DemoOutcomes.randomEmployment(plan, ended, 0.4);
    }

    private List<Pathway> piemonte(CallPlan call, List<String> providers) {
        List<String> sections = new ArrayList<>();
        PIEMONTE_SECTORS.forEach((section, count) -> sections.addAll(Collections.nCopies(count, section)));
        Collections.sort(sections);
        Collections.shuffle(sections, plan.random);
        List<Profile> profiles = profiles(145);
        List<Object[]> entries = new ArrayList<>();
        PIEMONTE.forEach((province, counts) -> {
            add(entries, province, Fate.CANCELLED, counts[0]);
            add(entries, province, Fate.ONGOING, counts[1]);
            add(entries, province, Fate.COMPLETED, counts[2]);
            add(entries, province, Fate.TERMINATED, counts[3]);
            add(entries, province, Fate.REJECTED, counts[0] / 2); // 42 in all: the other 1,323 are elsewhere
        });
        entries.sort(java.util.Comparator.comparing(e -> (String) e[0] + e[1]));
        Collections.shuffle(entries, plan.random);
        List<Pathway> written = new ArrayList<>();
        int next = 0;
        for (Object[] entry : entries) {
            Fate fate = (Fate) entry[1];
            boolean started = fate == Fate.ONGOING || fate == Fate.COMPLETED || fate == Fate.TERMINATED;
            String section = started ? sections.remove(0) : plan.section();
            Profile profile = fate == Fate.ONGOING || fate == Fate.COMPLETED ? profiles.remove(0) : null;
            LocalDate requested = fate == Fate.ONGOING ? LocalDate.of(2021, 8, 1).plusDays(plan.random.nextInt(40))
                    : plan.requestDate(call);
            written.add(plan.writer.pathway(call, providers.get(next++ % providers.size()), (String) entry[0], fate,
                    section, profile, requested));
        }
        return written;
    }

    private static void add(List<Object[]> entries, String province, Fate fate, int count) {
        for (int i = 0; i < count; i++) {
            entries.add(new Object[] {province, fate});
        }
    }

    /** 145 trainees: 88% with earlier work, 31% qualified, 74% in reception, 97% good Italian, 84.1% A1+, 75% A2+. */
    private List<Profile> profiles(int base) {
        List<Boolean> work = flags(base, 128);
        List<Boolean> qualification = flags(base, 45);
        List<Boolean> reception = flags(base, 107);
        List<Boolean> good = flags(base, 141);
        List<String> certificates = new ArrayList<>();
        String[] a2OrMore = {"A1;A2", "A2", "A1;A2;B1", "B1"};
        for (int i = 0; i < base; i++) {
            certificates.add(i < 109 ? a2OrMore[i % a2OrMore.length] : i < 122 ? "A1" : "");
        }
        Collections.shuffle(certificates, plan.random);
        List<Profile> profiles = new ArrayList<>();
        for (int i = 0; i < base; i++) {
            profiles.add(new Profile(reception.get(i), work.get(i), qualification.get(i), good.get(i) ? "GOOD" : "BASIC",
                    certificates.get(i)));
        }
        return profiles;
    }

    private List<Boolean> flags(int base, int trues) {
        List<Boolean> flags = new ArrayList<>();
        for (int i = 0; i < base; i++) {
            flags.add(i < trues);
        }
        Collections.shuffle(flags, plan.random);
        return flags;
    }
}
