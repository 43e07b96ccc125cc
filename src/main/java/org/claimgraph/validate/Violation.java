package org.claimgraph.validate;

/**
 * One SHACL result, in words a user can act on.
 *
 * @param focusNode the node that failed (an IRI, or a blank node label)
 * @param path      the property path, or null for a node-level constraint
 * @param message   what is wrong
 * @param shape     the shape that reported it
 * @param value     the offending value, or null
 */
public record Violation(String focusNode, String path, String message, String shape, String value) {
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(focusNode);
        if (path != null) {
            sb.append(' ').append(path);
        }
        sb.append(": ").append(message);
        if (value != null) {
            sb.append(" (value ").append(value).append(')');
        }
        if (shape != null) {
            sb.append(" [").append(shape).append(']');
        }
        return sb.toString();
    }
}
