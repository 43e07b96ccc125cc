package org.claimgraph.model;

/**
 * A half-open range {@code [start, end)} of character offsets into an article's cleaned text.
 * Offsets count UTF-16 code units, as {@link String#substring(int, int)} does; the RDF mapping
 * converts them to code points for {@code cg:start}/{@code cg:end}.
 */
public record Span(int start, int end) implements Comparable<Span> {
    public Span {
        if (start < 0) {
            throw new IllegalArgumentException("start index must be zero or greater: " + start);
        }
        if (end < start) {
            throw new IllegalArgumentException("end index must not be before start " + start + ": " + end);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(o.end, end);
    }
}
