package org.ddf.core.plot;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/** Renders charts to PNG bytes without a display. */
final class Png {

    static {
        // Servers have no display; AWT must not try to open one. An explicit setting by the caller wins.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private Png() {
    }

    /** Builds the chart (after headless mode is set) and renders it to an image. */
    static BufferedImage image(Supplier<? extends Chart<?, ?>> chart) {
        return BitmapEncoder.getBufferedImage(chart.get());
    }

    /** Builds the chart (after headless mode is set) and encodes it as PNG. */
    static byte[] of(Supplier<? extends Chart<?, ?>> chart) {
        return of(image(chart));
    }

    /** Encodes an image as PNG. */
    static byte[] of(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("PNG encoding failed", e);
        }
        return out.toByteArray();
    }
}
