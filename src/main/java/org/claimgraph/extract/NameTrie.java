package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A trie over word keys; each node may end one or more names. */
final class NameTrie {
    /** One name ending at a node. {@code exactSurface} is non-null for case-sensitive acronyms. */
    record Entry(NameIndex.Named named, String exactSurface, boolean fuzzy) {
    }

    static final class Node {
        private Map<String, Node> children;
        private List<Entry> entries;

        Node child(String word) {
            return children == null ? null : children.get(word);
        }

        List<Entry> entries() {
            return entries == null ? List.of() : entries;
        }
    }

    private final Node root = new Node();

    void add(List<String> key, Entry entry) {
        if (key.isEmpty()) {
            return;
        }
        Node n = root;
        for (String w : key) {
            if (n.children == null) {
                n.children = new HashMap<>();
            }
            n = n.children.computeIfAbsent(w, x -> new Node());
        }
        if (n.entries == null) {
            n.entries = new ArrayList<>(1);
        }
        for (Entry e : n.entries) {
            if (e.named().ref().equals(entry.named().ref()) && e.fuzzy() == entry.fuzzy()
                    && java.util.Objects.equals(e.exactSurface(), entry.exactSurface())) {
                return;
            }
        }
        n.entries.add(entry);
    }

    Node root() {
        return root;
    }
}
