package org.hotsched.sim;

import java.util.List;

/** Hand-written SVG for {@link Comparison.Result#toSvg()}: no library, plain elements a browser or rsvg shows. */
final class SvgChart {

    private static final String[] COLOURS = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
            "#e377c2", "#bcbd22", "#17becf"};
    private static final String BASELINE_COLOUR = "#7f7f7f";
    private static final int WIDTH = 960;
    private static final int HEIGHT = 500;
    private static final int LEFT = 80;
    private static final int RIGHT = 210;
    private static final int TOP = 60;
    private static final int BOTTOM = 80;

    private SvgChart() {
    }

    static String p99Chart(Comparison.Result result) {
        List<String> policies = result.policies();
        List<Comparison.Mix> mixes = result.mixes();
        double maxMs = 0;
        for (Comparison.Mix mix : mixes) {
            for (String p : policies) {
                Comparison.Row r = result.row(p, mix.name(), mix.focusClass());
                if (r != null) {
                    maxMs = Math.max(maxMs, r.waitP99Ns() / 1e6);
                }
            }
        }
        double step = niceStep(maxMs / 5);
        double top = Math.max(step, Math.ceil(maxMs / step) * step);
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;
        int bottomY = TOP + plotH;

        StringBuilder s = new StringBuilder();
        s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" font-family=\"sans-serif\" font-size=\"12\">\n");
        s.append("<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" fill=\"white\"/>\n");
        text(s, WIDTH / 2.0 - RIGHT / 2.0, 24, "middle", 16, "bold",
                "p99 wait (runnable to running) of each mix's latency-sensitive class");
        text(s, WIDTH / 2.0 - RIGHT / 2.0, 44, "middle", 12, "normal", result.describe() + "; lower is better");

        // grid and y axis
        for (double v = 0; v <= top + step / 2; v += step) {
            double y = bottomY - v / top * plotH;
            s.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(f(y)).append("\" x2=\"")
                    .append(LEFT + plotW).append("\" y2=\"").append(f(y))
                    .append("\" stroke=\"#dddddd\" stroke-width=\"1\"/>\n");
            text(s, LEFT - 6, y + 4, "end", 12, "normal", Comparison.fmt(step < 1 ? "%.2f" : "%.0f", v));
        }
        s.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP).append("\" x2=\"").append(LEFT)
                .append("\" y2=\"").append(bottomY).append("\" stroke=\"black\"/>\n");
        s.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(bottomY).append("\" x2=\"")
                .append(LEFT + plotW).append("\" y2=\"").append(bottomY).append("\" stroke=\"black\"/>\n");
        text(s, 10, TOP - 10, "start", 12, "bold", "p99 wait (ms)");
        text(s, LEFT + plotW / 2.0, HEIGHT - 16, "middle", 13, "normal", "workload (latency-sensitive class)");

        // bars
        double groupW = (double) plotW / Math.max(1, mixes.size());
        double barW = groupW * 0.8 / Math.max(1, policies.size());
        for (int g = 0; g < mixes.size(); g++) {
            Comparison.Mix mix = mixes.get(g);
            double x0 = LEFT + g * groupW + groupW * 0.1;
            for (int p = 0; p < policies.size(); p++) {
                Comparison.Row r = result.row(policies.get(p), mix.name(), mix.focusClass());
                double x = x0 + p * barW;
                if (r == null) {
                    text(s, x + barW / 2, bottomY - 4, "middle", 10, "normal", "n/a");
                    continue;
                }
                double ms = r.waitP99Ns() / 1e6;
                double h = ms / top * plotH;
                s.append("<rect x=\"").append(f(x + 1)).append("\" y=\"").append(f(bottomY - h))
                        .append("\" width=\"").append(f(barW - 2)).append("\" height=\"").append(f(h))
                        .append("\" fill=\"").append(colour(policies.get(p), p)).append("\"><title>")
                        .append(escape(policies.get(p) + " on " + mix.name() + ": " + Comparison.ms(r.waitP99Ns())
                                + " ms")).append("</title></rect>\n");
                text(s, x + barW / 2, bottomY - h - 4, "middle", 10, "normal", Comparison.ms(r.waitP99Ns()));
            }
            text(s, LEFT + g * groupW + groupW / 2, bottomY + 18, "middle", 13, "bold", mix.name());
            text(s, LEFT + g * groupW + groupW / 2, bottomY + 34, "middle", 11, "normal", "(" + mix.focusClass() + ")");
        }

        // legend
        int lx = WIDTH - RIGHT + 20;
        text(s, lx, TOP, "start", 13, "bold", "policy");
        for (int p = 0; p < policies.size(); p++) {
            int y = TOP + 14 + p * 22;
            s.append("<rect x=\"").append(lx).append("\" y=\"").append(y).append("\" width=\"14\" height=\"14\" fill=\"")
                    .append(colour(policies.get(p), p)).append("\"/>\n");
            text(s, lx + 20, y + 12, "start", 12, "normal", policies.get(p));
        }
        s.append("</svg>\n");
        return s.toString();
    }

    private static String colour(String policy, int index) {
        return policy.equals(Comparison.BASELINE) ? BASELINE_COLOUR : COLOURS[index % COLOURS.length];
    }

    /** 1, 2 or 5 × a power of ten, at least {@code raw}. */
    static double niceStep(double raw) {
        if (!(raw > 0)) {
            return 1;
        }
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * mag >= raw) {
                return m * mag;
            }
        }
        return 10 * mag;
    }

    private static void text(StringBuilder s, double x, double y, String anchor, int size, String weight, String value) {
        s.append("<text x=\"").append(f(x)).append("\" y=\"").append(f(y)).append("\" text-anchor=\"").append(anchor)
                .append("\" font-size=\"").append(size).append('"');
        if (!weight.equals("normal")) {
            s.append(" font-weight=\"").append(weight).append('"');
        }
        s.append('>').append(escape(value)).append("</text>\n");
    }

    private static String f(double v) {
        return Comparison.fmt("%.1f", v);
    }

    static String escape(String v) {
        return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
