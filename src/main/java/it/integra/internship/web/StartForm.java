package it.integra.internship.web;

import it.integra.internship.NewCompanyTutor;
import it.integra.internship.SaveHost;
import it.integra.internship.StartInternship;
import it.integra.shared.AtecoEdition;
import it.integra.shared.TaxCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a provider's operator types to start an internship; kept as typed when refused. The host's
 * code comes from the clearance, in ATECO 2007 unless the operator chooses the other edition.
 */
public class StartForm {

    private long clearanceId;
    private String hostTaxCode;
    private String hostName;
    private String hostAteco;
    private String hostAtecoEdition;
    private String hostProvince;
    private String hostAddress;
    private Integer hostEmployees;
    private Long providerTutorId;
    private Long companyTutorId;
    private String companyTutorName;
    private String companyTutorRole;
    private String companyTutorContact;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;
    private BigDecimal weeklyHours;
    private boolean conventionAttached;
    private boolean pfiAttached;

    static StartForm of(StartInternship start) {
        StartForm form = new StartForm();
        form.clearanceId = start.clearanceId();
        form.hostTaxCode = start.host().taxCode();
        form.hostName = start.host().name();
        form.hostAteco = start.host().ateco();
        form.hostAtecoEdition = start.host().atecoEdition() == null ? null : start.host().atecoEdition().toString();
        form.hostProvince = start.host().province();
        form.hostAddress = start.host().address();
        form.hostEmployees = start.host().employees();
        form.providerTutorId = start.providerTutorId();
        form.startDate = start.startDate();
        form.weeklyHours = start.weeklyHours();
        return form;
    }

    StartInternship toCommand() {
        return new StartInternship(clearanceId, new SaveHost(TaxCode.cleanOfBusiness(hostTaxCode), hostName, hostAteco,
                hostAtecoEdition == null ? AtecoEdition.DEFAULT : HostForm.edition(hostAtecoEdition), hostProvince, hostAddress,
                hostEmployees), providerTutorId, companyTutorId,
                new NewCompanyTutor(companyTutorName, companyTutorRole, companyTutorContact), startDate, weeklyHours,
                conventionAttached, pfiAttached);
    }

    public long getClearanceId() { return clearanceId; }
    public void setClearanceId(long clearanceId) { this.clearanceId = clearanceId; }
    public String getHostTaxCode() { return hostTaxCode; }
    public void setHostTaxCode(String hostTaxCode) { this.hostTaxCode = hostTaxCode; }
    public String getHostName() { return hostName; }
    public void setHostName(String hostName) { this.hostName = hostName; }
    public String getHostAteco() { return hostAteco; }
    public void setHostAteco(String hostAteco) { this.hostAteco = hostAteco; }
    public String getHostAtecoEdition() { return hostAtecoEdition; }
    public void setHostAtecoEdition(String hostAtecoEdition) { this.hostAtecoEdition = hostAtecoEdition; }
    public String getHostProvince() { return hostProvince; }
    public void setHostProvince(String hostProvince) { this.hostProvince = hostProvince; }
    public String getHostAddress() { return hostAddress; }
    public void setHostAddress(String hostAddress) { this.hostAddress = hostAddress; }
    public Integer getHostEmployees() { return hostEmployees; }
    public void setHostEmployees(Integer hostEmployees) { this.hostEmployees = hostEmployees; }
    public Long getProviderTutorId() { return providerTutorId; }
    public void setProviderTutorId(Long providerTutorId) { this.providerTutorId = providerTutorId; }
    public Long getCompanyTutorId() { return companyTutorId; }
    public void setCompanyTutorId(Long companyTutorId) { this.companyTutorId = companyTutorId; }
    public String getCompanyTutorName() { return companyTutorName; }
    public void setCompanyTutorName(String companyTutorName) { this.companyTutorName = companyTutorName; }
    public String getCompanyTutorRole() { return companyTutorRole; }
    public void setCompanyTutorRole(String companyTutorRole) { this.companyTutorRole = companyTutorRole; }
    public String getCompanyTutorContact() { return companyTutorContact; }
    public void setCompanyTutorContact(String companyTutorContact) { this.companyTutorContact = companyTutorContact; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public BigDecimal getWeeklyHours() { return weeklyHours; }
    public void setWeeklyHours(BigDecimal weeklyHours) { this.weeklyHours = weeklyHours; }
    public boolean isConventionAttached() { return conventionAttached; }
    public void setConventionAttached(boolean conventionAttached) { this.conventionAttached = conventionAttached; }
    public boolean isPfiAttached() { return pfiAttached; }
    public void setPfiAttached(boolean pfiAttached) { this.pfiAttached = pfiAttached; }
}
