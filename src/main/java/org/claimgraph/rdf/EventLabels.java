package org.claimgraph.rdf;

import java.math.BigDecimal;
import org.claimgraph.model.DateRange;
import org.claimgraph.model.Event;
import org.claimgraph.model.Measurement;

/**
 * Readable labels for events and measurements ("Capture of Palmyra, 2016-03"). An event's label
 * depends only on what makes up its identity, so articles sharing an event IRI agree on its label.
 */
final class EventLabels {
    private EventLabels() {
    }

    static String label(Event e) {
        StringBuilder sb = new StringBuilder(e.type().localName());
        if (e.place() != null) {
            sb.append(" of ").append(e.place().label());
        }
        String when = bucket(e.date());
        if (when != null) {
            sb.append(", ").append(when);
        }
        return sb.toString();
    }

    static String label(Measurement m) {
        String min = m.min() == null ? null : plain(m.min());
        String max = m.max() == null ? null : plain(m.max());
        String value;
        if (min != null && max != null) {
            value = min.equals(max) ? min : min + "-" + max;
        } else if (min != null) {
            value = "at least " + min;
        } else {
            value = "at most " + max;
        }
        return m.measure().localName() + ": " + value;
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }

    /** The month ("2016-03") or year ("2016") the date falls in, or null. */
    static String bucket(DateRange d) {
        if (!d.isBounded() || d.notBefore().getYear() != d.notAfter().getYear()) {
            return null;
        }
        if (d.notBefore().getMonthValue() == d.notAfter().getMonthValue()) {
            return String.format("%04d-%02d", d.notBefore().getYear(), d.notBefore().getMonthValue());
        }
        return String.format("%04d", d.notBefore().getYear());
    }
}
