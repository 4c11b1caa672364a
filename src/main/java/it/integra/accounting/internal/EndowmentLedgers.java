package it.integra.accounting.internal;

import it.integra.programme.CallDetails;
import it.integra.programme.CallManagement;
import it.integra.programme.ProgrammeDetails.EndowmentLine;
import it.integra.programme.ProgrammeDetails.ModelArea;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Works on pathways' ledgers one at a time, each under its lock. A ledger exists only for a clearance
 * that was granted. It opens at the grant; a pathway that came by import has none until something
 * first happens to it in the application, and is then opened that day: its endowment committed, and
 * the hours logged in the application accrued. Imported hours are history paid elsewhere and never
 * accrue.
 */
@Component
public class EndowmentLedgers {

    private final LedgerStore store;
    private final CallManagement calls;
    private final Clock clock;

    EndowmentLedgers(LedgerStore store, CallManagement calls, Clock clock) {
        this.store = store;
        this.calls = calls;
        this.clock = clock;
    }

    /** The result of an operation: the ledger after it and the entries it appended, with their ids. */
    public record Applied(Ledger ledger, List<LedgerEntry> appended) {
    }

    /** Opens the ledger of a clearance just granted (nothing if it is open already). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void openAtGrant(long clearanceId) {
        apply(clearanceId, null, ledger -> List.of(), true);
    }

    /**
     * Applies an operation to the pathway's ledger, opening it first if needed; empty when the
     * clearance was never granted (no ledger then).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Applied> apply(long clearanceId, Long userId, Function<Ledger, List<LedgerEntry>> operation) {
        return apply(clearanceId, userId, operation, false);
    }

    private Optional<Applied> apply(long clearanceId, Long userId, Function<Ledger, List<LedgerEntry>> operation,
                                    boolean atGrant) {
        LedgerStore.Pathway pathway = store.pathway(clearanceId).orElse(null);
        if (pathway == null || !Set.of("GRANTED", "CANCELLED").contains(pathway.status())) {
            return Optional.empty();
        }
        CallDetails call = calls.find(pathway.callId()).orElseThrow();
        if (!store.lock(clearanceId)) {
            store.create(pathway, today(), atGrant);
        }
        Map<String, EndowmentLine> lines = lines(call);
        Ledger ledger = new Ledger(call.lines(), proRataAreas(call), store.entries(clearanceId));
        List<LedgerEntry> opening = ledger.isOpen() ? List.of() : opening(ledger, clearanceId);
        List<LedgerEntry> done = operation.apply(ledger);
        List<LedgerEntry> appended = new java.util.ArrayList<>(store.append(clearanceId, lines, opening, null));
        appended.addAll(store.append(clearanceId, lines, done, userId));
        return Optional.of(new Applied(ledger, appended));
    }

    /** Commits the endowment and accrues the hours already logged in the application. */
    private List<LedgerEntry> opening(Ledger ledger, long clearanceId) {
        List<LedgerEntry> entries = new java.util.ArrayList<>(ledger.open(today()));
        for (LedgerStore.Unaccrued hours : store.unaccruedHours(clearanceId)) {
            entries.addAll(ledger.accrueHours(hours.id(), hours.area(), hours.hours(), hours.deliveredOn()));
        }
        return entries;
    }

    /** The ledger as stored, without opening it; empty when the pathway has none. */
    public Optional<Ledger> read(long clearanceId) {
        List<LedgerEntry> entries = store.entries(clearanceId);
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        LedgerStore.Pathway pathway = store.pathway(clearanceId).orElseThrow();
        CallDetails call = calls.find(pathway.callId()).orElseThrow();
        return Optional.of(new Ledger(call.lines(), proRataAreas(call), entries));
    }

    static Set<String> proRataAreas(CallDetails call) {
        return call.areas().stream().filter(a -> !a.optional()).map(ModelArea::area).collect(Collectors.toSet());
    }

    static Map<String, EndowmentLine> lines(CallDetails call) {
        return call.lines().stream().collect(Collectors.toMap(EndowmentLine::line, Function.identity()));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
