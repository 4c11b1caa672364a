package it.integra.accounting.internal;

import it.integra.accounting.LogHours;
import it.integra.accounting.PathwayRef;
import it.integra.platform.Violation;
import it.integra.programme.ProgrammeDetails.ModelArea;
import it.integra.shared.ServiceArea;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * When staff may log service hours (imports record history as it was and are not checked here).
 * Hours are up to 8 a day per area, not in the future, one entry per pathway, area and day. The area
 * belongs to the call's model (before the clearance request, to the first phase of the calls accepting
 * requests) and its model hours are never exceeded. Each phase has its time: first-phase areas (intake,
 * specialist guidance) until the request; internship areas (tutoring) during the internship; job-search
 * guidance from the start, keeping the hours the model wants after the end (8 of 32 in PUOI) for after
 * it; complementary areas for people holding a granted clearance. The Covid-19 module also has its own
 * window. Every violation is reported, for every pathway of a group session.
 */
public final class HoursPolicy {

    /** The first day of the Covid-19 complementary intervention [domain.md]. */
    public static final LocalDate COVID_FROM = LocalDate.of(2021, 4, 1);
    /**
     * Its last day [assumed]: the end of Italy's Covid-19 state of emergency (31 March 2022); public
     * sources do not give the module's own end.
     */
    public static final LocalDate COVID_TO = LocalDate.of(2022, 3, 31);

    static final BigDecimal MAX_DAY_HOURS = new BigDecimal("8");
    static final int MAX_NOTE = 500;
    /** The field of the violations that concern one person's pathway: the form shows them under the people. */
    static final String PEOPLE = "pathways";

    private HoursPolicy() {
    }

    /**
     * What is known of one pathway for the session being logged.
     *
     * @param clearanceStatus null for an intake (no request yet)
     * @param model           the areas that may be logged: the call's model, or before the request the
     *                        first-phase areas of the calls accepting requests
     * @param delivered       hours already logged in the session's area
     * @param deliveredByEnd  of those, the hours dated on or before the internship's last day
     * @param dayTaken        the pathway already has hours in the area on the session's day
     * @param superseded      an intake whose person already has a clearance requested or granted: the
     *                        hours belong to that pathway now
     */
    public record PathwayFacts(PathwayRef ref, String person, String clearanceStatus, LocalDate requestedOn,
                               LocalDate grantedOn, LocalDate internshipStart, LocalDate internshipLastDay,
                               Map<String, ModelArea> model, BigDecimal delivered, BigDecimal deliveredByEnd,
                               boolean dayTaken, boolean superseded) {

        public PathwayFacts {
            model = Map.copyOf(model);
        }
    }

    public static List<Violation> check(LogHours command, List<PathwayFacts> pathways, LocalDate today) {
        List<Violation> violations = new ArrayList<>(session(command, today));
        if (command.area() == null || command.deliveredOn() == null || !validHours(command.hours())) {
            return violations;
        }
        for (PathwayFacts pathway : pathways) {
            violations.addAll(pathway(command, pathway));
        }
        return violations;
    }

    private static List<Violation> session(LogHours command, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (command.pathways().isEmpty()) {
            violations.add(Violation.of(PEOPLE, "hours.noPathway"));
        }
        if (command.area() == null) {
            violations.add(Violation.of("area", "hours.areaMissing"));
        }
        violations.addAll(day(command, today));
        if (!validHours(command.hours())) {
            violations.add(Violation.of("hours", "hours.dayLimit", MAX_DAY_HOURS));
        }
        if (command.mode() == null) {
            violations.add(Violation.of("mode", "hours.modeMissing"));
        }
        if (command.operatorId() == null) {
            violations.add(Violation.of("operatorId", "hours.operatorMissing"));
        }
        if (command.note() != null && command.note().length() > MAX_NOTE) {
            violations.add(Violation.of("note", "hours.noteLength", MAX_NOTE));
        }
        return violations;
    }

    private static List<Violation> day(LogHours command, LocalDate today) {
        if (command.deliveredOn() == null) {
            return List.of(Violation.of("deliveredOn", "hours.dateMissing"));
        } else if (command.deliveredOn().isAfter(today)) {
            return List.of(Violation.of("deliveredOn", "hours.future"));
        } else if (command.area() == ServiceArea.COVID_GUIDANCE && outsideCovidWindow(command.deliveredOn())) {
            return List.of(Violation.of("deliveredOn", "hours.covidWindow", format(COVID_FROM), format(COVID_TO)));
        }
        return List.of();
    }

    private static List<Violation> pathway(LogHours command, PathwayFacts pathway) {
        List<Violation> violations = new ArrayList<>();
        String area = command.area().name();
        if ("REJECTED".equals(pathway.clearanceStatus()) || "CANCELLED".equals(pathway.clearanceStatus())) {
            return List.of(Violation.of(PEOPLE, "hours.pathwayClosed", pathway.person()));
        }
        if (pathway.superseded()) {
            return List.of(Violation.of(PEOPLE, "hours.useClearance", pathway.person()));
        }
        ModelArea model = pathway.model().get(area);
        if (model == null) {
            return List.of(Violation.of(PEOPLE, pathway.clearanceStatus() == null ? "hours.intakeArea"
                    : "hours.areaNotInModel", pathway.person()));
        }
        BigDecimal after = pathway.delivered().add(command.hours());
        if (after.compareTo(model.modelHours()) > 0) {
            violations.add(Violation.of(PEOPLE, "hours.overModel", pathway.person(), plain(pathway.delivered()),
                    plain(model.modelHours())));
        }
        violations.addAll(phase(command, pathway, model));
        if (pathway.dayTaken()) {
            violations.add(Violation.of(PEOPLE, "hours.dayTaken", pathway.person()));
        }
        return violations;
    }

    private static List<Violation> phase(LogHours command, PathwayFacts pathway, ModelArea model) {
        LocalDate day = command.deliveredOn();
        String person = pathway.person();
        boolean started = pathway.internshipStart() != null && !day.isBefore(pathway.internshipStart());
        return switch (model.phase()) {
            case "PRE_CLEARANCE" -> pathway.requestedOn() != null && day.isAfter(pathway.requestedOn())
                    ? List.of(Violation.of(PEOPLE, "hours.beforeRequestOnly", person)) : List.of();
            case "INTERNSHIP" -> started && !day.isAfter(pathway.internshipLastDay()) ? List.of()
                    : List.of(Violation.of(PEOPLE, "hours.duringInternshipOnly", person));
            case "INTERNSHIP_AND_AFTER" -> !started
                    ? List.of(Violation.of(PEOPLE, "hours.afterStartOnly", person))
                    : keepsHoursForAfterEnd(command, pathway, model);
            case "AFTER_CLEARANCE" -> "GRANTED".equals(pathway.clearanceStatus()) && !day.isBefore(pathway.grantedOn())
                    ? List.of() : List.of(Violation.of(PEOPLE, "hours.needsGrant", person));
            default -> List.of();
        };
    }

    /** Of the area's hours, those the model wants after the end cannot be used up before it. */
    private static List<Violation> keepsHoursForAfterEnd(LogHours command, PathwayFacts pathway, ModelArea model) {
        if (command.deliveredOn().isAfter(pathway.internshipLastDay()) || model.hoursAfterEnd().signum() == 0) {
            return List.of();
        }
        BigDecimal allowedBefore = model.modelHours().subtract(model.hoursAfterEnd());
        if (pathway.deliveredByEnd().add(command.hours()).compareTo(allowedBefore) > 0) {
            return List.of(Violation.of(PEOPLE, "hours.afterEndReserved", pathway.person(),
                    plain(model.hoursAfterEnd()), plain(allowedBefore), plain(pathway.deliveredByEnd())));
        }
        return List.of();
    }

    static boolean outsideCovidWindow(LocalDate day) {
        return day.isBefore(COVID_FROM) || day.isAfter(COVID_TO);
    }

    private static boolean validHours(BigDecimal hours) {
        return hours != null && hours.signum() > 0 && hours.compareTo(MAX_DAY_HOURS) <= 0
                && hours.stripTrailingZeros().scale() <= 2;
    }

    private static String format(LocalDate day) {
        return day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
