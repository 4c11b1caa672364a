package it.integra.participant.web;

import it.integra.participant.AccessAction;
import it.integra.participant.IntakeDetails;
import it.integra.participant.IntakeManagement;
import it.integra.participant.ParticipantDetails;
import it.integra.participant.ParticipantDocuments;
import it.integra.participant.ParticipantPrivacy;
import it.integra.participant.ParticipantRecords;
import it.integra.platform.CurrentUser;
import it.integra.platform.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the person's page: the record (its opening is logged), the intakes, the documents, the
 * eligibility panel, the alerts and what the user may do. Used by every handler that shows the page.
 */
@Component
class PersonPage {

    static final String VIEW = "participant/detail";
    private static final Set<String> TABS = Set.of("identity", "status", "profile", "intake", "documents", "pathway");

    private final ParticipantRecords records;
    private final IntakeManagement intakes;
    private final ParticipantDocuments documents;
    private final ParticipantPrivacy privacy;
    private final EligibilityPanels eligibility;
    private final Clock clock;

    PersonPage(ParticipantRecords records, IntakeManagement intakes, ParticipantDocuments documents,
               ParticipantPrivacy privacy, EligibilityPanels eligibility, Clock clock) {
        this.records = records;
        this.intakes = intakes;
        this.documents = documents;
        this.privacy = privacy;
        this.eligibility = eligibility;
        this.clock = clock;
    }

    String show(long id, String tab, CurrentUser user, Locale locale, Model model) {
        ParticipantDetails person = records.open(id, user, AccessAction.VIEW);
        LocalDate today = LocalDate.now(clock);
        List<IntakeDetails> intakeList = intakes.intakes(id, user);
        model.addAttribute("person", person);
        model.addAttribute("today", today);
        model.addAttribute("tab", TABS.contains(tab) ? tab : "identity");
        model.addAttribute("intakes", intakeList);
        model.addAttribute("documents", documents.documents(id, user));
        LocalDate expiry = person.data().legalStatus().permitExpiresOn();
        model.addAttribute("permitAlert", person.data().legalStatus().permitAlert(today).name());
        model.addAttribute("permitDaysLeft", expiry == null ? null : ChronoUnit.DAYS.between(today, expiry));
        model.addAttribute("didOutOfDate", intakeList.stream().filter(IntakeDetails::open).anyMatch(i -> i.didOutOfDate(today)));
        model.addAttribute("eligibility", person.erased() ? List.of() : eligibility.of(person.card(), user, locale));
        model.addAttribute("mayChange", !person.erased() && records.mayChange(id, user));
        model.addAttribute("inCharge", records.inCharge(id, user));
        model.addAttribute("provider", user.providerScope().isPresent());
        model.addAttribute("ownProvider", user.providerScope().orElse(null));
        model.addAttribute("staff", user.isAuthorityStaff());
        model.addAttribute("admin", user.is(Role.ADMIN));
        if (user.is(Role.ADMIN)) {
            model.addAttribute("retention", privacy.retention(id));
        }
        FormOptions.addTo(model, locale);
        return VIEW;
    }
}
