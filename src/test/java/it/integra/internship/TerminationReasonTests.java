package it.integra.internship;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminationReasonTests {

    @Test
    void storesTheCodeAndTheNoteAsOneText() {
        assertThat(TerminationReason.HIRED.toText(null)).isEqualTo("HIRED");
        assertThat(TerminationReason.OTHER.toText("  Trasferimento in altra città ")).isEqualTo("OTHER: Trasferimento in altra città");
    }

    @Test
    void readsBackTheCodeAndTheNote() {
        assertThat(TerminationReason.codeOf("OTHER: Trasferimento")).contains(TerminationReason.OTHER);
        assertThat(TerminationReason.noteOf("OTHER: Trasferimento")).isEqualTo("Trasferimento");
        assertThat(TerminationReason.codeOf("EARLY_BY_HOST")).contains(TerminationReason.EARLY_BY_HOST);
        assertThat(TerminationReason.noteOf("EARLY_BY_HOST")).isNull();
    }

    @Test
    void importedFreeTextHasNoCodeAndIsShownAsItIs() {
        assertThat(TerminationReason.codeOf("Dimissioni del tirocinante")).isEmpty();
        assertThat(TerminationReason.noteOf("Dimissioni del tirocinante")).isEqualTo("Dimissioni del tirocinante");
        assertThat(TerminationReason.codeOf("HIREDX")).isEmpty();
        assertThat(TerminationReason.codeOf(null)).isEmpty();
    }
}
