package dev.plugboard.domain.connector;

/** The payment features a connector supports, each one a filter of {@code GET /connectors}. */
public record Capabilities(
        boolean paymentInitiation,
        boolean scheduledPayments,
        boolean smartTransfers,
        boolean boletoManagement,
        boolean automaticPix) {
    public static final Capabilities NONE = new Capabilities(false, false, false, false, false);
}
