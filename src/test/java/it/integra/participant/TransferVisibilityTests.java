package it.integra.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.integra.clearance.ClearanceQueries;
import it.integra.clearance.ClearanceView;
import it.integra.platform.CurrentUser;
import it.integra.platform.Role;
import it.integra.shared.TargetGroup;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What the requesting provider sees of a person through the facades: nothing while the request
 * waits; after it, the record and its own work but not the earlier provider's documents, plans or
 * clearances; those only once the authority shares them. The earlier provider, still holding a
 * clearance, does not see the new provider's documents either.
 */
@SpringBootTest
class TransferVisibilityTests {

    @Autowired
    ParticipantManagement management;
    @Autowired
    IntakeManagement intakes;
    @Autowired
    ParticipantRecords records;
    @Autowired
    ParticipantDocuments documents;
    @Autowired
    TransferManagement transfers;
    @Autowired
    ParticipantDirectory directory;
    @Autowired
    ClearanceQueries clearances;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    Fixtures fixtures;
    CurrentUser earlier;
    CurrentUser later;
    CurrentUser officer;
    String code;
    long person;
    long earlierIntake;
    long earlierDocument;
    long officerDocument;
    long request;

    @BeforeEach
    void aPersonWithAnEarlierProvidersWorkAndAWaitingRequest() {
        fixtures = new Fixtures(jdbc, encoder);
        earlier = fixtures.providerWithOperator("vis-a").user();
        later = fixtures.providerWithOperator("vis-b").user();
        officer = fixtures.staff(Role.OFFICER);
        code = Fixtures.provisionalCode();
        person = management.register(new RegisterParticipant(code, Fixtures.data("Kamara", "Ibrahim",
                LocalDate.of(1997, 7, 7), TargetGroup.INTERNATIONAL_PROTECTION), LocalDate.of(2024, 3, 1)), earlier);
        earlierIntake = intakes.intakes(person, earlier).get(0).id();
        jdbc.sql("UPDATE participant.intake SET action_plan = 'Piano riservato di A', action_plan_on = taken_on WHERE id = :id")
                .param("id", earlierIntake).update();
        earlierDocument = upload("permesso-a.pdf", earlier);
        officerDocument = upload("permesso-autorita.pdf", officer);
        long call = fixtures.closedCall(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        fixtures.clearance(call, earlier.providerId(), person, "GRANTED", LocalDate.of(2024, 4, 1));
        request = transfers.request(code, "Trasferimento di residenza", later);
    }

    @AfterEach
    void removeWhatWasCreated() {
        fixtures.removeCreated();
    }

    private long upload(String name, CurrentUser user) {
        return documents.upload(person, new UploadDocument(DocumentKind.RESIDENCE_PERMIT, name, "application/pdf",
                ("%PDF-1.7 " + name).getBytes(StandardCharsets.US_ASCII)), user).id();
    }

    private List<String> documentNames(CurrentUser user) {
        return documents.documents(person, user).stream().map(DocumentSummary::filename).toList();
    }

    @Test
    void whileTheRequestWaitsTheRequesterSeesNothingOfTheRecord() {
        assertThatThrownBy(() -> records.open(person, later, AccessAction.VIEW)).isInstanceOf(ParticipantNotFoundException.class);
        assertThatThrownBy(() -> records.openByTaxCode(code, later, AccessAction.API))
                .isInstanceOf(ParticipantNotFoundException.class);
        assertThatThrownBy(() -> intakes.intakes(person, later)).isInstanceOf(ParticipantNotFoundException.class);
        assertThatThrownBy(() -> documents.documents(person, later)).isInstanceOf(ParticipantNotFoundException.class);
        assertThatThrownBy(() -> documents.download(person, earlierDocument, later))
                .isInstanceOf(ParticipantNotFoundException.class);
        assertThat(records.search(new ParticipantQuery(code, null, null, null, null, false), PageRequest.of(0, 10), later)
                .getTotalElements()).isZero();
    }

    @Test
    void afterTheTransferTheRequesterSeesTheRecordButNotTheEarlierProvidersWork() {
        transfers.approve(request, null, officer);

        assertThat(records.open(person, later, AccessAction.VIEW).taxCode()).isEqualTo(code);
        assertThat(documentNames(later)).containsExactly("permesso-autorita.pdf");
        assertThatThrownBy(() -> documents.download(person, earlierDocument, later))
                .isInstanceOf(ParticipantNotFoundException.class);
        assertThatThrownBy(() -> documents.delete(person, earlierDocument, later))
                .isInstanceOf(ParticipantNotFoundException.class);
        assertThat(intakes.intakes(person, later)).extracting(IntakeDetails::providerId).containsExactly(later.providerId());
        assertThatThrownBy(() -> documents.actionPlan(person, earlierIntake, later)).isInstanceOf(AccessDeniedException.class);
        assertThat(clearances.ofParticipant(person, later)).isEmpty();
        assertThat(directory.pathwayProviders(person, later.providerId())).containsExactly(later.providerId());
        assertThat(jdbc.sql("SELECT count(*) FROM participant.document WHERE participant_id = :p").param("p", person)
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void sharedDocumentsAreReadButNeitherDeletedNorAccompaniedByThePathway() {
        transfers.approve(request, null, officer);
        transfers.share(request, Set.of(SharedPart.DOCUMENTS), officer);

        assertThat(documentNames(later)).containsExactlyInAnyOrder("permesso-a.pdf", "permesso-autorita.pdf");
        assertThat(new String(documents.download(person, earlierDocument, later).content(), StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-1.7 permesso-a.pdf");
        assertThatThrownBy(() -> documents.delete(person, earlierDocument, later)).isInstanceOf(AccessDeniedException.class);
        assertThat(intakes.intakes(person, later)).extracting(IntakeDetails::providerId).containsExactly(later.providerId());
        assertThat(directory.pathwayProviders(person, later.providerId())).containsExactly(later.providerId());
    }

    @Test
    void aSharedPathwayShowsTheEarlierIntakesAndPlansButNotTheDocuments() {
        transfers.release(request, earlier);
        transfers.share(request, Set.of(SharedPart.PATHWAY_HISTORY), officer);

        assertThat(intakes.intakes(person, later)).extracting(IntakeDetails::providerId)
                .containsExactly(later.providerId(), earlier.providerId());
        assertThat(intakes.intakes(person, later).get(1).actionPlan()).isEqualTo("Piano riservato di A");
        assertThat(documents.actionPlan(person, earlierIntake, later).filename()).isEqualTo("PAI-" + code + ".pdf");
        assertThatThrownBy(() -> intakes.intake(person, earlierIntake, later)).isInstanceOf(AccessDeniedException.class);
        assertThat(directory.pathwayProviders(person, later.providerId()))
                .containsExactly(later.providerId(), earlier.providerId());
        assertThat(documentNames(later)).containsExactly("permesso-autorita.pdf");
    }

    @Test
    void theEarlierProviderStillHoldingAClearanceDoesNotSeeTheNewProvidersWork() {
        transfers.release(request, earlier);
        upload("did-b.pdf", later);

        assertThat(records.open(person, earlier, AccessAction.VIEW).taxCode()).isEqualTo(code);
        assertThat(documentNames(earlier)).containsExactlyInAnyOrder("permesso-a.pdf", "permesso-autorita.pdf");
        assertThat(intakes.intakes(person, earlier)).extracting(IntakeDetails::providerId)
                .containsExactly(earlier.providerId());
        assertThat(clearances.ofParticipant(person, earlier)).extracting(ClearanceView::providerId)
                .containsExactly(earlier.providerId());
        assertThat(documentNames(officer)).hasSize(3);
    }
}
