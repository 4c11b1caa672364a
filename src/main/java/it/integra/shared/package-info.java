/**
 * Shared values: bean-free value types (tax codes, IBAN, money, ATECO codes, contract types), the
 * code lists of the interchange contract and the reference territory. Every module may use them;
 * a value that exists is valid.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared values",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package it.integra.shared;
