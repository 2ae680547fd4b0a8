package nnshell.plot;

import java.awt.Color;
import java.awt.Font;

import org.knowm.xchart.style.Styler;

/** The look shared by every XChart chart of nnshell. */
final class Styles {
    private Styles() {
    }

    static void common(Styler s) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 17));
        s.setChartTitleBoxVisible(false);
        s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        s.setLegendBorderColor(new Color(0xCCCCCC));
        s.setPlotBorderVisible(false);
        s.setChartFontColor(new Color(0x222222));
        s.setAntiAlias(true);
        if (s instanceof org.knowm.xchart.style.AxesChartStyler a) {
            a.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
            a.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            a.setPlotBackgroundColor(Color.WHITE);
        }
    }
}
