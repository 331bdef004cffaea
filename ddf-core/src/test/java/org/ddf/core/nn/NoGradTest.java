package org.ddf.core.nn;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;
import org.junit.jupiter.api.Test;

class NoGradTest {

    @Test
    void switchesRecordingOffAndRestoresIt() {
        Engine.getInstance();
        boolean before = JniUtils.isGradMode();
        JniUtils.setGradMode(true);
        try {
            try (NoGrad noGrad = NoGrad.enter()) {
                assertThat(JniUtils.isGradMode()).isFalse();
            }
            assertThat(JniUtils.isGradMode()).isTrue();
        } finally {
            JniUtils.setGradMode(before);
        }
    }
}
