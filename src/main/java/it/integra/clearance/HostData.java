package it.integra.clearance;

/** The host proposed in a clearance request: who, what they do, where, how many employees. */
public record HostData(String taxCode, String name, String ateco, String province, Integer employees) {
}
