package org.ddf.core.plot;

import java.awt.Color;

/** One fixed colour per label (the Tableau 10 palette, repeated), so a label looks the same in every figure. */
final class LabelColours {

    private static final Color[] PALETTE = {
        new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728), new Color(0x9467bd),
        new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0x17becf)
    };

    private LabelColours() {
    }

    /** The colour of {@code label}. */
    static Color of(int label) {
        return PALETTE[label % PALETTE.length];
    }
}
