package it.integra.accounting;

import it.integra.platform.CurrentUser;
import it.integra.shared.SpreadsheetCells;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The file of a payment order for the bank: one transfer per row with the payee, the IBAN, the amount
 * (a dot and two decimals) and the reason for payment (causale), which is in Italian, as the transfers
 * are made in Italy.
 */
@Service
@Transactional(readOnly = true)
public class PaymentFiles {

    static final String[] HEADER = {"order_code", "payee", "iban", "amount", "currency", "reference"};
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private final PaymentManagement payments;
    private final MessageSource messages;

    PaymentFiles(PaymentManagement payments, MessageSource messages) {
        this.payments = payments;
        this.messages = messages;
    }

    public Download bankCsv(long orderId, CurrentUser user) {
        PaymentOrderSummary order = payments.order(orderId, user);
        List<PaymentView> rows = payments.payments(orderId, user);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (PaymentView payment : rows) {
                csv.printRecord(SpreadsheetCells.row(order.code(), payment.payee(), payment.iban(),
                        payment.amount().toPlainString(), "EUR", reference(payment)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Download("bonifici-" + order.code() + ".csv",
                out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private String reference(PaymentView payment) {
        Object[] arguments = {payment.internshipCode(), payment.month() == null ? "" : MONTH.format(payment.month())};
        return messages.getMessage("payments.reference." + payment.kind(), arguments, Locale.ITALIAN);
    }
}
