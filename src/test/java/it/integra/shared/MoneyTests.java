package it.integra.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTests {

    @Test
    void keepsCentsAndComputesHourlyAmounts() {
        assertThat(Money.of("35.50").times(new BigDecimal("16")).toString()).isEqualTo("568.00");
        assertThat(Money.of("34").times(new BigDecimal("4")).plus(Money.of("0.5")).toString()).isEqualTo("136.50");
        assertThat(Money.of("2000").times(new BigDecimal("1")).minus(Money.of("2000.001")).isNegative()).isFalse();
    }

    @Test
    void refusesTypedAmountsWithMoreThanTwoDecimals() {
        assertThat(Money.parseExact("1500.5").toString()).isEqualTo("1500.50");
        assertThatThrownBy(() -> Money.parseExact("1.005")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Money.parseExact("abc")).isInstanceOf(InvalidValueException.class);
    }
}
