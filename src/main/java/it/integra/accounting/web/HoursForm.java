package it.integra.accounting.web;

import it.integra.accounting.DeliveryMode;
import it.integra.accounting.LogHours;
import it.integra.accounting.PathwayRef;
import it.integra.shared.ServiceArea;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;

/** What an operator types to log a session; several pathways ticked make a group session. Kept as typed when refused. */
public class HoursForm {

    private List<String> pathways = new ArrayList<>();
    private ServiceArea area;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate deliveredOn;
    private BigDecimal hours;
    private DeliveryMode mode = DeliveryMode.IN_PERSON;
    private Long operatorId;
    private String note;

    LogHours toCommand() {
        List<PathwayRef> refs = pathways.stream().map(PathwayRef::parse).flatMap(Optional::stream).toList();
        return new LogHours(refs, area, deliveredOn, hours, mode, operatorId, note);
    }

    public List<String> getPathways() { return pathways; }
    public void setPathways(List<String> pathways) { this.pathways = pathways == null ? new ArrayList<>() : pathways; }
    public ServiceArea getArea() { return area; }
    public void setArea(ServiceArea area) { this.area = area; }
    public LocalDate getDeliveredOn() { return deliveredOn; }
    public void setDeliveredOn(LocalDate deliveredOn) { this.deliveredOn = deliveredOn; }
    public BigDecimal getHours() { return hours; }
    public void setHours(BigDecimal hours) { this.hours = hours; }
    public DeliveryMode getMode() { return mode; }
    public void setMode(DeliveryMode mode) { this.mode = mode; }
    public Long getOperatorId() { return operatorId; }
    public void setOperatorId(Long operatorId) { this.operatorId = operatorId; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
