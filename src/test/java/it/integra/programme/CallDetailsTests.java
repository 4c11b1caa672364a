package it.integra.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallDetailsTests {

    private static final LocalDate OPENS = LocalDate.of(2026, 3, 1);
    private static final LocalDate CLOSES = LocalDate.of(2026, 9, 30);

    static CallDetails call(CallStatus status) {
        return new CallDetails(1, "C1", "PUOI", "Avviso", OPENS, CLOSES, status, new BigDecimal("1000"), Map.of(),
                6, new BigDecimal("500"), null, new BigDecimal("0.7"), 18, null, 60, null, 10, 0,
                List.of(), List.of(
                        new ProgrammeDetails.EndowmentLine("INTAKE", "HOURLY", "INTAKE", new BigDecimal("4"),
                                new BigDecimal("34"), new BigDecimal("136"), "PROVIDER", "AMIF", false),
                        new ProgrammeDetails.EndowmentLine("ALLOWANCE", "MONTHLY", null, new BigDecimal("6"),
                                new BigDecimal("500"), new BigDecimal("3000"), "TRAINEE", "ESF", false),
                        new ProgrammeDetails.EndowmentLine("COVID", "FLAT", null, null, null, new BigDecimal("480"),
                                "TRAINEE", "ESF", true)),
                List.of());
    }

    @Test
    void aDraftIsEditableAndAcceptsNothing() {
        assertThat(call(CallStatus.DRAFT).editableOn(OPENS.plusDays(10))).isTrue();
        assertThat(call(CallStatus.DRAFT).acceptsRequestsOn(OPENS.plusDays(10))).isFalse();
    }

    @Test
    void aPublishedCallIsEditableOnlyBeforeItOpens() {
        assertThat(call(CallStatus.OPEN).editableOn(OPENS.minusDays(1))).isTrue();
        assertThat(call(CallStatus.OPEN).editableOn(OPENS)).isFalse();
    }

    @Test
    void anOpenCallAcceptsRequestsFromItsFirstToItsLastDay() {
        CallDetails open = call(CallStatus.OPEN);
        assertThat(open.acceptsRequestsOn(OPENS.minusDays(1))).isFalse();
        assertThat(open.acceptsRequestsOn(OPENS)).isTrue();
        assertThat(open.acceptsRequestsOn(CLOSES)).isTrue();
        assertThat(open.acceptsRequestsOn(CLOSES.plusDays(1))).isFalse();
        assertThat(call(CallStatus.CLOSED).acceptsRequestsOn(OPENS.plusDays(1))).isFalse();
    }

    @Test
    void anEndowmentCommitsItsLinesThatAreNotOptionalByFund() {
        assertThat(call(CallStatus.OPEN).endowmentByFund())
                .containsOnly(Map.entry("AMIF", new BigDecimal("136")), Map.entry("ESF", new BigDecimal("3000")));
        assertThat(call(CallStatus.OPEN).endowment()).isEqualByComparingTo("3136");
    }
}
