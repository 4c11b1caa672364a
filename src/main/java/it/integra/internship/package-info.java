/** Internships and their hosts: start, attendance, suspensions and end. */
@org.springframework.modulith.ApplicationModule(displayName = "Internships",
        allowedDependencies = {"platform", "interchange", "programme", "provider", "participant", "clearance", "shared"})
@it.integra.platform.DatabaseSchemas(owns = "internship",
        reads = {"clearance", "participant", "platform", "programme", "provider"})
package it.integra.internship;
