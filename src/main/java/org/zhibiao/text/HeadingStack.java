package org.zhibiao.text;

import java.util.ArrayList;
import java.util.List;

/** The headings above the current line: a new heading closes every open heading of its level or deeper. */
final class HeadingStack {

    private final List<Integer> levels = new ArrayList<>();
    private final List<String> titles = new ArrayList<>();

    void push(int level, String title) {
        while (!levels.isEmpty() && levels.get(levels.size() - 1) >= level) {
            levels.remove(levels.size() - 1);
            titles.remove(titles.size() - 1);
        }
        levels.add(level);
        titles.add(title);
    }

    /** A second short line of the same heading (纵深推进改革开放 / 强力激活发展潜能). */
    void extendTop(String more) {
        if (titles.isEmpty()) {
            return;
        }
        int top = titles.size() - 1;
        titles.set(top, titles.get(top) + " " + more);
    }

    /** Outermost first. */
    List<String> path() {
        return List.copyOf(titles);
    }
}
