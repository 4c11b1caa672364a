/** Accounting: service hours delivered on each pathway, the endowment ledger, claims and payments. */
@org.springframework.modulith.ApplicationModule(displayName = "Services and endowment")
package it.integra.accounting;
