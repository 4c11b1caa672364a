package it.integra.participant.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.integra.participant.AccessAction;
import it.integra.participant.ParticipantDetails;
import it.integra.participant.ParticipantQuery;
import it.integra.participant.ParticipantRecords;
import it.integra.participant.ParticipantSummary;
import it.integra.platform.CurrentUser;
import it.integra.platform.ListTotal;
import it.integra.shared.TargetGroup;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/participants")
@Tag(name = "Participants", description = "People's records, within the caller's scope")
class ParticipantsApiController {

    static final int PAGE_SIZE = 50;

    private final ParticipantRecords records;

    ParticipantsApiController(ParticipantRecords records) {
        this.records = records;
    }

    /**
     * One page of a list, as the API answers it. Past {@link ListTotal#CAP} rows the total is not counted:
     * {@code totalExact} is false and {@code totalElements} is a lower bound (the rows up to this page, and
     * one more when another page follows).
     */
    record PageAnswer(List<ParticipantSummary> content, int page, int size, long totalElements, int totalPages,
                      boolean totalExact) {
        static PageAnswer of(Page<ParticipantSummary> page) {
            return new PageAnswer(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
                    page.getTotalPages(), ListTotal.exact(page));
        }
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Search people by name or tax code",
            description = "Scoped like the pages: providers see the people they have in charge or hold a clearance "
                    + "for; analysts get pseudonymous rows (no names, no tax codes). A page with names is logged "
                    + "(one entry with the filter and the number of people).")
    PageAnswer search(@RequestParam(required = false) String q, @RequestParam(required = false) TargetGroup group,
                      @RequestParam(defaultValue = "0") int page, CurrentUser user) {
        ParticipantQuery query = new ParticipantQuery(q, null, null, group, null, false);
        return PageAnswer.of(records.search(query, PageRequest.of(Math.max(page, 0), PAGE_SIZE), user,
                AccessAction.API_SEARCH));
    }

    @GetMapping("/{taxCode}")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER', 'PROVIDER')")
    @Operation(summary = "A person's record by current or earlier tax code",
            description = "404 when there is no such person within the caller's scope; 403 for analysts. Logged.")
    ParticipantDetails byTaxCode(@PathVariable String taxCode, CurrentUser user) {
        return records.openByTaxCode(taxCode, user, AccessAction.API);
    }
}
