package it.integra.participant.web;

import it.integra.participant.LanguageCertificate;
import it.integra.participant.ParticipantData;
import it.integra.participant.PermitType;
import it.integra.participant.ReceptionKind;
import it.integra.shared.LanguageKnowledge;
import it.integra.shared.Sex;
import it.integra.shared.TargetGroup;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** The fields of the record's three parts, shared by the registration and the edit form. */
public class ParticipantFormFields {

    private String familyName;
    private String givenName;
    private Sex sex;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate birthDate;
    private String birthPlace;
    private String birthCountry;
    private String citizenship;
    private String phone;
    private String email;
    private String address;
    private TargetGroup targetGroup;
    private PermitType permitType;
    private String permitNumber;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate permitExpiresOn;
    private boolean housedInReception;
    private ReceptionKind receptionKind;
    private Integer educationLevel;
    private boolean professionalQualification;
    private String qualification;
    private boolean priorWorkExperience;
    private String workExperience;
    private LanguageKnowledge languageKnowledge;

    void fill(ParticipantData data) {
        ParticipantData.Identity identity = data.identity();
        familyName = identity.familyName();
        givenName = identity.givenName();
        sex = identity.sex();
        birthDate = identity.birthDate();
        birthPlace = identity.birthPlace();
        birthCountry = identity.birthCountry();
        citizenship = identity.citizenship();
        phone = identity.phone();
        email = identity.email();
        address = identity.address();
        ParticipantData.LegalStatus status = data.legalStatus();
        targetGroup = status.targetGroup();
        permitType = status.permitType();
        permitNumber = status.permitNumber();
        permitExpiresOn = status.permitExpiresOn();
        ParticipantData.Profile profile = data.profile();
        housedInReception = profile.housedInReception();
        receptionKind = profile.receptionKind();
        educationLevel = profile.educationLevel();
        professionalQualification = profile.professionalQualification();
        qualification = profile.qualification();
        priorWorkExperience = profile.priorWorkExperience();
        workExperience = profile.workExperience();
        languageKnowledge = profile.languageKnowledge();
    }

    ParticipantData data(List<LanguageCertificate> certificates) {
        return new ParticipantData(
                new ParticipantData.Identity(familyName, givenName, sex, birthDate, birthPlace, birthCountry, citizenship,
                        phone, email, address),
                new ParticipantData.LegalStatus(targetGroup, permitType, permitNumber, permitExpiresOn),
                new ParticipantData.Profile(housedInReception, housedInReception ? receptionKind : null, educationLevel,
                        professionalQualification, qualification, priorWorkExperience, workExperience, languageKnowledge,
                        certificates));
    }

    public String getFamilyName() { return familyName; }
    public void setFamilyName(String familyName) { this.familyName = familyName; }
    public String getGivenName() { return givenName; }
    public void setGivenName(String givenName) { this.givenName = givenName; }
    public Sex getSex() { return sex; }
    public void setSex(Sex sex) { this.sex = sex; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public String getBirthPlace() { return birthPlace; }
    public void setBirthPlace(String birthPlace) { this.birthPlace = birthPlace; }
    public String getBirthCountry() { return birthCountry; }
    public void setBirthCountry(String birthCountry) { this.birthCountry = birthCountry; }
    public String getCitizenship() { return citizenship; }
    public void setCitizenship(String citizenship) { this.citizenship = citizenship; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public TargetGroup getTargetGroup() { return targetGroup; }
    public void setTargetGroup(TargetGroup targetGroup) { this.targetGroup = targetGroup; }
    public PermitType getPermitType() { return permitType; }
    public void setPermitType(PermitType permitType) { this.permitType = permitType; }
    public String getPermitNumber() { return permitNumber; }
    public void setPermitNumber(String permitNumber) { this.permitNumber = permitNumber; }
    public LocalDate getPermitExpiresOn() { return permitExpiresOn; }
    public void setPermitExpiresOn(LocalDate permitExpiresOn) { this.permitExpiresOn = permitExpiresOn; }
    public boolean isHousedInReception() { return housedInReception; }
    public void setHousedInReception(boolean housedInReception) { this.housedInReception = housedInReception; }
    public ReceptionKind getReceptionKind() { return receptionKind; }
    public void setReceptionKind(ReceptionKind receptionKind) { this.receptionKind = receptionKind; }
    public Integer getEducationLevel() { return educationLevel; }
    public void setEducationLevel(Integer educationLevel) { this.educationLevel = educationLevel; }
    public boolean isProfessionalQualification() { return professionalQualification; }
    public void setProfessionalQualification(boolean qualified) { this.professionalQualification = qualified; }
    public String getQualification() { return qualification; }
    public void setQualification(String qualification) { this.qualification = qualification; }
    public boolean isPriorWorkExperience() { return priorWorkExperience; }
    public void setPriorWorkExperience(boolean experienced) { this.priorWorkExperience = experienced; }
    public String getWorkExperience() { return workExperience; }
    public void setWorkExperience(String workExperience) { this.workExperience = workExperience; }
    public LanguageKnowledge getLanguageKnowledge() { return languageKnowledge; }
    public void setLanguageKnowledge(LanguageKnowledge languageKnowledge) { this.languageKnowledge = languageKnowledge; }
}
