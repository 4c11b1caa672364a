package it.integra.programme.web;

import it.integra.programme.CallDetails;
import it.integra.programme.CallTerms;
import it.integra.programme.CreateCall;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;

/** What staff type to create or edit a call; kept as typed when the form comes back with errors. */
public class CallForm {

    private String code;
    private String programme;
    private String title;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate opensOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate closesOn;
    private BigDecimal budgetESF;
    private BigDecimal budgetAMIF;
    private Integer attendanceThreshold = 70;
    private Integer startWindowDays = 60;
    private Integer maxEndowmentsPerProvider;
    private Integer retentionYears = CallTerms.DEFAULT_RETENTION_YEARS;
    private int version;

    static CallForm of(CallDetails call) {
        CallForm form = new CallForm();
        form.code = call.code();
        form.programme = call.programme();
        form.title = call.title();
        form.opensOn = call.opensOn();
        form.closesOn = call.closesOn();
        form.budgetESF = call.fundBudgets().get("ESF");
        form.budgetAMIF = call.fundBudgets().get("AMIF");
        if (call.fundBudgets().isEmpty()) {
            form.budgetESF = call.budget();
        }
        form.attendanceThreshold = call.attendanceThreshold().movePointRight(2).setScale(0, RoundingMode.HALF_UP).intValue();
        form.startWindowDays = call.startWindowDays();
        form.maxEndowmentsPerProvider = call.maxEndowmentsPerProvider();
        form.retentionYears = call.retentionYears();
        form.version = call.version();
        return form;
    }

    CreateCall toCreate() {
        return new CreateCall(code == null ? null : code.strip(), programme, toTerms());
    }

    CallTerms toTerms() {
        Map<String, BigDecimal> budgets = new HashMap<>();
        if (budgetESF != null) {
            budgets.put("ESF", budgetESF);
        }
        if (budgetAMIF != null) {
            budgets.put("AMIF", budgetAMIF);
        }
        BigDecimal threshold = attendanceThreshold == null ? null : BigDecimal.valueOf(attendanceThreshold).movePointLeft(2);
        return new CallTerms(title, opensOn, closesOn, budgets, threshold, startWindowDays, maxEndowmentsPerProvider,
                retentionYears);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getProgramme() { return programme; }
    public void setProgramme(String programme) { this.programme = programme; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public LocalDate getOpensOn() { return opensOn; }
    public void setOpensOn(LocalDate opensOn) { this.opensOn = opensOn; }
    public LocalDate getClosesOn() { return closesOn; }
    public void setClosesOn(LocalDate closesOn) { this.closesOn = closesOn; }
    public BigDecimal getBudgetESF() { return budgetESF; }
    public void setBudgetESF(BigDecimal budgetESF) { this.budgetESF = budgetESF; }
    public BigDecimal getBudgetAMIF() { return budgetAMIF; }
    public void setBudgetAMIF(BigDecimal budgetAMIF) { this.budgetAMIF = budgetAMIF; }
    public Integer getAttendanceThreshold() { return attendanceThreshold; }
    public void setAttendanceThreshold(Integer attendanceThreshold) { this.attendanceThreshold = attendanceThreshold; }
    public Integer getStartWindowDays() { return startWindowDays; }
    public void setStartWindowDays(Integer startWindowDays) { this.startWindowDays = startWindowDays; }
    public Integer getMaxEndowmentsPerProvider() { return maxEndowmentsPerProvider; }
    public void setMaxEndowmentsPerProvider(Integer max) { this.maxEndowmentsPerProvider = max; }
    public Integer getRetentionYears() { return retentionYears; }
    public void setRetentionYears(Integer retentionYears) { this.retentionYears = retentionYears; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
