package it.integra.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.integra.interchange.ImportProgress;
import it.integra.interchange.InterchangeManagement;
import it.integra.platform.CurrentUser;
import it.integra.platform.ProviderDirectory;
import it.integra.platform.Role;
import it.integra.platform.StartupSteps;
import it.integra.platform.UserAdministration;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A demo load killed half-way (here: an import that committed but was not recorded yet, the worst
 * moment) is completed by the next start, with every row once; a database with data of its own is
 * still left alone.
 */
@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class DemoLoadResumeTests {

    /** Where each dataset's rows end up: one row per CSV record. */
    private static final Map<String, String> TABLES = Map.of(
            "calls", "programme.call", "providers", "provider.provider", "applications", "provider.application",
            "participants", "participant.participant", "clearances", "clearance.clearance",
            "internships", "internship.internship", "services", "accounting.service_delivery",
            "contracts", "outcome.contract");

    @Autowired
    InterchangeManagement interchange;
    @Autowired
    UserAdministration users;
    @Autowired
    ProviderDirectory providers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aLoadKilledAfterAnImportIsCompletedByTheNextStartWithEveryRowOnce() {
        DemoLoader killed = loader();
        killed.afterEachImport(step -> {
            if (step.endsWith("clearances")) {
                throw new IllegalStateException("killed");
            }
        });
        assertThatThrownBy(() -> killed.run(steps())).hasMessage("killed");
        Map<String, Long> expected = recordsOfTheDemoFiles();
        assertThat(rows("clearances")).as("the clearances committed before the kill").isEqualTo(expected.get("clearances"));
        assertThat(rows("internships")).as("half a demo").isZero();
        assertThat(demoUsers()).isZero();

        DemoLoader next = loader();
        List<String> imported = new ArrayList<>();
        next.afterEachImport(imported::add);
        next.run(steps());

        assertThat(imported).as("the unrecorded import again, then the rest").containsExactly(
                "scale 1, batch 0, clearances", "scale 1, batch 0, internships", "scale 1, batch 0, services",
                "scale 1, batch 0, contracts");
        expected.forEach((dataset, records) -> assertThat(rows(dataset)).as(dataset).isEqualTo(records));
        assertThat(demoUsers()).isEqualTo(4);
        assertThat(steps().done(DemoLoader.COMPLETE)).isTrue();

        List<String> third = new ArrayList<>();
        DemoLoader again = loader();
        again.afterEachImport(third::add);
        again.run(steps());
        assertThat(third).as("a complete demo is not loaded again").isEmpty();
    }

    @Test
    void aDatabaseWithDataOfItsOwnIsLeftAlone() {
        String calls = new DemoPlan().build().get("calls");
        interchange.importCsv("calls", new StringReader(calls),
                new CurrentUser(0, "officer", "Officer", Role.ADMIN, null, null), ImportProgress.NONE);

        long people = rows("participants");
        long users = demoUsers();

        loader().run(steps());

        // other tests of this context may hold data too: the loader adds nothing to it
        assertThat(rows("participants")).isEqualTo(people);
        assertThat(demoUsers()).isEqualTo(users);
        assertThat(steps().done(DemoLoader.STARTED)).isFalse();
    }

    private DemoLoader loader() {
        return new DemoLoader(interchange, users, providers, jdbc, transactions, 1);
    }

    private StartupSteps steps() {
        return new StartupSteps(jdbc, "demo");
    }

    private long rows(String dataset) {
        return jdbc.sql("SELECT count(*) FROM " + TABLES.get(dataset)).query(Long.class).single();
    }

    private long demoUsers() {
        return jdbc.sql("SELECT count(*) FROM platform.app_user WHERE username IN "
                + "('funzionario', 'operatore', 'analista', 'analista-piemonte')").query(Long.class).single();
    }

    /** The independent count: the records of the files the demo imports. */
    private static Map<String, Long> recordsOfTheDemoFiles() {
        Map<String, Long> records = new LinkedHashMap<>();
        new DemoPlan().build().forEach((dataset, csv) -> {
            try {
                records.put(dataset, CSVFormat.RFC4180.parse(new StringReader(csv)).stream().count() - 1);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        return records;
    }
}
