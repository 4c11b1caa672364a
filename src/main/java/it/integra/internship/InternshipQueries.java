package it.integra.internship;

import it.integra.internship.InternshipAccess.Scope;
import it.integra.internship.internal.InternshipStore;
import it.integra.internship.internal.Like;
import it.integra.internship.internal.ProviderTutors;
import it.integra.internship.internal.SuspensionStore;
import it.integra.platform.CurrentUser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Internships within the user's scope: a provider's operators see their own provider's, the
 * authority sees all. {@link #find(long)} is for modules acting on events, which check access themselves.
 */
@Service
@Transactional(readOnly = true)
public class InternshipQueries {

    private final InternshipStore internships;
    private final SuspensionStore suspensions;
    private final ProviderTutors tutors;

    InternshipQueries(InternshipStore internships, SuspensionStore suspensions, ProviderTutors tutors) {
        this.internships = internships;
        this.suspensions = suspensions;
        this.tutors = tutors;
    }

    public Optional<InternshipView> find(long id, CurrentUser user) {
        return internships.find(id).filter(internship -> InternshipAccess.visible(internship, user));
    }

    /** The internship, whoever asks: for other modules reacting to the internship's events. */
    public Optional<InternshipView> find(long id) {
        return internships.find(id);
    }

    /** The internship started from the clearance, if any and visible to the user. */
    public Optional<InternshipView> ofClearance(long clearanceId, CurrentUser user) {
        return internships.ofClearance(clearanceId).filter(internship -> InternshipAccess.visible(internship, user));
    }

    /** Internships matching the filters, the latest start first. */
    public Page<InternshipView> search(InternshipFilter filter, CurrentUser user, Pageable pageable) {
        StringBuilder where = new StringBuilder("true");
        Map<String, Object> params = new HashMap<>();
        if (filter.status() != null) {
            where.append(" AND i.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.callCode() != null) {
            where.append(" AND k.call_id = (SELECT id FROM programme.call WHERE code = :call)");
            params.put("call", filter.callCode());
        }
        if (filter.text() != null) {
            where.append(" AND (i.code ILIKE :text OR i.host_name ILIKE :text OR i.host_tax_code ILIKE :text"
                    + " OR EXISTS (SELECT 1 FROM participant.participant p WHERE p.id = k.participant_id"
                    + " AND (p.tax_code ILIKE :text OR p.family_name ILIKE :text OR p.given_name ILIKE :text)))");
            params.put("text", Like.pattern(filter.text()));
        }
        Scope scope = InternshipAccess.scope(user, where.toString());
        scope.params().putAll(params);
        return internships.page(scope.where(), scope.params(), "i.start_date DESC, i.id DESC", pageable);
    }

    /** The host's internships that the user may see, the latest first. */
    public List<InternshipView> ofHost(long hostId, CurrentUser user) {
        Scope scope = InternshipAccess.scope(user, "i.host_id = :host");
        scope.params().put("host", hostId);
        return internships.list(scope.where(), scope.params(), "i.start_date DESC, i.id DESC");
    }

    public List<Suspension> suspensions(InternshipView internship) {
        return suspensions.of(internship.id());
    }

    /** The provider's operators who may tutor an internship, with the trainees each follows now. */
    public List<ProviderTutor> providerTutors(long providerId) {
        return tutors.of(providerId);
    }
}
