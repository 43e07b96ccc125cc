package org.claimgraph.validate;

import java.util.List;

/** The outcome of validating one graph: conforms when there are no violations. */
public record ValidationResult(List<Violation> violations) {
    public ValidationResult {
        violations = List.copyOf(violations);
    }

    public boolean conforms() {
        return violations.isEmpty();
    }

    /** The first few violations on one line each, for reports. */
    public String summary(int max) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(max, violations.size()); i++) {
            if (i > 0) {
                sb.append(System.lineSeparator());
            }
            sb.append(violations.get(i));
        }
        if (violations.size() > max) {
            sb.append(System.lineSeparator()).append("... and ").append(violations.size() - max).append(" more");
        }
        return sb.toString();
    }
}
