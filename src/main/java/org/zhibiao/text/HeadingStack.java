package org.zhibiao.text;

import java.util.ArrayList;
import java.util.List;

/** The headings above the current line: a new heading closes every open heading of its level or deeper. */
final class HeadingStack {

    private final List<Integer> levels = new ArrayList<>();
    private final List<String> titles = new ArrayList<>();
    private final List<Boolean> shown = new ArrayList<>();

    void push(int level, String title) {
        push(level, title, true);
    }

    /** A hidden heading (a title) closes the headings below its level but stays out of the path. */
    void push(int level, String title, boolean inPath) {
        while (!levels.isEmpty() && levels.get(levels.size() - 1) >= level) {
            levels.remove(levels.size() - 1);
            titles.remove(titles.size() - 1);
            shown.remove(shown.size() - 1);
        }
        levels.add(level);
        titles.add(title);
        shown.add(inPath);
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
        List<String> path = new ArrayList<>(titles.size());
        for (int i = 0; i < titles.size(); i++) {
            if (shown.get(i)) {
                path.add(titles.get(i));
            }
        }
        return List.copyOf(path);
    }
}
