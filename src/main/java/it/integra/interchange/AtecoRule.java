package it.integra.interchange;

import it.integra.shared.AtecoCode;
import it.integra.shared.AtecoEdition;
import it.integra.shared.InvalidValueException;
import java.util.List;

/**
 * The rule of a row's ATECO code and its edition: the code, when given, exists in the row's edition,
 * ATECO 2007 when the file has no edition column (so files written before editions keep their
 * meaning). The code's cell checks its form ({@link Cells#atecoCode()}), the edition's cell the year
 * ({@link Cells#atecoEdition()}); the error is on the code's column and names the edition.
 */
public final class AtecoRule {

    private AtecoRule() {
    }

    public static RowRule of(String codeColumn, String editionColumn) {
        return row -> {
            if (!row.has(codeColumn)) {
                return List.of();
            }
            try {
                AtecoCode.existing(AtecoEdition.parse(row.get(editionColumn)), row.get(codeColumn));
                return List.of();
            } catch (InvalidValueException e) {
                return List.of(RowError.of(row.row(), codeColumn, e.messageKey(), e.arguments()));
            }
        };
    }
}
