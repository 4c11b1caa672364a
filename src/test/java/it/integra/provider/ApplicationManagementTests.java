package it.integra.provider;

import it.integra.Today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.integra.platform.ChangedMeanwhile;
import it.integra.platform.CurrentUser;
import it.integra.platform.Role;
import it.integra.platform.Violation;
import it.integra.platform.ViolationException;
import it.integra.programme.CallManagement;
import it.integra.provider.ProviderTestData.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

@SpringBootTest
class ApplicationManagementTests {

    static final byte[] PDF = "%PDF-1.4\nvisura camerale\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    ApplicationManagement applications;
    @Autowired
    CallManagement calls;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    ProviderTestData data;
    Provider provider;
    CurrentUser operator;
    CurrentUser officer;
    String call;

    @BeforeEach
    void providerWithAnOperatorAndAnOpenCall() {
        data = new ProviderTestData(jdbc, encoder, calls);
        provider = data.provider();
        operator = data.user(data.operator(provider.id(), false));
        officer = data.user(data.staff(Role.OFFICER));
        call = data.openCall();
    }

    @Test
    void anOperatorSubmitsAPendingApplicationWithItsDeclarationAndDocuments() throws Exception {
        ApplicationDetails submitted = applications.submit(
                new SubmitApplication(call, true, List.of(NewAttachment.of("visura camerale.pdf", PDF))), operator);

        assertThat(submitted.status()).isEqualTo(ApplicationStatus.PENDING);
        assertThat(submitted.providerId()).isEqualTo(provider.id());
        assertThat(submitted.submittedOn()).isEqualTo(Today.date());
        assertThat(submitted.submittedByName()).isEqualTo(operator.username());
        assertThat(submitted.declarationAccepted()).isTrue();
        assertThat(submitted.declaredAt()).isNotNull();
        assertThat(submitted.attachments()).singleElement().satisfies(file -> {
            assertThat(file.filename()).isEqualTo("visura camerale.pdf");
            assertThat(file.contentType()).isEqualTo("application/pdf");
            assertThat(file.sizeBytes()).isEqualTo(PDF.length);
            assertThat(file.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)));
        });
        AttachmentContent stored = applications.attachment(submitted.id(), submitted.attachments().get(0).id(), operator)
                .orElseThrow();
        assertThat(stored.content()).isEqualTo(PDF);
        assertThat(data.auditEntries("application", submitted.id(), "SUBMIT")).isEqualTo(1);
    }

    @Test
    void refusesASecondApplicationOfTheSameProviderToTheCall() {
        applications.submit(new SubmitApplication(call, true, List.of()), operator);
        CurrentUser colleague = data.user(data.operator(provider.id(), false));

        assertThatThrownBy(() -> applications.submit(new SubmitApplication(call, true, List.of()), colleague))
                .isInstanceOf(ViolationException.class)
                .satisfies(e -> assertThat(((ViolationException) e).violations())
                        .containsExactly(Violation.of("call", "providers.application.error.duplicate", call)));
        assertThat(count("SELECT count(*) FROM provider.application a JOIN programme.call c ON c.id = a.call_id WHERE c.code = '" + call + "'"))
                .isEqualTo(1);
    }

    @Test
    void refusesACallThatDoesNotAcceptRequestsAndAMissingDeclaration() {
        String draft = data.draftCall(Today.date());

        assertThatThrownBy(() -> applications.submit(new SubmitApplication(draft, false, List.of()), operator))
                .isInstanceOf(ViolationException.class)
                .satisfies(e -> assertThat(((ViolationException) e).violations()).containsExactly(
                        Violation.of("call", "providers.application.error.callNotAccepting", draft),
                        Violation.of("declaration", "providers.application.error.declarationRequired")));
        assertThat(applications.ofProvider(provider.id(), operator)).isEmpty();
    }

    @Test
    void refusesAWrongTypeOfDocumentAndStoresNothing() {
        byte[] zip = {'P', 'K', 3, 4, 0, 0};

        assertThatThrownBy(() -> applications.submit(
                new SubmitApplication(call, true, List.of(NewAttachment.of("documenti.zip", zip))), operator))
                .isInstanceOf(ViolationException.class)
                .satisfies(e -> assertThat(((ViolationException) e).violations())
                        .containsExactly(Violation.of("files", "providers.attachment.error.type", "documenti.zip")));
        assertThat(applications.ofProvider(provider.id(), operator)).isEmpty();
    }

    @Test
    void onlyAProvidersOperatorSubmits() {
        assertThatThrownBy(() -> applications.submit(new SubmitApplication(call, true, List.of()), officer))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anOfficerDecidesEligibleAndTheDecisionIsAudited() {
        ApplicationDetails submitted = applications.submit(new SubmitApplication(call, true, List.of()), operator);

        ApplicationDetails decided = applications.decide(
                new DecideApplication(submitted.id(), ApplicationStatus.ELIGIBLE, null, submitted.version()), officer);

        assertThat(decided.status()).isEqualTo(ApplicationStatus.ELIGIBLE);
        assertThat(decided.decidedByName()).isEqualTo(officer.username());
        assertThat(decided.decidedAt()).isNotNull();
        assertThat(applications.ofProvider(provider.id(), operator)).singleElement()
                .extracting(ApplicationSummary::status).isEqualTo(ApplicationStatus.ELIGIBLE);
        assertThat(jdbc.sql("""
                        SELECT before ->> 'outcome' || '>' || (after ->> 'outcome') || ' by ' || actor_name
                        FROM platform.audit_entry WHERE entity_type = 'application' AND entity_id = :id AND action = 'DECIDE'""")
                .param("id", submitted.id()).query(String.class).single())
                .isEqualTo("PENDING>ELIGIBLE by " + officer.username());
    }

    @Test
    void anAdministratorDecidesIneligibleWithTheReasonTheProviderThenSees() {
        ApplicationDetails submitted = applications.submit(new SubmitApplication(call, true, List.of()), operator);

        applications.decide(new DecideApplication(submitted.id(), ApplicationStatus.INELIGIBLE,
                "Accreditamento regionale scaduto", submitted.version()), ProviderTestData.ADMIN);

        ApplicationDetails seen = applications.find(submitted.id(), operator).orElseThrow();
        assertThat(seen.status()).isEqualTo(ApplicationStatus.INELIGIBLE);
        assertThat(seen.reason()).isEqualTo("Accreditamento regionale scaduto");
        assertThat(data.auditEntries("application", submitted.id(), "DECIDE")).isEqualTo(1);
    }

    @Test
    void refusesIneligibleWithoutAReasonAndASecondDecision() {
        ApplicationDetails submitted = applications.submit(new SubmitApplication(call, true, List.of()), operator);

        assertThatThrownBy(() -> applications.decide(
                new DecideApplication(submitted.id(), ApplicationStatus.INELIGIBLE, " ", submitted.version()), officer))
                .isInstanceOf(ViolationException.class)
                .hasMessageContaining("providers.decision.error.reasonRequired");
        ApplicationDetails eligible = applications.decide(
                new DecideApplication(submitted.id(), ApplicationStatus.ELIGIBLE, null, submitted.version()), officer);
        assertThatThrownBy(() -> applications.decide(
                new DecideApplication(submitted.id(), ApplicationStatus.INELIGIBLE, "ripensamento", eligible.version()), officer))
                .isInstanceOfSatisfying(ChangedMeanwhile.class, e -> assertThat(e.actor()).contains(officer.displayName()));
        assertThat(applications.find(submitted.id(), officer).orElseThrow().status()).isEqualTo(ApplicationStatus.ELIGIBLE);
        assertThat(data.auditEntries("application", submitted.id(), "DECIDE")).isEqualTo(1);
    }

    @Test
    void refusesADecisionOnAVersionSomeoneElseHasChanged() {
        ApplicationDetails submitted = applications.submit(new SubmitApplication(call, true, List.of()), operator);

        assertThatThrownBy(() -> applications.decide(
                new DecideApplication(submitted.id(), ApplicationStatus.ELIGIBLE, null, submitted.version() + 1), officer))
                .isInstanceOf(ChangedMeanwhile.class);
    }

    @Test
    void onlyOfficersAndAdministratorsDecide() {
        ApplicationDetails submitted = applications.submit(new SubmitApplication(call, true, List.of()), operator);
        CurrentUser analyst = data.user(data.staff(Role.ANALYST));
        DecideApplication eligible = new DecideApplication(submitted.id(), ApplicationStatus.ELIGIBLE, null, submitted.version());

        assertThatThrownBy(() -> applications.decide(eligible, operator)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> applications.decide(eligible, analyst)).isInstanceOf(AccessDeniedException.class);
        assertThat(applications.find(submitted.id(), officer).orElseThrow().status()).isEqualTo(ApplicationStatus.PENDING);
        assertThat(data.auditEntries("application", submitted.id(), "DECIDE")).isZero();
    }

    @Test
    void anOperatorSeesNeitherAnotherProvidersApplicationNorItsDocuments() {
        Provider other = data.provider();
        CurrentUser otherOperator = data.user(data.operator(other.id(), false));
        ApplicationDetails theirs = applications.submit(
                new SubmitApplication(call, true, List.of(NewAttachment.of("riservato.pdf", PDF))), otherOperator);
        applications.submit(new SubmitApplication(call, true, List.of()), operator);

        assertThat(applications.find(theirs.id(), operator)).isEmpty();
        assertThat(applications.attachment(theirs.id(), theirs.attachments().get(0).id(), operator)).isEmpty();
        assertThat(applications.ofProvider(other.id(), operator)).isEmpty();
        assertThat(applications.ofCall(call, operator)).extracting(ApplicationSummary::providerId)
                .containsExactly(provider.id());
        assertThat(applications.ofCall(call, officer)).extracting(ApplicationSummary::providerId)
                .containsExactlyInAnyOrder(provider.id(), other.id());
        assertThatThrownBy(() -> applications.search(new ApplicationQuery(call, null), PageRequest.of(0, 10), operator))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theQueueListsPendingApplicationsOldestFirst() {
        Provider second = data.provider();
        ApplicationDetails later = applications.submit(new SubmitApplication(call, true, List.of()),
                data.user(data.operator(second.id(), false)));
        ApplicationDetails earlier = applications.submit(new SubmitApplication(call, true, List.of()), operator);
        jdbc.sql("UPDATE provider.application SET submitted_on = submitted_on - 3 WHERE id = :id")
                .param("id", earlier.id()).update();

        assertThat(applications.search(new ApplicationQuery(call, ApplicationStatus.PENDING), PageRequest.of(0, 10), officer)
                .getContent()).extracting(ApplicationSummary::id).containsExactly(earlier.id(), later.id());
        assertThat(applications.search(new ApplicationQuery(call, ApplicationStatus.ELIGIBLE), PageRequest.of(0, 10), officer)
                .getTotalElements()).isZero();
    }

    @Test
    void offersAnOperatorOnlyTheOpenCallsItsProviderHasNotAppliedTo() {
        assertThat(applications.callsOpenTo(operator)).extracting(c -> c.code()).contains(call);

        applications.submit(new SubmitApplication(call, true, List.of()), operator);

        assertThat(applications.callsOpenTo(operator)).extracting(c -> c.code()).doesNotContain(call);
        assertThat(applications.callsOpenTo(officer)).isEmpty();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
