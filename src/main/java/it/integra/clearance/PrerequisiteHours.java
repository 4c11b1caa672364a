package it.integra.clearance;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The service hours delivered to a person by a provider before a clearance request, by area. The
 * accounting module implements it; clearances sit below accounting and only declare the question.
 */
public interface PrerequisiteHours {

    Map<String, BigDecimal> deliveredBeforeRequest(long intakeId);
}
