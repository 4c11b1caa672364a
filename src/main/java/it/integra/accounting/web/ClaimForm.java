package it.integra.accounting.web;

import it.integra.accounting.CreateClaim;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The call and period of a new claim, kept as typed when refused. */
public class ClaimForm {

    private String callCode;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodFrom;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodTo;

    CreateClaim toCommand() {
        return new CreateClaim(callCode, periodFrom, periodTo);
    }

    public String getCallCode() { return callCode; }
    public void setCallCode(String callCode) { this.callCode = callCode; }
    public LocalDate getPeriodFrom() { return periodFrom; }
    public void setPeriodFrom(LocalDate periodFrom) { this.periodFrom = periodFrom; }
    public LocalDate getPeriodTo() { return periodTo; }
    public void setPeriodTo(LocalDate periodTo) { this.periodTo = periodTo; }
}
