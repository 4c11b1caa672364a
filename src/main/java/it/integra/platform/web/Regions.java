package it.integra.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 20 Italian regions with their ISTAT codes, for the analysts' region select. A stopgap: it
 * goes once the shared reference data offers the same lookup.
 */
final class Regions {

    record Region(String code, String name) {
    }

    static final List<Region> ALL = List.of(
            new Region("01", "Piemonte"), new Region("02", "Valle d'Aosta/Vallée d'Aoste"),
            new Region("03", "Lombardia"), new Region("04", "Trentino-Alto Adige/Südtirol"),
            new Region("05", "Veneto"), new Region("06", "Friuli-Venezia Giulia"),
            new Region("07", "Liguria"), new Region("08", "Emilia-Romagna"),
            new Region("09", "Toscana"), new Region("10", "Umbria"),
            new Region("11", "Marche"), new Region("12", "Lazio"),
            new Region("13", "Abruzzo"), new Region("14", "Molise"),
            new Region("15", "Campania"), new Region("16", "Puglia"),
            new Region("17", "Basilicata"), new Region("18", "Calabria"),
            new Region("19", "Sicilia"), new Region("20", "Sardegna"));

    private Regions() {
    }

    /** Region names by code, in code order. */
    static Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        ALL.forEach(region -> names.put(region.code(), region.name()));
        return names;
    }
}
