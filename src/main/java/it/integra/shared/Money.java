package it.integra.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** An amount in euro at cent precision. Arithmetic rounds half-even, as the ledger expects. */
public record Money(BigDecimal amount) implements Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(amount, "amount");
        amount = amount.setScale(2, RoundingMode.HALF_EVEN);
    }

    public static Money of(String amount) {
        return new Money(new BigDecimal(amount));
    }

    public static Money of(BigDecimal amount) {
        return new Money(amount);
    }

    /** Reads an amount typed by a person: at most two decimals, nothing rounded away silently. */
    public static Money parseExact(String text) {
        BigDecimal value;
        try {
            value = new BigDecimal(text.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new InvalidValueException("money.form", text);
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new InvalidValueException("money.decimals", text);
        }
        return new Money(value);
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public Money times(BigDecimal quantity) {
        return new Money(amount.multiply(quantity));
    }

    public Money negate() {
        return new Money(amount.negate());
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
