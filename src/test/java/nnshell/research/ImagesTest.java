package nnshell.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import nnshell.dsl.Tensor;

class ImagesTest {

    static Tensor counting(int c, int h, int w) {
        Tensor t = Tensor.zeros(c, h, w);
        for (int i = 0; i < t.size(); i++) {
            t.data()[i] = i;
        }
        return t;
    }

    @Test
    void padThenCropGivesTheImageBack() {
        Tensor img = counting(2, 3, 4);
        Tensor padded = Images.pad(img, 1, 2, 3, 0, -1);
        assertThat(padded.shape()).containsExactly(2, 6, 7);
        assertThat(padded.get(0, 0, 0)).isEqualTo(-1);
        assertThat(padded.get(1, 1, 3)).isEqualTo(img.get(1, 0, 0));
        assertThat(Images.crop(padded, 1, 3, 3, 4)).isEqualTo(img);
        assertThat(Images.centerCrop(Images.padTo(img, 7, 8), 3, 4)).isEqualTo(img);
    }

    @Test
    void resizeKeepsAConstantAndALinearRampAndRoundTripsAnUpscale() {
        Tensor ramp = Tensor.zeros(4, 4);
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
                ramp.set(c, r, c);
            }
        }
        Tensor up = Images.resize(ramp, 8, 8);
        // interior pixel centres of the 8-wide image map to x = (c + 0.5) / 2 - 0.5
        assertThat(up.get(3, 3)).isCloseTo(1.25, within(1e-12));
        assertThat(up.get(0, 0)).isCloseTo(0, within(1e-12));
        assertThat(up.get(7, 7)).isCloseTo(3, within(1e-12));
        // halving by two averages each pair exactly
        Tensor down = Images.resize(up, 4, 4);
        assertThat(down.get(2, 1)).isCloseTo((up.get(4, 2) + up.get(4, 3)) / 2, within(1e-12));
        Tensor batch = Images.resize(Tensor.zeros(3, 1, 5, 5), 2, 9);
        assertThat(batch.shape()).containsExactly(3, 1, 2, 9);
    }

    @Test
    void badSizesAreExplained() {
        Tensor img = counting(1, 4, 4);
        assertThatThrownBy(() -> Images.crop(img, 2, 2, 3, 3))
                .hasMessageContaining("3x3 window at row 2, column 2")
                .hasMessageContaining("4x4 image");
        assertThatThrownBy(() -> Images.padTo(img, 2, 8)).hasMessageContaining("Images.resize");
        assertThatThrownBy(() -> Images.height(Tensor.of(1, 2))).hasMessageContaining("[2]");
    }

    @Test
    void gridAndSlicSegmentsCoverTheImage() {
        Segmentation g = Segments.grid(8, 8, 2, 2);
        assertThat(g.count()).isEqualTo(4);
        assertThat(g.segment(0, 0)).isEqualTo(0);
        assertThat(g.segment(7, 7)).isEqualTo(3);
        assertThat(g.segment(3, 4)).isEqualTo(1);
        // a bright left half and dark right half: superpixels never straddle the edge
        Tensor img = Tensor.zeros(12, 12);
        for (int r = 0; r < 12; r++) {
            for (int c = 0; c < 5; c++) {
                img.set(1, r, c);
            }
        }
        Segmentation s = Segments.slic(img, 9, 0.2);
        assertThat(s.count()).isBetween(4, 9);
        for (int r = 0; r < 12; r++) {
            for (int c = 5; c < 12; c++) {
                for (int c2 = 0; c2 < 5; c2++) {
                    assertThat(s.segment(r, c)).isNotEqualTo(s.segment(r, c2));
                }
            }
        }
    }

    @Test
    void heatmapTopShareMassAndIou() {
        double[][] v = new double[4][4];
        v[0][0] = 3;
        v[0][1] = 2;
        v[1][0] = 1;
        v[3][3] = -5;
        Heatmap h = new Heatmap(v);
        assertThat(h.massIn(0, 0, 2, 2)).isCloseTo(1, within(1e-12));
        boolean[][] top = h.top(2 / 16.0);
        assertThat(top[0][0] && top[0][1] && !top[1][0]).isTrue();
        double[][] u = new double[4][4];
        u[0][0] = 1;
        u[2][2] = 1;
        assertThat(h.iou(new Heatmap(u), 2 / 16.0)).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(h.iou(h, 0.25)).isEqualTo(1);
    }
}
