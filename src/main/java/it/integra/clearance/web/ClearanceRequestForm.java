package it.integra.clearance.web;

import it.integra.clearance.HostData;
import it.integra.clearance.RequestClearance;
import it.integra.shared.TaxCode;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** What a provider's operator types to request a clearance; kept as typed when refused. */
public class ClearanceRequestForm {

    private long participantId;
    private String callCode;
    private String province;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate plannedStart;
    private String hostTaxCode;
    private String hostName;
    private String hostAteco;
    private String hostProvince;
    private Integer hostEmployees;
    private String conventionRef;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate conventionOn;

    RequestClearance toCommand() {
        return new RequestClearance(participantId, callCode, province, plannedStart,
                new HostData(TaxCode.cleanOfBusiness(hostTaxCode), hostName, hostAteco, hostProvince, hostEmployees), conventionRef, conventionOn);
    }

    public long getParticipantId() { return participantId; }
    public void setParticipantId(long participantId) { this.participantId = participantId; }
    public String getCallCode() { return callCode; }
    public void setCallCode(String callCode) { this.callCode = callCode; }
    public String getProvince() { return province; }
    public void setProvince(String province) { this.province = province; }
    public LocalDate getPlannedStart() { return plannedStart; }
    public void setPlannedStart(LocalDate plannedStart) { this.plannedStart = plannedStart; }
    public String getHostTaxCode() { return hostTaxCode; }
    public void setHostTaxCode(String hostTaxCode) { this.hostTaxCode = hostTaxCode; }
    public String getHostName() { return hostName; }
    public void setHostName(String hostName) { this.hostName = hostName; }
    public String getHostAteco() { return hostAteco; }
    public void setHostAteco(String hostAteco) { this.hostAteco = hostAteco; }
    public String getHostProvince() { return hostProvince; }
    public void setHostProvince(String hostProvince) { this.hostProvince = hostProvince; }
    public Integer getHostEmployees() { return hostEmployees; }
    public void setHostEmployees(Integer hostEmployees) { this.hostEmployees = hostEmployees; }
    public String getConventionRef() { return conventionRef; }
    public void setConventionRef(String conventionRef) { this.conventionRef = conventionRef; }
    public LocalDate getConventionOn() { return conventionOn; }
    public void setConventionOn(LocalDate conventionOn) { this.conventionOn = conventionOn; }
}
