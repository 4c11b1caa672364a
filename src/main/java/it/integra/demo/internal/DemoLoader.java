package it.integra.demo.internal;

import it.integra.interchange.ImportProgress;
import it.integra.interchange.ImportResult;
import it.integra.interchange.InterchangeManagement;
import it.integra.platform.CreateUser;
import it.integra.platform.CurrentUser;
import it.integra.platform.DemoAccounts;
import it.integra.platform.ProviderDirectory;
import it.integra.platform.Role;
import it.integra.platform.StartupSteps;
import it.integra.platform.StartupTask;
import it.integra.platform.UserAdministration;
import java.io.StringReader;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With {@code --integra.demo=true}, loads the demo dataset into an empty database through the
 * interchange imports, then creates one demo user per role. A database that holds calls not loaded by
 * the demo is left alone. With {@code --integra.demo.scale=N} the dataset holds N times the pathways
 * ({@link DemoScale}), for benchmarks; the default 1 gives the published figures.
 *
 * <p>A load can be killed half-way, and at scale N it spans many imports, each its own transaction:
 * so it is resumable rather than one unit. A "started" step is recorded before the first import, each
 * import is recorded once committed, the users and the final "complete" step in one transaction. The
 * next start finds "started" without "complete", skips the imports recorded and runs the rest; the one
 * import that committed but was not recorded yet runs again, which changes nothing, as every import is
 * an idempotent upsert.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "integra.demo", havingValue = "true")
class DemoLoader implements StartupTask, DemoAccounts {

    static final String PROVIDER_CODE = "ENTE-0012";
    static final String STARTED = "started";
    static final String USERS = "users";
    static final String COMPLETE = "complete";
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
    private final TransactionTemplate transaction;
    private final int scale;
    private Consumer<String> afterImport = step -> { };

    DemoLoader(InterchangeManagement interchange, UserAdministration users, ProviderDirectory providers, JdbcClient jdbc,
               PlatformTransactionManager transactions, @Value("${integra.demo.scale:1}") int scale) {
        this.interchange = interchange;
        this.users = users;
        this.providers = providers;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.scale = scale;
    }

    @Override
    public List<DemoAccount> accounts() {
        return ACCOUNTS;
    }

    @Override
    public String name() {
        return "demo";
    }

    /** For tests: runs after each import has committed and before it is recorded, where a kill hurts most. */
    void afterEachImport(Consumer<String> hook) {
        this.afterImport = hook;
    }

    @Override
    public void run(StartupSteps steps) {
        if (steps.done(COMPLETE)) {
            log.info("Demo mode: the demo dataset is already loaded");
            return;
        }
        boolean resuming = steps.done(STARTED);
        if (!resuming && jdbc.sql("SELECT count(*) FROM programme.call").query(Long.class).single() > 0) {
            log.info("Demo mode: the database already holds data, nothing loaded");
            return;
        }
        if (resuming) {
            log.info("Demo mode: resuming a demo load that was interrupted");
        }
        steps.markDone(STARTED);
        long started = System.nanoTime();
        importAll(steps);
        transaction.executeWithoutResult(status -> {
            if (!steps.done(USERS)) {
                createUsers();
                steps.markDone(USERS);
            }
            steps.markDone(COMPLETE);
        });
        log.info("Demo mode: dataset at scale {} loaded in {} s", scale, (System.nanoTime() - started) / 1_000_000_000);
    }

    private void importAll(StartupSteps steps) {
        CurrentUser system = new CurrentUser(0, "demo", "Demo", Role.ADMIN, null, null);
        int[] batch = {0};
        new DemoScale(scale).forEachBatch(files -> {
            int number = batch[0]++;
            files.forEach((dataset, csv) -> {
                String step = "scale " + scale + ", batch " + number + ", " + dataset;
                if (steps.done(step)) {
                    return;
                }
                long start = System.nanoTime();
                ImportResult result = interchange.importCsv(dataset, new StringReader(csv), system, ImportProgress.NONE);
                afterImport.accept(step);
                steps.markDone(step);
                log.info("Demo mode: {} rows of {} loaded in {} ms", result.rows(), dataset, (System.nanoTime() - start) / 1_000_000);
            });
        });
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
