/**
 * Accounting: service hours delivered on each pathway, the endowment ledger, claims and payments.
 *
 * <p><b>Service hours.</b> {@link it.integra.accounting.HoursManagement} logs what a provider's
 * operators deliver: one area, one day, up to 8 hours, in person or remote, for one pathway or a
 * group (all or nothing). Before the clearance request the hours belong to the intake and join the
 * clearance's pathway when it is requested; one row per pathway, area and day, the grain of the
 * {@code services} dataset that the {@code services} report reads by clearance. The rules are
 * {@code internal.HoursPolicy}'s; imports record history as it was and are not checked by them.
 * The Covid-19 module's window runs from 1 April 2021 to 31 March 2022 (the end of Italy's state of
 * emergency: sources give no end of their own).
 *
 * <p><b>Endowment ledger.</b> One append-only ledger per granted pathway (a trigger refuses UPDATE
 * and DELETE); each entry keeps its line's running balance, always commitments minus accruals minus
 * releases. Commitment at the grant, one entry per line that is not optional. Accruals: logged hours
 * on their HOURLY line (hours × unit cost) or PRO_RATA line (amount ÷ quantity per hour), never beyond
 * the line's hours or amount; a month of allowance whose attendance reached the threshold, never more
 * months than the line's (a suspension can make a seventh); the host's flat amount at completion; the
 * Covid-19 lump sum, an optional line committed and accrued together when the module's hours reach its
 * model hours. Releases: everything left at cancellation; at an early end the host's amount (paid
 * only on completion) and the months of allowance the internship did not reach, while service lines
 * stay committed (late entries of hours within the internship, job-search guidance after it).
 * Corrections are reversing accruals: a claim line rejected, a month no longer due after an
 * attendance correction (unless already in a payment order). Pathways that came by import have no
 * ledger until something happens to them in the application (hours logged, attendance, an end, a
 * cancellation): the ledger then opens that day, committing the endowment and accruing the hours
 * logged in the application; imported hours never accrue, they were paid elsewhere.
 *
 * <p><b>Claims and payments.</b> Providers claim their accrued service lines by call and period
 * ({@link it.integra.accounting.ClaimStatus}: draft, requested, verified line by line, paid).
 * Officers pay trainees' months and hosts' amounts through payment orders exported for the bank; the
 * database refuses to pay an internship's month, or a host's amount, twice. Accounts (IBAN) are kept
 * by participant and by host. Providers see only their own hours, claims and payments.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Services and endowment",
        allowedDependencies = {"platform", "interchange", "programme", "provider", "participant", "clearance", "internship", "shared"})
@it.integra.platform.DatabaseSchemas(owns = "accounting",
        reads = {"clearance", "internship", "participant", "platform", "programme", "provider"})
package it.integra.accounting;
