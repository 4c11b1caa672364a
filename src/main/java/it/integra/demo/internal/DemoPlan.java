package it.integra.demo.internal;

import it.integra.demo.internal.DemoWriter.CallPlan;
import it.integra.demo.internal.DemoWriter.Fate;
import it.integra.demo.internal.DemoWriter.Pathway;
import it.integra.demo.internal.DemoWriter.Profile;
import it.integra.shared.Territory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The demo dataset: three programmes whose reports reproduce the figures the programmes published
 * (domain.md, section 2). Random choices come from one seeded generator, so every run writes the
 * same data.
 */
final class DemoPlan {

    static final List<String> PUOI_GROUPS = List.of("INTERNATIONAL_PROTECTION", "HUMANITARIAN_PROTECTION",
            "SPECIAL_CASE", "FORMER_UNACCOMPANIED_MINOR");
    static final List<String> SECTION_MIX = List.of("I", "I", "I", "G", "G", "C", "C", "Q", "N", "N", "A", "S", "F", "H", "J", "M");

    final Random random = new Random(20190327);
    final DemoWriter writer;
    final Csv calls = new Csv("call_code,programme,title,opens_on,closes_on,budget_eur");
    final Csv providers = new Csv("provider_code,tax_code,name,type,province");
    final Csv applications = new Csv("call_code,provider_code,submitted_on,outcome");
    final List<String> providerCodes = new ArrayList<>();
    final Map<String, String> providerProvince = new LinkedHashMap<>();

    DemoPlan() {
        this(0, Set.of());
    }

    /**
     * One copy of the dataset: copy 0 is the base; a later copy writes the same pathways for other
     * people (none of the base's {@code baseTaxCodes}) under codes of its own.
     */
    DemoPlan(int copy, Set<String> baseTaxCodes) {
        this.writer = new DemoWriter(random, copy, baseTaxCodes);
    }

    Map<String, String> build() {
        new DemoProviders(this).write(620);
        new DemoInside(this).write();
        new DemoPercorsi(this).write();
        new DemoPuoi(this).write();
        Map<String, String> files = new LinkedHashMap<>();
        files.put("calls", calls.toString());
        files.put("providers", providers.toString());
        files.put("applications", applications.toString());
        files.put("participants", writer.participants.toString());
        files.put("clearances", writer.clearances.toString());
        files.put("internships", writer.internships.toString());
        files.put("services", writer.services.toString());
        files.put("contracts", writer.contracts.toString());
        return files;
    }

    CallPlan call(String code, String programme, String title, LocalDate opens, LocalDate closes, long budget,
                  int months, List<String> groups, int minAge, int maxAge) {
        calls.row(code, programme, title, opens, closes, budget);
        return new CallPlan(code, programme, opens, closes, months, groups, minAge, maxAge);
    }

    /** Applications of the given providers to the call, with their outcome. */
    void apply(CallPlan call, List<String> codes, String outcome) {
        for (String code : codes) {
            applications.row(call.code(), code, call.opens().plusDays(random.nextInt(20)), outcome);
        }
    }

    LocalDate requestDate(CallPlan call) {
        long days = call.closes().toEpochDay() - call.opens().toEpochDay() - 120;
        return call.opens().plusDays(30 + random.nextInt((int) Math.max(1, days)));
    }

    String anyProvince() {
        List<Territory.Province> all = Territory.provinces();
        return all.get(random.nextInt(all.size())).code();
    }

    String section() {
        return SECTION_MIX.get(random.nextInt(SECTION_MIX.size()));
    }

    /**
     * Writes the pathways of a call, spreading them over the providers round-robin. The first
     * {@code grantedFirst} pathways are granted ones, so that each of the first providers gets one.
     */
    List<Pathway> pathways(CallPlan call, List<String> providersOfCall, List<Fate> fates, Map<Fate, List<String>> provinces,
                           int grantedFirst) {
        List<Pathway> written = new ArrayList<>();
        List<Fate> shuffled = new ArrayList<>(fates);
        Collections.shuffle(shuffled, random);
        List<Fate> granted = new ArrayList<>(shuffled.stream().filter(f -> f != Fate.REJECTED).limit(grantedFirst).toList());
        for (Fate fate : granted) {
            shuffled.remove(fate);
        }
        granted.addAll(shuffled);
        shuffled = granted;
        int next = 0;
        for (Fate fate : shuffled) {
            String provider = providersOfCall.get(next++ % providersOfCall.size());
            String province = provinces == null ? anyProvince() : provinces.get(fate).remove(0);
            LocalDate requested = fate == Fate.ONGOING ? call.closes().minusMonths(5).plusDays(random.nextInt(40))
                    : requestDate(call);
            written.add(writer.pathway(call, provider, province, fate, section(), null, requested));
        }
        return written;
    }

    static List<Fate> fates(int rejected, int cancelled, int ongoing, int completed, int terminated) {
        List<Fate> fates = new ArrayList<>();
        fates.addAll(Collections.nCopies(rejected, Fate.REJECTED));
        fates.addAll(Collections.nCopies(cancelled, Fate.CANCELLED));
        fates.addAll(Collections.nCopies(ongoing, Fate.ONGOING));
        fates.addAll(Collections.nCopies(completed, Fate.COMPLETED));
        fates.addAll(Collections.nCopies(terminated, Fate.TERMINATED));
        return fates;
    }

    Profile profile(boolean reception, boolean priorWork, boolean qualification, String language, String certificates) {
        return new Profile(reception, priorWork, qualification, language, certificates);
    }
}
