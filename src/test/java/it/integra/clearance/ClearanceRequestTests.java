package it.integra.clearance;

import it.integra.Today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.integra.platform.Violation;
import it.integra.platform.ViolationException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class ClearanceRequestTests {

    @Autowired
    ClearanceManagement clearances;
    @Autowired
    JdbcClient jdbc;

    private List<String> refusals(PathwayFixture fixture, RequestClearance request) {
        return clearances.check(request, fixture.operator).stream().map(Violation::code).toList();
    }

    @Test
    void acceptsARequestThatMeetsEveryRuleAndAttachesTheHoursAlreadyDelivered() {
        PathwayFixture fixture = PathwayFixture.ready(jdbc);

        ClearanceView requested = clearances.request(fixture.request(), fixture.operator);

        assertThat(requested.status()).isEqualTo(ClearanceStatus.REQUESTED);
        assertThat(requested.code()).startsWith("NO-" + fixture.today.getYear() + "-");
        assertThat(requested.hostName()).isEqualTo("Trattoria Da Mario");
        assertThat(jdbc.sql("SELECT sum(hours) FROM accounting.service_delivery WHERE clearance_id = :id")
                .param("id", requested.id()).query(Integer.class).single()).isEqualTo(20);
        assertThat(jdbc.sql("SELECT region_code FROM clearance.clearance WHERE id = :id").param("id", requested.id())
                .query(String.class).single()).isEqualTo("01");
        assertThat(jdbc.sql("SELECT action FROM platform.audit_entry WHERE entity_type = 'clearance' AND entity_id = :id")
                .param("id", requested.id()).query(String.class).single()).isEqualTo("REQUEST");
    }

    @Test
    void refusesAPersonWhoIsNotEligible() {
        PathwayFixture fixture = new PathwayFixture(jdbc).call("100000", null).provider("ELIGIBLE")
                .person(17, "UNACCOMPANIED_MINOR", Today.date().minusDays(3), true)
                .hours("INTAKE", 1, 4).hours("SPECIALIST_GUIDANCE", 2, 8);

        assertThat(refusals(fixture, fixture.request()))
                .containsExactly("eligibility.targetGroup", "eligibility.tooYoung");
    }

    @Test
    void refusesWhenTheFirstPhaseHoursAreNotAllDelivered() {
        PathwayFixture fixture = new PathwayFixture(jdbc).call("100000", null).provider("ELIGIBLE")
                .person(30, "SPECIAL_CASE", Today.date().minusDays(3), true)
                .hours("INTAKE", 1, 4).hours("SPECIALIST_GUIDANCE", 1, 8);

        assertThatThrownBy(() -> clearances.request(fixture.request(), fixture.operator))
                .isInstanceOfSatisfying(ViolationException.class, e -> assertThat(e.violations())
                        .containsExactly(Violation.of("", "clearance.hoursMissing", "SPECIALIST_GUIDANCE", "8", "16")));
    }

    @Test
    void refusesADidOlderThanSixMonths() {
        PathwayFixture fixture = new PathwayFixture(jdbc).call("100000", null).provider("ELIGIBLE")
                .person(30, "SPECIAL_CASE", Today.date().minusMonths(6).minusDays(1), true)
                .hours("INTAKE", 1, 4).hours("SPECIALIST_GUIDANCE", 2, 8);

        assertThat(refusals(fixture, fixture.request())).containsExactly("eligibility.didOutOfDate");
    }

    @Test
    void refusesWhenTheTrainingPlanIsMissing() {
        PathwayFixture fixture = new PathwayFixture(jdbc).call("100000", null).provider("ELIGIBLE")
                .person(30, "SPECIAL_CASE", Today.date().minusDays(3), false)
                .hours("INTAKE", 1, 4).hours("SPECIALIST_GUIDANCE", 2, 8);

        assertThat(refusals(fixture, fixture.request())).containsExactly("clearance.pfiMissing");
    }

    @Test
    void refusesWhenTheAgreementOrTheHostDataAreMissing() {
        PathwayFixture fixture = PathwayFixture.ready(jdbc);
        RequestClearance request = fixture.request();
        RequestClearance incomplete = new RequestClearance(request.participantId(), request.callCode(), "TO",
                request.plannedStart(), new HostData("0123456789X", " ", "04", "XX", null), null, null);

        assertThat(refusals(fixture, incomplete)).containsExactly("clearance.conventionMissing",
                "taxCode.numeric.form", "clearance.host.name", "clearance.host.ateco", "clearance.host.province",
                "clearance.host.employees");
    }

    @Test
    void refusesASecondOpenPathwayInTheSameCall() {
        PathwayFixture fixture = PathwayFixture.ready(jdbc);
        clearances.request(fixture.request(), fixture.operator);

        assertThat(refusals(fixture, fixture.request())).contains("eligibility.openPathway");
    }

    @Test
    void refusesAProviderThatWasNotFoundEligible() {
        PathwayFixture fixture = new PathwayFixture(jdbc).call("100000", null).provider("INELIGIBLE")
                .person(30, "SPECIAL_CASE", Today.date().minusDays(3), true)
                .hours("INTAKE", 1, 4).hours("SPECIALIST_GUIDANCE", 2, 8);

        assertThat(refusals(fixture, fixture.request())).containsExactly("clearance.providerNotEligible");
    }

    @Test
    void refusesAPersonTheProviderDoesNotHaveInCharge() {
        PathwayFixture fixture = PathwayFixture.ready(jdbc);
        jdbc.sql("UPDATE participant.intake SET closed_on = taken_on WHERE id = :id").param("id", fixture.intakeId).update();

        assertThat(refusals(fixture, fixture.request())).contains("clearance.notInCharge", "eligibility.noDid");
    }

    @Test
    void refusesACallThatDoesNotAcceptRequests() {
        PathwayFixture fixture = PathwayFixture.ready(jdbc);
        jdbc.sql("UPDATE programme.call SET status = 'CLOSED' WHERE id = :id").param("id", fixture.callId).update();

        assertThat(refusals(fixture, fixture.request())).containsExactly("clearance.callNotAccepting");
    }
}
