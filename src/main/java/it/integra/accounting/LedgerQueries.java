package it.integra.accounting;

import it.integra.accounting.internal.EndowmentLedgers;
import it.integra.accounting.internal.Ledger;
import it.integra.accounting.internal.LedgerFigures;
import it.integra.clearance.ClearanceQueries;
import it.integra.platform.CurrentUser;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Pathways' ledgers for the people who may see the pathway: the authority's staff and its provider. */
@Service
@Transactional(readOnly = true)
public class LedgerQueries {

    private final EndowmentLedgers ledgers;
    private final ClearanceQueries clearances;

    LedgerQueries(EndowmentLedgers ledgers, ClearanceQueries clearances) {
        this.ledgers = ledgers;
        this.clearances = clearances;
    }

    public Optional<LedgerStatement> statement(long clearanceId, CurrentUser user) {
        return clearances.find(clearanceId, user).map(clearance -> ledgers.read(clearanceId)
                .map(ledger -> statement(clearanceId, ledger))
                .orElseGet(() -> new LedgerStatement(clearanceId, List.of(), List.of())));
    }

    private static LedgerStatement statement(long clearanceId, Ledger ledger) {
        LedgerFigures figures = ledger.figures();
        List<LedgerStatement.Line> lines = ledger.lines().stream()
                .filter(line -> figures.committed(line.line()).signum() > 0)
                .map(line -> new LedgerStatement.Line(line.line(), line.basis(), line.recipient(), line.fund(),
                        line.optional(), figures.committed(line.line()), figures.accrued(line.line()),
                        figures.released(line.line()), figures.balance(line.line())))
                .toList();
        List<LedgerStatement.Entry> entries = ledger.entries().stream()
                .map(e -> new LedgerStatement.Entry(e.id(), e.line(), e.kind(), e.amount(), e.hours(), e.month(),
                        e.valueDate(), e.reversesId(), e.balanceAfter(), e.note()))
                .toList();
        return new LedgerStatement(clearanceId, lines, entries);
    }
}
