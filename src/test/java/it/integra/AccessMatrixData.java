package it.integra;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import it.integra.accounting.ClaimManagement;
import it.integra.accounting.CreateClaim;
import it.integra.accounting.PayeeKind;
import it.integra.accounting.PayeeManagement;
import it.integra.accounting.PaymentKind;
import it.integra.accounting.PaymentManagement;
import it.integra.participant.DocumentKind;
import it.integra.participant.Fixtures;
import it.integra.participant.ParticipantDocuments;
import it.integra.participant.ParticipantManagement;
import it.integra.participant.RegisterParticipant;
import it.integra.participant.TransferManagement;
import it.integra.participant.UploadDocument;
import it.integra.platform.ApiTokens;
import it.integra.platform.CurrentUser;
import it.integra.platform.IssueApiToken;
import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import it.integra.programme.CallManagement;
import it.integra.provider.ApplicationDetails;
import it.integra.provider.ApplicationManagement;
import it.integra.provider.ApplicationStatus;
import it.integra.provider.DecideApplication;
import it.integra.provider.NewAttachment;
import it.integra.provider.ProviderTestData;
import it.integra.provider.SubmitApplication;
import it.integra.shared.Iban;
import it.integra.shared.Sex;
import it.integra.shared.TargetGroup;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The access matrix's dataset: one open PUOI call and two providers, each with a lead operator and a
 * second operator, an eligible application with an attachment, a person in charge with a document, a
 * granted clearance, an internship at a host of its own with a company tutor, service hours, a month of
 * attendance, the trainee's IBAN and a draft claim; then one payment order of the call. Built through
 * the modules' facades and public test builders; only what an import would write (the clearance, the
 * internship and its host) is plain SQL, as the modules' own fixtures do.
 */
final class AccessMatrixData {

    static final byte[] PDF = "%PDF-1.4\nriservato\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    final LocalDate today = Today.date();
    final LocalDate start = today.minusMonths(2).withDayOfMonth(1);
    final String suffix = ProcessHandle.current().pid() % 100_000 + "X" + SEQUENCE.incrementAndGet();
    private final JdbcClient jdbc;
    private final ApplicationContext context;
    private final ProviderTestData providers;
    final CurrentUser admin = ProviderTestData.ADMIN;
    final String callCode = "MX-" + suffix;
    final long callId;
    final String administrator;
    final String officer;
    final String analyst;
    final String regionAnalyst;
    final String spareUser;
    final AccessMatrixOrg own;
    final AccessMatrixOrg other;
    final long paymentOrderId;
    final long transferId;
    final long tokenId;

    AccessMatrixData(ApplicationContext context) {
        this.context = context;
        this.jdbc = context.getBean(JdbcClient.class);
        this.providers = new ProviderTestData(jdbc, context.getBean(PasswordEncoder.class),
                context.getBean(CallManagement.class));
        callId = call();
        administrator = providers.staff(Role.ADMIN);
        officer = providers.staff(Role.OFFICER);
        analyst = providers.staff(Role.ANALYST);
        regionAnalyst = providers.staff(Role.ANALYST);
        jdbc.sql("UPDATE platform.app_user SET region_code = '01' WHERE username = :u").param("u", regionAnalyst).update();
        spareUser = providers.staff(Role.OFFICER);
        // names that sort first, so that a list leaking across providers shows them on its first page
        own = organisation("Abebech", "Aatesfamariam", "TO");
        other = organisation("Bintou", "Aakourouma", "RM");
        paymentOrderId = context.getBean(PaymentManagement.class).prepare(PaymentKind.ALLOWANCE, callId, start,
                providers.user(officer));
        transferId = transfer();
        tokenId = context.getBean(ApiTokens.class).issue(new IssueApiToken(id(spareUser), "matrice", today.plusDays(30)),
                providers.user(administrator)).token().id();
        // a thousand requests, a hundred of them with HTTP Basic: the matrix's users skip BCrypt's cost
        jdbc.sql("UPDATE platform.app_user SET password_hash = :hash WHERE username IN (:users)")
                .param("hash", "{noop}" + TestUsers.PASSWORD)
                .param("users", List.of(administrator, officer, analyst, regionAnalyst, own.operator(), other.operator()))
                .update();
    }

    /** The values a dataset key of the declarations stands for: the owning organisation's objects. */
    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("call", callCode);
        values.put("provider", String.valueOf(own.providerId()));
        values.put("providerCode", own.providerCode());
        values.put("operator", String.valueOf(own.spareOperatorId()));
        values.put("application", String.valueOf(own.applicationId()));
        values.put("attachment", String.valueOf(own.attachmentId()));
        values.put("participant", String.valueOf(own.participantId()));
        values.put("taxCode", own.taxCode());
        values.put("intake", String.valueOf(own.intakeId()));
        values.put("document", String.valueOf(own.documentId()));
        values.put("clearance", String.valueOf(own.clearanceId()));
        values.put("internship", String.valueOf(own.internshipId()));
        values.put("host", String.valueOf(own.hostId()));
        values.put("tutor", String.valueOf(own.tutorId()));
        values.put("claim", String.valueOf(own.claimId()));
        values.put("claimLine", String.valueOf(own.claimLineId()));
        values.put("paymentOrder", String.valueOf(paymentOrderId));
        values.put("user", String.valueOf(id(spareUser)));
        values.put("transfer", String.valueOf(transferId));
        values.put("token", String.valueOf(tokenId));
        return values;
    }

    private long call() {
        long id = jdbc.sql("""
                        INSERT INTO programme.call (code, programme_code, title, opens_on, closes_on, budget_eur, status,
                            internship_months, monthly_allowance, attendance_threshold, min_age, start_window_days)
                        VALUES (:code, 'PUOI', 'Avviso matrice', '2020-01-01', :closes, 10000000, 'OPEN', 6, 500, 0.7, 18, 60)
                        RETURNING id""")
                .param("code", callCode).param("closes", today.plusMonths(6)).query(Long.class).single();
        for (String table : List.of("call_area", "call_endowment_line", "call_target_group")) {
            String columns = switch (table) {
                case "call_area" -> "area, position, model_hours, phase, hours_after_end, optional";
                case "call_endowment_line" -> "line, position, basis, area, quantity, unit_cost, amount, recipient, fund, optional";
                default -> "target_group";
            };
            jdbc.sql("INSERT INTO programme." + table + " (call_id, " + columns + ") SELECT :id, " + columns
                    + " FROM programme." + table.replace("call_", "programme_") + " WHERE programme_code = 'PUOI'")
                    .param("id", id).update();
        }
        return id;
    }

    private AccessMatrixOrg organisation(String givenStem, String familyStem, String province) {
        int n = SEQUENCE.incrementAndGet() + (int) (ProcessHandle.current().pid() % 5000) * 10;
        String family = familyStem + letters(n);
        String givenName = givenStem + letters(n + 7);
        ProviderTestData.Provider provider = providers.provider();
        String operator = providers.operator(provider.id(), true);
        CurrentUser user = providers.user(operator);
        long spare = id(providers.operator(provider.id(), false));
        String attachmentName = "statuto-" + family.toLowerCase() + ".pdf";
        ApplicationDetails application = eligibleApplication(attachmentName, user);
        Person person = person(family, givenName, user);
        String documentName = "permesso-" + family.toLowerCase() + ".pdf";
        long document = context.getBean(ParticipantDocuments.class).upload(person.id(), new UploadDocument(
                DocumentKind.RESIDENCE_PERMIT, documentName, "application/pdf", PDF, PDF.length), user).id();
        AccessMatrixPathway pathway = AccessMatrixPathway.of(context, callId, suffix, start, province, person.id(),
                person.intake(), user);
        String iban = iban();
        context.getBean(PayeeManagement.class).save(PayeeKind.PARTICIPANT, person.id(), iban, -1, user);
        long claim = context.getBean(ClaimManagement.class).createDraft(new CreateClaim(callCode, start, today), user);
        return new AccessMatrixOrg(operator, user, provider.id(), provider.code(), spare, application.id(),
                application.attachments().get(0).id(), person.id(), person.taxCode(), person.intake(), document,
                pathway.clearance(), pathway.internship(), pathway.host(), pathway.tutor(), claim,
                value("SELECT min(id) FROM accounting.claim_line WHERE claim_id = :id", claim, Long.class),
                new AccessMatrixOrg.Secrets(family, givenName, person.taxCode(), iban, documentName, attachmentName,
                        pathway.clearanceCode(), pathway.internshipCode(),
                        value("SELECT code FROM accounting.claim WHERE id = :id", claim, String.class),
                        pathway.tutorContact(), person.pseudonym()));
    }

    /**
     * The owning provider's request to take in charge a person whom a third provider has: the other
     * provider of the matrix is no party to it.
     */
    private long transfer() {
        String holder = providers.operator(providers.provider().id(), true);
        String taxCode = Fixtures.provisionalCode();
        context.getBean(ParticipantManagement.class).register(new RegisterParticipant(taxCode,
                Fixtures.data("Zerai" + letters(SEQUENCE.incrementAndGet()), "Senait", LocalDate.of(1994, 2, 3),
                        TargetGroup.INTERNATIONAL_PROTECTION), start.minusDays(30)), providers.user(holder));
        return context.getBean(TransferManagement.class).request(taxCode, "trasferimento di residenza", own.user());
    }

    /** The provider's application to the call, with a document, found eligible by the administrator. */
    private ApplicationDetails eligibleApplication(String attachmentName, CurrentUser user) {
        ApplicationManagement applications = context.getBean(ApplicationManagement.class);
        ApplicationDetails application = applications.submit(new SubmitApplication(callCode, true,
                List.of(new NewAttachment(attachmentName, "application/pdf", PDF.length, PDF))), user);
        return applications.decide(new DecideApplication(application.id(), ApplicationStatus.ELIGIBLE, null,
                application.version()), admin);
    }

    private record Person(long id, String taxCode, long intake, String pseudonym) {
    }

    /** A person registered by the operator, so in its provider's charge, with a DID and both plans. */
    private Person person(String family, String givenName, CurrentUser user) {
        String taxCode = Fixtures.personalCode(LocalDate.of(1996, 4, 12), Sex.M);
        long participant = context.getBean(ParticipantManagement.class).register(new RegisterParticipant(taxCode,
                Fixtures.data(family, givenName, LocalDate.of(1996, 4, 12), TargetGroup.INTERNATIONAL_PROTECTION),
                start.minusDays(60)), user);
        long intake = jdbc.sql("""
                        UPDATE participant.intake SET did_on = :did, training_plan = 'Piano formativo', training_plan_on = :did,
                            action_plan = 'Piano di azione', action_plan_on = :did
                        WHERE participant_id = :p RETURNING id""")
                .param("did", start.minusDays(45)).param("p", participant).query(Long.class).single();
        return new Person(participant, taxCode, intake,
                value("SELECT pseudonym FROM participant.participant WHERE id = :id", participant, String.class));
    }

    private <T> T value(String sql, long id, Class<T> type) {
        return jdbc.sql(sql).param("id", id).query(type).single();
    }

    /**
     * The id of an import job the administrator started and that was rejected (a row names an unknown
     * programme), waited for, so that its errors file exists. Jobs live in memory, owned by their starter.
     */
    static String rejectedImport(MockMvc mvc, MockHttpSession admin) throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "calls.csv", "text/csv",
                "call_code,programme,title,opens_on,closes_on,budget_eur\nMX-BAD,NOPE,Titolo,2020-01-01,2020-12-31,100\n"
                        .getBytes(StandardCharsets.UTF_8));
        String page = mvc.perform(multipart("/interchange/imports").file(file).param("dataset", "calls")
                .session(admin).with(csrf())).andReturn().getResponse().getContentAsString();
        Matcher job = Pattern.compile("/interchange/jobs/([0-9a-f-]{36})").matcher(page);
        if (!job.find()) {
            throw new IllegalStateException("no import job in " + page);
        }
        for (int poll = 0; poll < 100 && page.contains("hx-trigger=\"every"); poll++) {
            Thread.sleep(50);
            page = mvc.perform(get("/interchange/jobs/" + job.group(1)).session(admin)).andReturn().getResponse()
                    .getContentAsString();
        }
        return job.group(1);
    }

    private long id(String username) {
        return jdbc.sql("SELECT id FROM platform.app_user WHERE username = :u").param("u", username)
                .query(Long.class).single();
    }

    private static String iban() {
        String abiCabAccount = "0542811101" + String.format("%012d", (ProcessHandle.current().pid() % 100_000) * 1000
                + SEQUENCE.incrementAndGet());
        String bban = Iban.italianCin(abiCabAccount) + abiCabAccount;
        return "IT" + Iban.checkDigits("IT", bban) + bban;
    }

    private static String letters(int n) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0, rest = n; i < 4; i++, rest /= 26) {
            letters.append((char) ('a' + rest % 26));
        }
        return letters.toString();
    }
}
