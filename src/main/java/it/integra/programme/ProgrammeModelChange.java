package it.integra.programme;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A change to a programme's model by the authority: the hours of its areas and its terms. Calls
 * already created keep the model they copied.
 *
 * @param areaHours model hours by area code
 */
public record ProgrammeModelChange(Map<String, BigDecimal> areaHours, BigDecimal monthlyAllowance,
                                   BigDecimal attendanceThreshold, Integer startWindowDays, int expectedVersion) {

    public ProgrammeModelChange {
        areaHours = areaHours == null ? Map.of() : Map.copyOf(areaHours);
    }
}
