package it.integra.provider.web;

import it.integra.provider.NewOperator;

/** What an administrator or a lead operator types to create an operator; kept as typed when refused. */
public class OperatorForm {

    private String username;
    private String displayName;
    private String email;
    private boolean lead;

    NewOperator toCommand() {
        return new NewOperator(username, displayName, email, lead);
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public boolean isLead() { return lead; }
    public void setLead(boolean lead) { this.lead = lead; }
}
