package it.integra.programme.web;

import it.integra.programme.ProgrammeDetails;
import it.integra.programme.ProgrammeModelChange;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** The administrator's form for a programme's model; kept as typed when refused. */
public class ProgrammeModelForm {

    private Map<String, BigDecimal> hours = new LinkedHashMap<>();
    private BigDecimal monthlyAllowance;
    private Integer attendanceThreshold;
    private Integer startWindowDays;
    private int version;

    static ProgrammeModelForm of(ProgrammeDetails programme, int version) {
        ProgrammeModelForm form = new ProgrammeModelForm();
        programme.areas().forEach(area -> form.hours.put(area.area(), area.modelHours().stripTrailingZeros()));
        form.monthlyAllowance = programme.summary().monthlyAllowance();
        form.attendanceThreshold = programme.attendanceThreshold().movePointRight(2).intValue();
        form.startWindowDays = programme.startWindowDays();
        form.version = version;
        return form;
    }

    ProgrammeModelChange toChange() {
        BigDecimal threshold = attendanceThreshold == null ? null : BigDecimal.valueOf(attendanceThreshold).movePointLeft(2);
        return new ProgrammeModelChange(hours, monthlyAllowance, threshold, startWindowDays, version);
    }

    public Map<String, BigDecimal> getHours() { return hours; }
    public void setHours(Map<String, BigDecimal> hours) { this.hours = hours; }
    public BigDecimal getMonthlyAllowance() { return monthlyAllowance; }
    public void setMonthlyAllowance(BigDecimal monthlyAllowance) { this.monthlyAllowance = monthlyAllowance; }
    public Integer getAttendanceThreshold() { return attendanceThreshold; }
    public void setAttendanceThreshold(Integer attendanceThreshold) { this.attendanceThreshold = attendanceThreshold; }
    public Integer getStartWindowDays() { return startWindowDays; }
    public void setStartWindowDays(Integer startWindowDays) { this.startWindowDays = startWindowDays; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
