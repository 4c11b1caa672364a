package it.integra.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import it.integra.interchange.ApiClient;
import it.integra.shared.ProviderType;
import it.integra.shared.TaxCode;
import it.integra.shared.Territory;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Times the import of 100,000 provider rows through the public API: a first import (all inserted),
 * the same file again (all unchanged) and a changed file (all updated). Not part of the test suite
 * (Surefire skips *Benchmark*); run it with
 * {@code ./mvnw -B test -Dtest=ProvidersImportBenchmark} and copy the figures to docs/benchmarks.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProvidersImportBenchmark {

    private static final int ROWS = 100_000;

    @LocalServerPort
    int port;

    @Test
    void importsOneHundredThousandProviders() {
        ApiClient admin = ApiClient.as(port, "admin", "admin-test-password");
        String original = providers("BENCH", "Ente");
        String renamed = providers("BENCH", "Organizzazione");
        admin.importOk("providers", providers("WARM", "Warm-up").lines().limit(1001).reduce((a, b) -> a + "\n" + b).orElseThrow());

        long inserted = time(() -> assertThat(admin.importOk("providers", original).get("inserted").asLong()).isEqualTo(ROWS));
        long unchanged = time(() -> assertThat(admin.importOk("providers", original).get("unchanged").asLong()).isEqualTo(ROWS));
        long updated = time(() -> {
            JsonNode answer = admin.importOk("providers", renamed);
            assertThat(answer.get("updated").asLong()).isEqualTo(ROWS);
        });

        System.out.printf("%nBENCHMARK providers import, %,d rows, %.1f MB: insert %d ms, unchanged %d ms, update %d ms%n%n",
                ROWS, original.length() / 1e6, inserted, unchanged, updated);
    }

    private static long time(Runnable run) {
        long start = System.nanoTime();
        run.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static String providers(String prefix, String name) {
        Random random = new Random(100_000);
        List<Territory.Province> provinces = Territory.provinces();
        ProviderType[] types = ProviderType.values();
        StringBuilder csv = new StringBuilder("provider_code,tax_code,name,type,province\n");
        for (int i = 1; i <= ROWS; i++) {
            String digits = String.format("%010d", 1_000_000_000L + random.nextInt(999_999_999));
            Territory.Province province = provinces.get(random.nextInt(provinces.size()));
            csv.append(prefix).append('-').append(i).append(',')
                    .append(digits).append(TaxCode.numericCheckDigit(digits)).append(',')
                    .append('"').append(name).append(' ').append(i).append(", ").append(province.name()).append('"').append(',')
                    .append(types[random.nextInt(types.length)]).append(',')
                    .append(province.code()).append('\n');
        }
        return csv.toString();
    }
}
