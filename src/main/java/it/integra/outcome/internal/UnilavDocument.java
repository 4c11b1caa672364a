package it.integra.outcome.internal;

import it.integra.interchange.MalformedFileException;
import it.integra.interchange.RecordFormat;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the communications of one UniLav XML document with StAX. Each {@code UniLav} element of the
 * namespace is one communication; a hire ({@code InizioRapporto}) becomes one contracts record, other
 * communications (extensions, transformations, terminations) are passed over. Elements and attributes
 * it does not know, and those of other namespaces, are ignored. No DTD and no external entity is ever
 * read: a document that declares one is refused.
 */
final class UnilavDocument {

    static final String NAMESPACE = "http://servizi.lavoro.gov.it/unilav";

    private static final XMLInputFactory FACTORY = secureFactory();

    private final XMLStreamReader xml;
    private final String fileName;
    private final RecordFormat.Sink sink;

    private UnilavDocument(XMLStreamReader xml, String fileName, RecordFormat.Sink sink) {
        this.xml = xml;
        this.fileName = fileName;
        this.sink = sink;
    }

    /** Reads the document to its end; does not close {@code in}. */
    static void read(InputStream in, String fileName, RecordFormat.Sink sink) {
        XMLStreamReader xml = null;
        try {
            xml = FACTORY.createXMLStreamReader(in);
            new UnilavDocument(xml, fileName, sink).communications();
        } catch (XMLStreamException e) {
            throw malformed(e, fileName);
        } finally {
            close(xml);
        }
    }

    private void communications() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw new MalformedFileException("import.unilav.dtd", xml.getLocation().getLineNumber(),
                        where(xml.getLocation()), nameOf(fileName));
            }
            if (event == XMLStreamConstants.START_ELEMENT && ours("UniLav")) {
                communication();
            }
        }
    }

    /** Reads one {@code UniLav} element, whatever depth its parts are at. */
    private void communication() throws XMLStreamException {
        String location = where(xml.getLocation());
        Map<String, String> cells = new HashMap<>();
        boolean hire = false;
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (NAMESPACE.equals(xml.getNamespaceURI())) {
                    hire |= element(xml.getLocalName(), cells);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        if (hire) {
            sink.record(cells, location);
        }
    }

    /** Copies the attributes of a known element into the cells; true for the start of an employment. */
    private boolean element(String name, Map<String, String> cells) {
        switch (name) {
            case "DatiInvio" -> copy(cells, "communication_id", "codiceComunicazione");
            case "DatoreLavoro" -> {
                copy(cells, "employer_tax_code", "codiceFiscale");
                copy(cells, "ateco", "settore");
            }
            case "SedeLavoro" -> copy(cells, "province", "provincia");
            case "Lavoratore" -> copy(cells, "worker_tax_code", "codiceFiscale");
            case "InizioRapporto" -> {
                copy(cells, "start_date", "dataInizio");
                copy(cells, "end_date", "dataFine");
                copy(cells, "contract_type", "tipologiaContrattuale");
                return true;
            }
            default -> {
                // an element the import does not need
            }
        }
        return false;
    }

    /** The first occurrence counts: a repeated element cannot silently change a communication. */
    private void copy(Map<String, String> cells, String column, String attribute) {
        String value = xml.getAttributeValue(null, attribute);
        if (value != null) {
            cells.putIfAbsent(column, value);
        }
    }

    private boolean ours(String localName) {
        return NAMESPACE.equals(xml.getNamespaceURI()) && localName.equals(xml.getLocalName());
    }

    private String where(Location location) {
        return (fileName == null ? "" : fileName + ":") + location.getLineNumber() + ":" + location.getColumnNumber();
    }

    private static MalformedFileException malformed(XMLStreamException e, String fileName) {
        Location location = e.getLocation();
        int line = location == null ? 0 : location.getLineNumber();
        int column = location == null ? 0 : location.getColumnNumber();
        String message = String.valueOf(e.getMessage());
        int text = message.indexOf("Message: ");
        String detail = text < 0 ? message : message.substring(text + "Message: ".length());
        return new MalformedFileException("import.unilav.malformed", line,
                (fileName == null ? "" : fileName + ":") + line + ":" + column,
                nameOf(fileName), String.valueOf(line), String.valueOf(column), detail.strip());
    }

    private static String nameOf(String fileName) {
        return fileName == null ? "-" : fileName;
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException ignored) {
                // closing the reader does not close the stream; nothing is left to release
            }
        }
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory;
    }
}
