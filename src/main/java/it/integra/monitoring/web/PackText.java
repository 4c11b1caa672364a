package it.integra.monitoring.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** The words and figures of a pack in the reader's language: labels from the bundles, numbers as they write them. */
final class PackText {

    private final MessageSource messages;
    private final Locale locale;
    private final NumberFormat counts;
    private final NumberFormat shares;
    private final NumberFormat hours;

    PackText(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
        this.counts = NumberFormat.getIntegerInstance(locale);
        this.shares = NumberFormat.getPercentInstance(locale);
        shares.setMinimumFractionDigits(1);
        shares.setMaximumFractionDigits(1);
        this.hours = NumberFormat.getNumberInstance(locale);
        hours.setMaximumFractionDigits(1);
    }

    Locale locale() {
        return locale;
    }

    String msg(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    String count(long value) {
        return counts.format(value);
    }

    String share(double value) {
        return shares.format(value);
    }

    String hours(BigDecimal value) {
        return value == null ? "" : hours.format(value);
    }
}
