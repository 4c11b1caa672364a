package it.integra.participant;

import it.integra.participant.internal.AccessLog;
import it.integra.participant.internal.AttachmentPolicy;
import it.integra.participant.internal.DocumentStore;
import it.integra.participant.internal.IntakeStore;
import it.integra.participant.internal.ParticipantStore;
import it.integra.participant.internal.PlanDocuments;
import it.integra.participant.internal.Scope;
import it.integra.platform.AuditTrail;
import it.integra.platform.CurrentUser;
import it.integra.platform.ViolationException;
import it.integra.provider.ProviderRegistry;
import it.integra.provider.ProviderSummary;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's documents: attachments (residence permit, DID receipt, signed privacy notice) kept
 * with their SHA-256 checksum, and the PAI and PFI generated as PDF from an intake. Downloads and
 * generated plans are written to the access log.
 */
@Service
@Transactional
public class ParticipantDocuments {

    private final DocumentStore documents;
    private final ParticipantStore people;
    private final IntakeStore intakes;
    private final PlanDocuments plans;
    private final ProviderRegistry providers;
    private final Scope scope;
    private final AccessLog log;
    private final AuditTrail audit;
    private final Clock clock;

    ParticipantDocuments(DocumentStore documents, ParticipantStore people, IntakeStore intakes, PlanDocuments plans,
                         ProviderRegistry providers, Scope scope, AccessLog log, AuditTrail audit, Clock clock) {
        this.documents = documents;
        this.people = people;
        this.intakes = intakes;
        this.plans = plans;
        this.providers = providers;
        this.scope = scope;
        this.log = log;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The person's documents the user may read: all for staff; for a provider, those its operators or
     * the authority attached, and another provider's only if the authority shared them on a transfer.
     */
    @Transactional(readOnly = true)
    public List<DocumentSummary> documents(long participantId, CurrentUser user) {
        visible(participantId, user);
        return documents.ofParticipant(participantId, user.providerScope().orElse(null));
    }

    /** Attaches a file; refused with every reason when its kind, type or size is wrong. */
    public DocumentSummary upload(long participantId, UploadDocument upload, CurrentUser user) {
        changeable(participantId, user);
        ViolationException.throwIfAny(AttachmentPolicy.check(upload));
        String type = AttachmentPolicy.contentType(upload.content()).orElseThrow();
        long id = documents.insert(participantId, upload.kind(), AttachmentPolicy.filename(upload.filename()), type,
                upload.content(), sha256(upload.content()), user);
        audit.record(ParticipantManagement.AUDIT_TYPE, participantId, "DOCUMENT_ADD", user, null,
                "{\"document\": " + id + ", \"kind\": \"" + upload.kind() + "\"}", null);
        return documents.ofParticipant(participantId, null).stream().filter(d -> d.id() == id).findFirst().orElseThrow();
    }

    public StoredDocument download(long participantId, long documentId, CurrentUser user) {
        visible(participantId, user);
        StoredDocument document = documents.content(participantId, documentId, user.providerScope().orElse(null))
                .orElseThrow(() -> new ParticipantNotFoundException(documentId));
        log.record(participantId, user, AccessAction.DOCUMENT);
        return document;
    }

    /** Deletes a document; a provider deletes only its own or the authority's, never one shared with it. */
    public void delete(long participantId, long documentId, CurrentUser user) {
        changeable(participantId, user);
        Long providerScope = user.providerScope().orElse(null);
        if (documents.content(participantId, documentId, providerScope).isEmpty()) {
            throw new ParticipantNotFoundException(documentId);
        }
        if (!documents.delete(participantId, documentId, providerScope)) {
            throw new AccessDeniedException("a shared document stays with the provider that attached it");
        }
        audit.record(ParticipantManagement.AUDIT_TYPE, participantId, "DOCUMENT_DELETE", user,
                "{\"document\": " + documentId + "}", null, null);
    }

    /** The individual action plan (PAI) of an intake, as PDF named after the person's tax code. */
    public StoredDocument actionPlan(long participantId, long intakeId, CurrentUser user) {
        Plan plan = plan(participantId, intakeId, user, "pai");
        return pdf("PAI", plan, plans.actionPlan(plan.provider(), plan.person(), plan.intake(), LocalDate.now(clock)));
    }

    /** The individual training plan (PFI) of an intake, as PDF named after the person's tax code. */
    public StoredDocument trainingPlan(long participantId, long intakeId, CurrentUser user) {
        Plan plan = plan(participantId, intakeId, user, "pfi");
        return pdf("PFI", plan, plans.trainingPlan(plan.provider(), plan.person(), plan.intake(), LocalDate.now(clock)));
    }

    private static StoredDocument pdf(String name, Plan plan, byte[] content) {
        return new StoredDocument(name + "-" + plan.person().taxCode() + ".pdf", AttachmentPolicy.PDF, content,
                sha256(content));
    }

    private record Plan(ProviderSummary provider, ParticipantDetails person, IntakeDetails intake) {
    }

    /** The intake's plan, a read of the person's data for the access log, as {@code intake/7/pai.pdf}. */
    private Plan plan(long participantId, long intakeId, CurrentUser user, String name) {
        visible(participantId, user);
        IntakeDetails intake = intakes.byId(intakeId).filter(i -> i.participantId() == participantId)
                .orElseThrow(() -> new ParticipantNotFoundException(participantId));
        List<Long> history = scope.historyProviders(participantId, user);
        if (history != null && !history.contains(intake.providerId())) {
            throw new AccessDeniedException("a plan belongs to the intake's provider, or to whom its history was shared");
        }
        ParticipantDetails person = people.byId(participantId).orElseThrow();
        ProviderSummary provider = providers.find(intake.providerId(), user)
                .or(() -> intakes.providerOf(intake.id())).orElseThrow();
        log.record(participantId, user, AccessAction.PLAN, "intake/" + intakeId + "/" + name + ".pdf");
        return new Plan(provider, person, intake);
    }

    private void visible(long participantId, CurrentUser user) {
        if (!scope.mayOpen(participantId, user)) {
            throw new ParticipantNotFoundException(participantId);
        }
    }

    private void changeable(long participantId, CurrentUser user) {
        visible(participantId, user);
        if (!scope.mayChange(participantId, user)) {
            throw new AccessDeniedException("only staff and the provider in charge attach documents");
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
