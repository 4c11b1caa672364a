package it.integra.shared;

/** The funds that pay the endowments: European Social Fund Plus, and Asylum, Migration and Integration Fund. */
public enum Fund {
    ESF, AMIF
}
