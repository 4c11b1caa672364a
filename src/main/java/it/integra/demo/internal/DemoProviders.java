package it.integra.demo.internal;

import it.integra.shared.ProviderType;
import it.integra.shared.TaxCode;
import it.integra.shared.Territory;
import java.util.List;

/** The providers: a pool that the programmes draw on, with a share of them seated in Piemonte. */
final class DemoProviders {

    private static final List<String> PIEMONTE = List.of("TO", "TO", "TO", "CN", "AL", "NO", "AT", "VC", "BI", "VB");
    private static final String[] KINDS = {"Ente di formazione", "Agenzia per il lavoro", "Cooperativa sociale",
        "Sindacato", "Associazione datoriale", "Ente bilaterale"};
    private static final String[] NAMES = {"Aurora", "Ponte", "Orizzonte", "Nuovi Percorsi", "Lavoro Insieme",
        "Rete Solidale", "Mosaico", "Futuro Comune", "Terra Aperta", "Approdo", "Integra Lavoro", "San Martino",
        "Il Faro", "Arcobaleno", "Crescere", "Passaggi"};

    private final DemoPlan plan;

    DemoProviders(DemoPlan plan) {
        this.plan = plan;
    }

    void write(int count) {
        List<Territory.Province> provinces = Territory.provinces();
        for (int i = 1; i <= count; i++) {
            ProviderType type = ProviderType.values()[plan.random.nextInt(ProviderType.values().length)];
            String province = i % 12 == 0 ? PIEMONTE.get(plan.random.nextInt(PIEMONTE.size()))
                    : provinces.get(plan.random.nextInt(provinces.size())).code();
            String code = String.format("ENTE-%04d", i);
            String first10 = String.format("%010d", 1_100_000_000L + i * 7_919L);
            String name = KINDS[type.ordinal()] + " " + NAMES[plan.random.nextInt(NAMES.length)] + " " + i;
            plan.providers.row(code, first10 + TaxCode.numericCheckDigit(first10), name, type, province);
            plan.providerCodes.add(code);
            plan.providerProvince.put(code, province);
        }
    }
}
