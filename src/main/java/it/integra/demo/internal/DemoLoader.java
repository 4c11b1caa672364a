package it.integra.demo.internal;

import it.integra.interchange.ImportProgress;
import it.integra.interchange.ImportResult;
import it.integra.interchange.InterchangeManagement;
import it.integra.platform.CreateUser;
import it.integra.platform.CurrentUser;
import it.integra.platform.DemoAccounts;
import it.integra.platform.ProviderDirectory;
import it.integra.platform.Role;
import it.integra.platform.UserAdministration;
import java.io.StringReader;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * With {@code --integra.demo=true}, loads the demo dataset into an empty database through the
 * interchange imports, then creates one demo user per role. A database that holds calls is left alone.
 * With {@code --integra.demo.scale=N} the dataset holds N times the pathways ({@link DemoScale}), for
 * benchmarks; the default 1 gives the published figures.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "integra.demo", havingValue = "true")
class DemoLoader implements ApplicationRunner, DemoAccounts {

    static final String PROVIDER_CODE = "ENTE-0012";
    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);
    private static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("funzionario", "demo-funzionario", Role.OFFICER),
            new DemoAccount("operatore", "demo-operatore", Role.PROVIDER),
            new DemoAccount("analista", "demo-analista", Role.ANALYST),
            new DemoAccount("analista-piemonte", "demo-analista-piemonte", Role.ANALYST));

    private final InterchangeManagement interchange;
    private final UserAdministration users;
    private final ProviderDirectory providers;
    private final JdbcClient jdbc;
    private final int scale;

    DemoLoader(InterchangeManagement interchange, UserAdministration users, ProviderDirectory providers, JdbcClient jdbc,
               @Value("${integra.demo.scale:1}") int scale) {
        this.interchange = interchange;
        this.users = users;
        this.providers = providers;
        this.jdbc = jdbc;
        this.scale = scale;
    }

    @Override
    public List<DemoAccount> accounts() {
        return ACCOUNTS;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT count(*) FROM programme.call").query(Long.class).single() > 0) {
            log.info("Demo mode: the database already holds data, nothing loaded");
            return;
        }
        long started = System.nanoTime();
        CurrentUser system = new CurrentUser(0, "demo", "Demo", Role.ADMIN, null, null);
        new DemoScale(scale).forEachBatch(files -> files.forEach((dataset, csv) -> {
            long start = System.nanoTime();
            ImportResult result = interchange.importCsv(dataset, new StringReader(csv), system, ImportProgress.NONE);
            log.info("Demo mode: {} rows of {} loaded in {} ms", result.rows(), dataset, (System.nanoTime() - start) / 1_000_000);
        }));
        createUsers();
        log.info("Demo mode: dataset at scale {} loaded in {} s", scale, (System.nanoTime() - started) / 1_000_000_000);
    }

    private void createUsers() {
        long provider = providers.options().stream().filter(p -> p.code().equals(PROVIDER_CODE)).findFirst()
                .orElseThrow().id();
        for (DemoAccount account : ACCOUNTS) {
            String region = account.username().endsWith("piemonte") ? "01" : null;
            users.create(new CreateUser(account.username(), displayName(account), null, account.role(),
                    account.role() == Role.PROVIDER ? provider : null, region, account.password()));
        }
    }

    private static String displayName(DemoAccount account) {
        return switch (account.username()) {
            case "funzionario" -> "Giulia Ferri";
            case "operatore" -> "Marco Rinaldi";
            case "analista" -> "Sara Conti";
            default -> "Paolo Gallo";
        };
    }
}
