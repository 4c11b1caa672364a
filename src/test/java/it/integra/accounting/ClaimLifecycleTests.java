package it.integra.accounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import it.integra.platform.ChangedMeanwhile;
import it.integra.programme.CallManagement;
import it.integra.shared.ServiceArea;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import it.integra.Today;
import it.integra.monitoring.internal.WorkQueues;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest
class ClaimLifecycleTests {

    @Autowired
    ClaimManagement claims;
    @Autowired
    ClaimQueries queries;
    @Autowired
    ClaimStatements statements;
    @Autowired
    HoursManagement hours;
    @Autowired
    BudgetManagement budgets;
    @Autowired
    CallManagement calls;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WorkQueues queues;

    /** A fixture whose two pathways have tutoring hours accrued: 3 days of 4 hours (125.00 each) and 1 of 2 hours. */
    private AccountingFixture withAccruals() {
        AccountingFixture fixture = AccountingFixture.ready(jdbc);
        LocalDate start = fixture.today.minusMonths(2);
        long first = fixture.grantedClearance("Adan", start.minusDays(20));
        fixture.internship(first, start, start.plusMonths(6).minusDays(1));
        long second = fixture.grantedClearance("Barre", start.minusDays(20));
        fixture.internship(second, start, start.plusMonths(6).minusDays(1));
        for (int day = 1; day <= 3; day++) {
            hours.log(fixture.hours(PathwayRef.clearance(first), ServiceArea.TUTORING, start.plusDays(day), "4"),
                    fixture.operator);
        }
        hours.log(fixture.hours(PathwayRef.clearance(second), ServiceArea.TUTORING, start.plusDays(1), "2"),
                fixture.operator);
        return fixture;
    }

    private CreateClaim wholePeriod(AccountingFixture fixture) {
        return new CreateClaim(fixture.callCode, fixture.today.minusMonths(3), fixture.today);
    }

    private long claimsToVerify() {
        return queues.officer(Today.date(), 15).stream().filter(item -> item.key().equals("home.work.claims"))
                .findFirst().orElseThrow().count();
    }

    private long audits(long claim, String action) {
        return jdbc.sql("""
                        SELECT count(*) FROM platform.audit_entry
                        WHERE entity_type = 'claim' AND entity_id = :id AND action = :action""")
                .param("id", claim).param("action", action).query(Long.class).single();
    }

    @Test
    void aClaimGoesFromDraftToPaidWithEveryLineDecidedAndEveryStepAudited() throws Exception {
        AccountingFixture fixture = withAccruals();
        long id = claims.createDraft(wholePeriod(fixture), fixture.operator);
        ClaimDetails draft = queries.find(id, fixture.operator).orElseThrow();
        assertThat(draft.lines()).hasSize(4);
        assertThat(draft.summary().amount()).isEqualByComparingTo("437.50");

        long waiting = claimsToVerify();
        claims.submit(id, fixture.operator);
        assertThat(claimsToVerify()).as("the officers' home queue").isEqualTo(waiting + 1);
        List<ClaimLine> lines = queries.find(id, fixture.officer).orElseThrow().lines();
        for (ClaimLine line : lines.subList(0, 3)) {
            claims.accept(id, line.id(), fixture.officer);
        }
        assertThatThrownBy(() -> claims.verify(id, fixture.officer)).hasMessageContaining("claims.linesUndecided");
        ClaimLine rejected = lines.get(3);
        claims.reject(id, rejected.id(), "Registro presenze non firmato", fixture.officer);
        claims.verify(id, fixture.officer);
        assertThat(claimsToVerify()).isEqualTo(waiting);
        ClaimSummary paid = claims.markPaid(id, fixture.officer);

        assertThat(paid.status()).isEqualTo(ClaimStatus.PAID);
        assertThat(paid.rejected()).isEqualByComparingTo(rejected.amount());
        assertThat(paid.accepted()).isEqualByComparingTo(paid.amount().subtract(rejected.amount()));
        java.math.BigDecimal claimedOnPathway = lines.stream().filter(l -> l.clearanceId() == rejected.clearanceId())
                .map(ClaimLine::amount).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        assertThat(fixture.ledger(rejected.clearanceId(), "ACCRUAL", "TUTORING"))
                .as("the rejected line is reversed in the ledger")
                .isEqualByComparingTo(claimedOnPathway.subtract(rejected.amount()));
        for (String action : List.of("CREATE", "REQUEST", "LINE_ACCEPT", "LINE_REJECT", "VERIFY", "PAY")) {
            assertThat(audits(id, action)).as(action).isPositive();
        }
        CallBudget budget = budgets.budget(calls.find(fixture.callCode).orElseThrow());
        assertThat(budget.totalClaimed()).isEqualByComparingTo(paid.accepted());
        assertThat(budget.totalPaid()).isEqualByComparingTo(paid.accepted());
        assertThat(budget.totalAccrued()).isEqualByComparingTo(paid.accepted());
    }

    @Test
    void theBudgetOverTimeRunsFromZeroToTheRunningTotalsOfTheMonth() {
        AccountingFixture fixture = withAccruals();
        long id = claims.createDraft(wholePeriod(fixture), fixture.operator);
        claims.submit(id, fixture.operator);

        BudgetTimeline timeline = budgets.timeline(calls.find(fixture.callCode).orElseThrow().id(), fixture.officer);

        assertThat(timeline.months()).containsExactly(java.time.YearMonth.from(fixture.today).minusMonths(1),
                java.time.YearMonth.from(fixture.today));
        assertThat(timeline.committed()).extracting(java.math.BigDecimal::toPlainString).containsExactly("0", "11880.00");
        assertThat(timeline.accrued().get(1)).isEqualByComparingTo("437.50");
        assertThat(timeline.claimed().get(1)).isEqualByComparingTo("437.50");
        assertThat(timeline.paid().get(1)).isZero();
        assertThat(budgets.timeline(null, fixture.operator).accrued().get(1))
                .as("a provider's own pathways only").isEqualByComparingTo("437.50");
    }

    @Test
    void theStatementListsTheLinesAndTotalsAsPdfAndCsv() throws Exception {
        AccountingFixture fixture = withAccruals();
        long id = claims.createDraft(wholePeriod(fixture), fixture.operator);
        claims.submit(id, fixture.operator);
        ClaimLine line = queries.find(id, fixture.officer).orElseThrow().lines().get(0);
        claims.reject(id, line.id(), "Firma mancante", fixture.officer);

        Download pdf = statements.pdf(id, fixture.operator, Locale.ITALIAN);
        String text = new PdfTextExtractor(new PdfReader(pdf.content())).getTextFromPage(1);
        assertThat(pdf.fileName()).startsWith("rendiconto-RC-").endsWith(".pdf");
        assertThat(text).contains("Rendiconto RC-", "Cooperativa Doti " + fixture.suffix, fixture.callCode,
                "Tutoraggio didattico", "Respinta: Firma mancante", "437,50", "Importo richiesto");
        String csv = new String(statements.csv(id, fixture.operator).content(), StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(5);
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo(String.join(",", ClaimStatements.CSV_HEADER));
        assertThat(csv).contains(",TUTORING,TUTORING,ESF,", ",4.00,125.00,", "REJECTED,Firma mancante");
    }

    @Test
    void aLineIsClaimedOnceAndADiscardedDraftFreesItsLines() {
        AccountingFixture fixture = withAccruals();
        long first = claims.createDraft(wholePeriod(fixture), fixture.operator);

        assertThatThrownBy(() -> claims.createDraft(wholePeriod(fixture), fixture.operator))
                .hasMessageContaining("claims.nothingToClaim");
        claims.discard(first, fixture.operator);
        assertThat(audits(first, "DISCARD")).isEqualTo(1);
        assertThat(queries.find(claims.createDraft(wholePeriod(fixture), fixture.operator), fixture.operator)
                .orElseThrow().lines()).hasSize(4);
    }

    @Test
    void theClaimIsLimitedToItsPeriod() {
        AccountingFixture fixture = withAccruals();
        LocalDate firstDay = fixture.today.minusMonths(2).plusDays(1);

        long id = claims.createDraft(new CreateClaim(fixture.callCode, firstDay, firstDay), fixture.operator);

        assertThat(queries.find(id, fixture.operator).orElseThrow().summary().amount()).isEqualByComparingTo("187.50");
        assertThatThrownBy(() -> claims.createDraft(new CreateClaim(fixture.callCode, fixture.today,
                fixture.today.minusDays(1)), fixture.operator)).hasMessageContaining("claims.periodOrder");
    }

    @Test
    void everyStepThatTheTableRefusesIsRefused() {
        AccountingFixture fixture = withAccruals();
        long id = claims.createDraft(wholePeriod(fixture), fixture.operator);

        assertThatThrownBy(() -> claims.verify(id, fixture.officer)).hasMessageContaining("claims.transition.refused");
        assertThatThrownBy(() -> claims.markPaid(id, fixture.officer)).hasMessageContaining("claims.transition.refused");
        long line = queries.find(id, fixture.operator).orElseThrow().lines().get(0).id();
        assertThatThrownBy(() -> claims.accept(id, line, fixture.officer)).hasMessageContaining("claims.notRequested");
        claims.submit(id, fixture.operator);
        // sent already: a second submit, or a discard, names who sent it and when
        assertThatThrownBy(() -> claims.submit(id, fixture.operator))
                .isInstanceOfSatisfying(ChangedMeanwhile.class, e -> assertThat(e.actor()).contains("Giulia Bianchi"));
        assertThatThrownBy(() -> claims.discard(id, fixture.operator)).isInstanceOf(ChangedMeanwhile.class);
        assertThatThrownBy(() -> claims.markPaid(id, fixture.officer)).hasMessageContaining("claims.transition.refused");
        claims.accept(id, line, fixture.officer);
        assertThatThrownBy(() -> claims.reject(id, line, "ripensamento", fixture.officer))
                .isInstanceOfSatisfying(ChangedMeanwhile.class, e -> assertThat(e.at()).isPresent());
        assertThatThrownBy(() -> claims.reject(id, queries.find(id, fixture.officer).orElseThrow().lines().get(1).id(),
                " ", fixture.officer)).hasMessageContaining("claims.reasonRequired");
    }

    @Test
    void aProviderSeesAndChangesOnlyItsOwnClaimsAndNeverDecidesThem() {
        AccountingFixture fixture = withAccruals();
        AccountingFixture other = AccountingFixture.ready(jdbc);
        long id = claims.createDraft(wholePeriod(fixture), fixture.operator);

        assertThat(queries.find(id, other.operator)).isEmpty();
        assertThat(queries.search(null, other.operator, PageRequest.of(0, 50)).getContent())
                .extracting(ClaimSummary::id).doesNotContain(id);
        assertThat(queries.search(null, fixture.officer, PageRequest.of(0, 500)).getContent())
                .extracting(ClaimSummary::id).contains(id);
        assertThatThrownBy(() -> claims.submit(id, other.operator)).isInstanceOf(ClaimNotFoundException.class);
        assertThatThrownBy(() -> claims.discard(id, other.operator)).isInstanceOf(ClaimNotFoundException.class);
        assertThatThrownBy(() -> statements.pdf(id, other.operator, Locale.ITALIAN))
                .isInstanceOf(ClaimNotFoundException.class);
        assertThatThrownBy(() -> claims.submit(id, fixture.officer)).isInstanceOf(AccessDeniedException.class);
        claims.submit(id, fixture.operator);
        long line = queries.find(id, fixture.operator).orElseThrow().lines().get(0).id();
        assertThatThrownBy(() -> claims.accept(id, line, fixture.operator)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> claims.verify(id, fixture.operator)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> claims.createDraft(wholePeriod(fixture), fixture.officer))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> claims.createDraft(wholePeriod(other), other.operator))
                .as("another provider cannot claim these accruals").hasMessageContaining("claims.nothingToClaim");
    }
}
