package org.claimgraph.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * A claimed quantity. "19,000 to 25,000" has both bounds; "at least 620" has only a minimum;
 * "about 350" has min = max = 350.
 *
 * @param subject the actor counted or measured, or null
 * @param place   where it was counted, or null
 * @param date    when it held; never null, may be open
 */
public record Measurement(Measure measure, BigDecimal min, BigDecimal max, EntityRef subject,
                          EntityRef place, DateRange date) implements Claimed {
    public Measurement {
        requireNonNull(measure, "measure");
        requireNonNull(date, "date");
        if (min == null && max == null) {
            throw new IllegalArgumentException("a measurement needs a minimum or a maximum: " + measure);
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new IllegalArgumentException("minimum " + min + " is above maximum " + max);
        }
    }
}
