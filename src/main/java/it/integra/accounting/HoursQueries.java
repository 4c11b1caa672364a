package it.integra.accounting;

import it.integra.accounting.internal.HoursReadings;
import it.integra.clearance.ClearanceQueries;
import it.integra.clearance.ClearanceView;
import it.integra.internship.InternshipQueries;
import it.integra.internship.InternshipView;
import it.integra.platform.CurrentUser;
import it.integra.programme.CallManagement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service hours within the user's scope: a provider's operators see their own provider's, the
 * authority's staff see all, others none.
 */
@Service
@Transactional(readOnly = true)
public class HoursQueries {

    private final HoursReadings readings;
    private final ClearanceQueries clearances;
    private final InternshipQueries internships;
    private final CallManagement calls;

    HoursQueries(HoursReadings readings, ClearanceQueries clearances, InternshipQueries internships,
                 CallManagement calls) {
        this.readings = readings;
        this.clearances = clearances;
        this.internships = internships;
        this.calls = calls;
    }

    /** The pathways the user's provider may log hours for; none for users of no provider. */
    public List<PathwayOption> pathways(CurrentUser user) {
        return user.providerScope().map(readings::options).orElse(List.of());
    }

    /** The clearance's hours against its call's model, if the user may see the clearance. */
    public Optional<PathwayHours> progress(long clearanceId, CurrentUser user) {
        return clearances.find(clearanceId, user).map(clearance -> progress(clearance, user));
    }

    private PathwayHours progress(ClearanceView clearance, CurrentUser user) {
        LocalDate lastDay = internships.ofClearance(clearance.id(), user).map(InternshipView::lastDay).orElse(null);
        Map<String, HoursReadings.AreaSums> sums = readings.sums(clearance.id(), lastDay);
        List<PathwayHours.Area> areas = calls.find(clearance.callId()).orElseThrow().areas().stream().map(area -> {
            HoursReadings.AreaSums sum = sums.getOrDefault(area.area(),
                    new HoursReadings.AreaSums(BigDecimal.ZERO, BigDecimal.ZERO));
            return new PathwayHours.Area(area.area(), area.phase(), area.modelHours(), area.hoursAfterEnd(),
                    area.optional(), sum.delivered(), sum.afterEnd());
        }).toList();
        return new PathwayHours(clearance.id(), clearance.code(), clearance.providerId(), lastDay, areas,
                readings.entries(clearance.id()));
    }

    /** Logged sessions, the latest first. */
    public Page<SessionSummary> sessions(CurrentUser user, Pageable pageable) {
        if (user.isAuthorityStaff()) {
            return readings.sessions(null, pageable);
        }
        if (user.providerScope().isPresent()) {
            return readings.sessions(user.providerId(), pageable);
        }
        return Page.empty(pageable);
    }
}
