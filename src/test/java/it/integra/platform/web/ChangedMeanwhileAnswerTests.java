package it.integra.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import it.integra.platform.ChangedMeanwhile;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.ModelAndView;

/** How a change that came too late is answered: 409 naming who and when on the API, the record's page with a notice elsewhere. */
@SpringBootTest
class ChangedMeanwhileAnswerTests {

    // 09:42 UTC on a December day is 10:42 in Rome
    private static final ChangedMeanwhile GRANTED = new ChangedMeanwhile("Maria Rossi",
            OffsetDateTime.parse("2026-12-07T09:42:10Z"));

    @Autowired
    Refusals refusals;

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void theApiAnswers409NamingWhoAndWhenInTheReadersLanguageAndItalianTime() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/clearances/12/grant");

        ResponseEntity<?> answer = (ResponseEntity<?>) refusals.changedMeanwhile(request, GRANTED);

        assertThat(answer.getStatusCode().value()).isEqualTo(409);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        ProblemDetail problem = (ProblemDetail) answer.getBody();
        assertThat(problem.getTitle()).isEqualTo("Conflict");
        assertThat(problem.getDetail())
                .isEqualTo("Meanwhile Maria Rossi already changed this record, on 07/12/2026 at 10:42: your request was not applied.");
        assertThat(problem.getProperties()).containsEntry("changedBy", "Maria Rossi")
                .containsEntry("changedAt", "2026-12-07T09:42:10Z");
        assertThat(problem.getInstance()).hasToString("/api/v1/clearances/12/grant");
    }

    @Test
    void aPageGoesBackToTheRecordWithTheNoticeInItalian() {
        LocaleContextHolder.setLocale(Locale.ITALIAN);
        MockHttpServletRequest request = pageRequest("/clearances/12/grant");
        request.addHeader("Referer", "http://localhost/clearances/12?tab=storico");

        ModelAndView answer = (ModelAndView) refusals.changedMeanwhile(request, GRANTED);

        assertThat(answer.getViewName()).isEqualTo("redirect:/clearances/12?tab=storico");
        assertThat(flash(request)).containsEntry("changedMeanwhile",
                "Nel frattempo Maria Rossi ha già modificato questa pratica, il 07/12/2026 alle 10:42: "
                        + "la tua richiesta non è stata applicata.");
    }

    @Test
    void aPageFromElsewhereGoesBackToTheRecordOfTheActionsPathAndAnUnknownChangeIsSaidWithoutNames() {
        LocaleContextHolder.setLocale(Locale.ITALIAN);
        MockHttpServletRequest request = pageRequest("/programmes/calls/AV-1/publish");
        request.addHeader("Referer", "https://elsewhere.example/programmes/calls/AV-1");

        ModelAndView answer = (ModelAndView) refusals.changedMeanwhile(request, ChangedMeanwhile.unknown());

        assertThat(answer.getViewName()).isEqualTo("redirect:/programmes/calls/AV-1");
        assertThat(flash(request)).containsEntry("changedMeanwhile",
                "Nel frattempo qualcun altro ha già modificato questa pratica: la tua richiesta non è stata applicata.");
    }

    private static MockHttpServletRequest pageRequest(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setAttribute(DispatcherServlet.OUTPUT_FLASH_MAP_ATTRIBUTE, new FlashMap());
        return request;
    }

    private static Map<String, Object> flash(MockHttpServletRequest request) {
        return Map.copyOf((FlashMap) request.getAttribute(DispatcherServlet.OUTPUT_FLASH_MAP_ATTRIBUTE));
    }
}
