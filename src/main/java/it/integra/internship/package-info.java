/** Internships and their hosts: start, attendance, suspensions and end. */
@org.springframework.modulith.ApplicationModule(displayName = "Internships")
package it.integra.internship;
