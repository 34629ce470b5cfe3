package io.systemprompt.database.module;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The strongly connected components of the declared dependency graph (Tarjan's algorithm, iterative so
 * a long chain of modules cannot overflow the stack). Two modules share a component exactly when they
 * depend on each other, directly or not.
 */
final class Components {

    private Components() {
    }

    /** A component number for every module; unknown dependency keys must have been rejected before. */
    static Map<String, Integer> of(Map<String, Set<String>> edges) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Map<String, Integer> component = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        int[] counter = {0, 0};
        for (String start : edges.keySet()) {
            if (!index.containsKey(start)) {
                visit(start, edges, index, low, component, stack, counter);
            }
        }
        return component;
    }

    private static void visit(String start, Map<String, Set<String>> edges, Map<String, Integer> index,
            Map<String, Integer> low, Map<String, Integer> component, Deque<String> stack, int[] counter) {
        Deque<Map.Entry<String, Iterator<String>>> work = new ArrayDeque<>();
        open(start, edges, index, low, stack, counter, work);
        while (!work.isEmpty()) {
            Map.Entry<String, Iterator<String>> top = work.peek();
            String v = top.getKey();
            if (top.getValue().hasNext()) {
                String w = top.getValue().next();
                if (!index.containsKey(w)) {
                    open(w, edges, index, low, stack, counter, work);
                } else if (!component.containsKey(w)) {
                    low.put(v, Math.min(low.get(v), index.get(w)));
                }
                continue;
            }
            work.pop();
            if (!work.isEmpty()) {
                String parent = work.peek().getKey();
                low.put(parent, Math.min(low.get(parent), low.get(v)));
            }
            if (low.get(v).equals(index.get(v))) {
                String w;
                do {
                    w = stack.pop();
                    component.put(w, counter[1]);
                } while (!w.equals(v));
                counter[1]++;
            }
        }
    }

    private static void open(String v, Map<String, Set<String>> edges, Map<String, Integer> index,
            Map<String, Integer> low, Deque<String> stack, int[] counter,
            Deque<Map.Entry<String, Iterator<String>>> work) {
        index.put(v, counter[0]);
        low.put(v, counter[0]);
        counter[0]++;
        stack.push(v);
        work.push(Map.entry(v, edges.getOrDefault(v, Set.of()).iterator()));
    }
}
