package it.integra.interchange;

/** No dataset of the contract has this name. */
public class UnknownDatasetException extends RuntimeException {

    private final String dataset;

    public UnknownDatasetException(String dataset) {
        super("unknown dataset " + dataset, null, false, false);
        this.dataset = dataset;
    }

    public String dataset() {
        return dataset;
    }
}
