package it.integra.platform.web;

import it.integra.platform.IssueApiToken;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** What the administrator types to issue a token; kept as typed when the form comes back with errors. */
public class TokenForm {

    private Long userId;
    private String name;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate expiresOn;

    static TokenForm expiringOn(LocalDate day) {
        TokenForm form = new TokenForm();
        form.expiresOn = day;
        return form;
    }

    IssueApiToken toCommand(long userId) {
        return new IssueApiToken(userId, name, expiresOn);
    }

    /** Not typed: the user is in the page's address. Here so that a refusal about the user can name its field. */
    public Long getUserId() {
        return userId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }
}
