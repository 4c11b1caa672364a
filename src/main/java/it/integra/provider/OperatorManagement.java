package it.integra.provider;

import it.integra.platform.AuditTrail;
import it.integra.platform.CreatedUser;
import it.integra.platform.CurrentUser;
import it.integra.platform.ProviderOperators;
import it.integra.platform.ProviderOperators.Operator;
import it.integra.platform.Role;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A provider's operators. The authority's staff and the provider's own operators see them; an
 * administrator or the provider's lead operator creates, disables and enables them; only an
 * administrator names the lead. Each change is written to the provider's audit trail.
 */
@Service
@Transactional
public class OperatorManagement {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ProviderOperators operators;
    private final AuditTrail audit;

    OperatorManagement(ProviderOperators operators, AuditTrail audit) {
        this.operators = operators;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Operator> of(long providerId, CurrentUser user) {
        boolean own = user.providerScope().map(p -> p == providerId).orElse(false);
        return user.isAuthorityStaff() || own ? operators.of(providerId) : List.of();
    }

    /** Whether the user may create, disable and enable the provider's operators. */
    @Transactional(readOnly = true)
    public boolean mayManage(long providerId, CurrentUser user) {
        if (user.is(Role.ADMIN)) {
            return true;
        }
        return user.providerScope().map(p -> p == providerId).orElse(false) && operators.isLead(providerId, user.id());
    }

    /** Creates an operator; the result carries the generated password, to be shown once. */
    public CreatedUser create(long providerId, NewOperator operator, CurrentUser user) {
        requireManager(providerId, user);
        boolean lead = user.is(Role.ADMIN) && operator.lead();
        CreatedUser created = operators.create(providerId, operator.username(), operator.displayName(),
                operator.email(), lead);
        record(providerId, "OPERATOR_CREATE", user, null, operators.find(providerId, created.user().id()).orElseThrow());
        return created;
    }

    public Operator disable(long providerId, long operatorId, CurrentUser user) {
        requireManager(providerId, user);
        Operator before = existing(providerId, operatorId);
        operators.disable(providerId, operatorId, user.id());
        return record(providerId, "OPERATOR_DISABLE", user, before, existing(providerId, operatorId));
    }

    public Operator enable(long providerId, long operatorId, CurrentUser user) {
        requireManager(providerId, user);
        Operator before = existing(providerId, operatorId);
        operators.enable(providerId, operatorId);
        return record(providerId, "OPERATOR_ENABLE", user, before, existing(providerId, operatorId));
    }

    /** Names or revokes the lead operator; administrators only. */
    public Operator setLead(long providerId, long operatorId, boolean lead, CurrentUser user) {
        if (!user.is(Role.ADMIN)) {
            throw new AccessDeniedException("only administrators name a provider's lead operator");
        }
        Operator before = existing(providerId, operatorId);
        operators.setLead(providerId, operatorId, lead);
        return record(providerId, "OPERATOR_LEAD", user, before, existing(providerId, operatorId));
    }

    private Operator record(long providerId, String action, CurrentUser user, Operator before, Operator after) {
        audit.record(ProviderManagement.AUDIT_TYPE, providerId, action, user, json(before), json(after), after.username());
        return after;
    }

    private Operator existing(long providerId, long operatorId) {
        return operators.find(providerId, operatorId)
                .orElseThrow(() -> new NoSuchElementException("no operator " + operatorId + " of provider " + providerId));
    }

    private void requireManager(long providerId, CurrentUser user) {
        if (!mayManage(providerId, user)) {
            throw new AccessDeniedException("only an administrator or the provider's lead operator manages its operators");
        }
    }

    private static String json(Operator operator) {
        if (operator == null) {
            return null;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("operator", operator.username());
        fields.put("display_name", operator.displayName());
        fields.put("email", operator.email());
        fields.put("lead", operator.lead());
        fields.put("enabled", operator.enabled());
        return JSON.writeValueAsString(fields);
    }
}
