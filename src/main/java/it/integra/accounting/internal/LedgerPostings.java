package it.integra.accounting.internal;

import it.integra.accounting.AccountingEvents.Delivery;
import it.integra.accounting.AccountingEvents.HoursLogged;
import it.integra.clearance.ClearanceEvents.ClearanceCancelled;
import it.integra.clearance.ClearanceEvents.ClearanceGranted;
import it.integra.internship.AttendanceRegister;
import it.integra.internship.InternshipEvents.AttendanceRecorded;
import it.integra.internship.InternshipEvents.InternshipCompleted;
import it.integra.internship.InternshipEvents.InternshipTerminated;
import it.integra.internship.InternshipQueries;
import it.integra.internship.InternshipView;
import it.integra.programme.CallManagement;
import it.integra.programme.ProgrammeDetails.ModelArea;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the pathways' ledgers in step with what happens, in the transaction where it happens: the
 * grant commits the endowment, logged hours accrue their lines, a month whose attendance reached the
 * threshold accrues its allowance (and is reversed if a correction makes it no longer due, unless it
 * has been paid), completion accrues the host's flat amount, an early end releases what the internship
 * can no longer earn, a cancellation releases everything left. The Covid-19 lump sum is committed and
 * accrued when the module's hours reach its model hours.
 */
@Component
class LedgerPostings {

    /** Notes of the entries that the application writes by itself: message keys, shown in the user's language. */
    static final String CANCELLED_NOTE = "ledger.note.cancelled";
    static final String EARLY_END_NOTE = "ledger.note.earlyEnd";
    static final String NOT_DUE_NOTE = "ledger.note.notDue";

    private final EndowmentLedgers ledgers;
    private final LedgerStore store;
    private final InternshipQueries internships;
    private final AttendanceRegister attendance;
    private final CallManagement calls;

    LedgerPostings(EndowmentLedgers ledgers, LedgerStore store, InternshipQueries internships,
                   AttendanceRegister attendance, CallManagement calls) {
        this.ledgers = ledgers;
        this.store = store;
        this.internships = internships;
        this.attendance = attendance;
        this.calls = calls;
    }

    @EventListener
    void granted(ClearanceGranted granted) {
        ledgers.openAtGrant(granted.clearanceId());
    }

    @EventListener
    void cancelled(ClearanceCancelled cancelled) {
        ledgers.apply(cancelled.clearanceId(), null, ledger -> ledger.releaseAll(ledgers.today(), CANCELLED_NOTE));
    }

    @EventListener
    void hoursLogged(HoursLogged logged) {
        for (Delivery delivery : logged.deliveries()) {
            if (delivery.clearanceId() != null) {
                ledgers.apply(delivery.clearanceId(), null, ledger -> accrue(ledger, delivery));
            }
        }
    }

    private List<LedgerEntry> accrue(Ledger ledger, Delivery delivery) {
        List<LedgerEntry> entries = new ArrayList<>(ledger.accrueHours(delivery.id(), delivery.area(),
                delivery.hours(), delivery.deliveredOn()));
        store.pathway(delivery.clearanceId()).flatMap(pathway -> calls.find(pathway.callId()))
                .flatMap(call -> call.areas().stream().filter(a -> a.optional() && a.area().equals(delivery.area()))
                        .findFirst())
                .filter(area -> complete(delivery.clearanceId(), area))
                .ifPresent(area -> entries.addAll(ledger.commitAndAccrueOptional(delivery.deliveredOn())));
        return entries;
    }

    private boolean complete(long clearanceId, ModelArea area) {
        BigDecimal delivered = store.hoursIn(clearanceId, area.area());
        return delivered.compareTo(area.modelHours()) >= 0;
    }

    @EventListener
    void attendanceRecorded(AttendanceRecorded recorded) {
        InternshipView internship = internships.find(recorded.internshipId()).orElseThrow();
        long clearanceId = internship.clearanceId();
        if (recorded.allowanceDue()) {
            ledgers.apply(clearanceId, null, ledger -> ledger.accrueMonth(recorded.month(), ledgers.today()));
        } else if (!store.monthInPayment(clearanceId, recorded.month())) {
            ledgers.apply(clearanceId, null, ledger -> ledger.reverseMonth(recorded.month(), ledgers.today(),
                    NOT_DUE_NOTE));
        }
    }

    @EventListener
    void completed(InternshipCompleted completed) {
        ledgers.apply(completed.clearanceId(), null, ledger -> ledger.accrueFlat("HOST", completed.endDate()));
    }

    @EventListener
    void terminated(InternshipTerminated terminated) {
        InternshipView internship = internships.find(terminated.internshipId()).orElseThrow();
        int reached = attendance.months(internship).size();
        ledgers.apply(terminated.clearanceId(), null, ledger -> ledger.releaseAtEarlyEnd(reached,
                terminated.endDate(), EARLY_END_NOTE));
    }
}
