package it.integra.programme;

import it.integra.Today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.integra.platform.ChangedMeanwhile;
import it.integra.platform.CurrentUser;
import it.integra.platform.Role;
import it.integra.platform.Violation;
import it.integra.platform.ViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest
class CallManagementTests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final CurrentUser OFFICER = new CurrentUser(1, "admin", "Amministratore", Role.ADMIN, null, null);

    @Autowired
    CallManagement calls;
    @Autowired
    ProgrammeCatalogue programmes;
    @Autowired
    JdbcClient jdbc;

    static String code() {
        return "T-CALL-" + SEQUENCE.incrementAndGet();
    }

    static CallTerms terms(LocalDate opens) {
        return new CallTerms("Avviso di prova", opens, opens.plusMonths(6),
                Map.of("ESF", new BigDecimal("4100000"), "AMIF", new BigDecimal("1840000")),
                new BigDecimal("0.70"), 60, 25);
    }

    @Test
    void createsADraftWithACopyOfTheProgrammeModel() {
        CallDetails call = calls.create(new CreateCall(code(), "PUOI", terms(Today.date().plusDays(30))), OFFICER);

        assertThat(call.status()).isEqualTo(CallStatus.DRAFT);
        assertThat(call.budget()).isEqualByComparingTo("5940000");
        assertThat(call.areas()).extracting(ProgrammeDetails.ModelArea::area)
                .containsExactly("INTAKE", "SPECIALIST_GUIDANCE", "TUTORING", "JOB_SEARCH_GUIDANCE", "COVID_GUIDANCE");
        assertThat(call.endowment()).isEqualByComparingTo("5940");
        assertThat(call.endowmentByFund()).containsEntry("AMIF", new BigDecimal("1840.00"));
        assertThat(call.targetGroups()).contains("INTERNATIONAL_PROTECTION", "FORMER_UNACCOMPANIED_MINOR");
        assertThat(call.maxEndowmentsPerProvider()).isEqualTo(25);
    }

    @Test
    void laterChangesToTheProgrammeDoNotChangeAnExistingCall() {
        CallDetails call = calls.create(new CreateCall(code(), "PERCORSI", terms(Today.date().plusDays(30))), OFFICER);
        ProgrammeDetails percorsi = programmes.programme("PERCORSI").orElseThrow();
        try {
            programmes.changeModel("PERCORSI", new ProgrammeModelChange(Map.of("TRAINING", new BigDecimal("48")),
                    new BigDecimal("600"), new BigDecimal("0.80"), 45, programmes.version("PERCORSI")), OFFICER);

            CallDetails unchanged = calls.find(call.code()).orElseThrow();
            assertThat(unchanged.areas()).filteredOn(a -> a.area().equals("TRAINING"))
                    .singleElement().satisfies(a -> assertThat(a.modelHours()).isEqualByComparingTo("40"));
            assertThat(unchanged.monthlyAllowance()).isEqualByComparingTo("500");
            CallDetails later = calls.create(new CreateCall(code(), "PERCORSI", terms(Today.date().plusDays(30))), OFFICER);
            assertThat(later.areas()).filteredOn(a -> a.area().equals("TRAINING"))
                    .singleElement().satisfies(a -> assertThat(a.modelHours()).isEqualByComparingTo("48"));
            assertThat(later.monthlyAllowance()).isEqualByComparingTo("600");
        } finally {
            programmes.changeModel("PERCORSI", new ProgrammeModelChange(Map.of("TRAINING", new BigDecimal("40")),
                    percorsi.summary().monthlyAllowance(), percorsi.attendanceThreshold(), percorsi.startWindowDays(),
                    programmes.version("PERCORSI")), OFFICER);
        }
    }

    @Test
    void editsADraftAndRecordsTheChange() {
        CallDetails call = calls.create(new CreateCall(code(), "PUOI", terms(Today.date().plusDays(30))), OFFICER);
        CallTerms changed = new CallTerms("Titolo nuovo", call.opensOn(), call.closesOn(), call.fundBudgets(),
                new BigDecimal("0.75"), 90, null);

        CallDetails edited = calls.edit(call.code(), call.version(), changed, OFFICER);

        assertThat(edited.title()).isEqualTo("Titolo nuovo");
        assertThat(edited.attendanceThreshold()).isEqualByComparingTo("0.75");
        assertThat(edited.maxEndowmentsPerProvider()).isNull();
        assertThat(jdbc.sql("""
                SELECT before ->> 'title' || ' -> ' || (after ->> 'title') FROM platform.audit_entry
                WHERE entity_type = 'call' AND entity_id = :id AND action = 'EDIT'""")
                .param("id", call.id()).query(String.class).single()).isEqualTo("Avviso di prova -> Titolo nuovo");
    }

    @Test
    void refusesToEditACallThatHasOpened() {
        CallDetails call = calls.create(new CreateCall(code(), "PUOI", terms(Today.date().minusDays(1))), OFFICER);
        CallDetails open = calls.publish(call.code(), OFFICER);

        assertThatThrownBy(() -> calls.edit(call.code(), open.version(), terms(Today.date()), OFFICER))
                .isInstanceOfSatisfying(ViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::code).containsExactly("call.notEditable"));
    }

    @Test
    void refusesAnEditMadeOnAStaleVersion() {
        CallDetails call = calls.create(new CreateCall(code(), "PUOI", terms(Today.date().plusDays(9))), OFFICER);
        calls.edit(call.code(), call.version(), terms(Today.date().plusDays(10)), OFFICER);

        assertThatThrownBy(() -> calls.edit(call.code(), call.version(), terms(Today.date().plusDays(11)), OFFICER))
                .isInstanceOfSatisfying(ViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::code).containsExactly("call.changedMeanwhile"));
    }

    @Test
    void publishesThenClosesAndRefusesEveryOtherStep() {
        CallDetails call = calls.create(new CreateCall(code(), "INSIDE", terms(Today.date())), OFFICER);

        assertThatThrownBy(() -> calls.close(call.code(), OFFICER)).isInstanceOf(ViolationException.class);
        assertThat(calls.publish(call.code(), OFFICER).acceptsRequestsOn(Today.date())).isTrue();
        // published already: a second publish names who published and when
        assertThatThrownBy(() -> calls.publish(call.code(), OFFICER))
                .isInstanceOfSatisfying(ChangedMeanwhile.class, e -> assertThat(e.at()).isPresent());
        assertThat(calls.close(call.code(), OFFICER).status()).isEqualTo(CallStatus.CLOSED);
        assertThatThrownBy(() -> calls.publish(call.code(), OFFICER)).isInstanceOf(ChangedMeanwhile.class);
        assertThat(jdbc.sql("SELECT string_agg(action, ',' ORDER BY id) FROM platform.audit_entry "
                + "WHERE entity_type = 'call' AND entity_id = :id").param("id", call.id()).query(String.class).single())
                .isEqualTo("CREATE,PUBLISH,CLOSE");
    }

    @Test
    void reportsEveryBrokenRuleOfANewCall() {
        CallTerms bad = new CallTerms(" ", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1),
                Map.of("ESF", new BigDecimal("-1")), new BigDecimal("1.5"), 0, 0);

        assertThatThrownBy(() -> calls.create(new CreateCall("bad code!", "NOPE", bad), OFFICER))
                .isInstanceOfSatisfying(ViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("code", "programme", "title", "closesOn",
                                "budgetESF", "budgetESF", "attendanceThreshold", "startWindowDays",
                                "maxEndowmentsPerProvider"));
    }

    @Test
    void refusesADuplicateCode() {
        String code = code();
        calls.create(new CreateCall(code, "PUOI", terms(Today.date())), OFFICER);

        assertThatThrownBy(() -> calls.create(new CreateCall(code, "PUOI", terms(Today.date())), OFFICER))
                .isInstanceOfSatisfying(ViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::code).containsExactly("call.code.taken"));
    }

    @Test
    void onlyTheAuthorityManagesCalls() {
        CurrentUser provider = new CurrentUser(2, "op", "Operatore", Role.PROVIDER, 1L, null);
        CurrentUser analyst = new CurrentUser(3, "an", "Analista", Role.ANALYST, null, null);

        assertThatThrownBy(() -> calls.create(new CreateCall(code(), "PUOI", terms(Today.date())), provider))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> calls.create(new CreateCall(code(), "PUOI", terms(Today.date())), analyst))
                .isInstanceOf(AccessDeniedException.class);
    }
}
