package org.ddf.core.flow.vae;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class VaeArchitectureTest {

    @Test
    void theOriginalNetworkAtC104() {
        VaeArchitecture architecture = VaeArchitecture.ddf();

        assertThat(architecture.encoderSizes()).containsExactly(104, 34, 16, 7, 5, 3);
        assertThat(architecture.decoderSizes()).containsExactly(3, 5, 7, 16, 34, 104);
        assertThat(architecture.encoder()).extracting(VaeArchitecture.ConvLayer::kernel).containsExactly(5, 4, 4, 3, 3);
        assertThat(architecture.encoder()).extracting(VaeArchitecture.ConvLayer::stride).containsExactly(3, 2, 2, 1, 1);
        assertThat(architecture.encoder()).extracting(VaeArchitecture.ConvLayer::outChannels)
                .containsExactly(32, 64, 128, 128, 128);
        assertThat(architecture.decoder()).extracting(VaeArchitecture.ConvLayer::outChannels)
                .containsExactly(128, 128, 64, 32, 1);
        assertThat(architecture.decoder().get(4)).isEqualTo(new VaeArchitecture.ConvLayer(32, 1, 5, 3, 0, 34, 104));
        assertThat(architecture.flattenSize()).isEqualTo(1152);
        assertThat(architecture.parameterCount()).isEqualTo(928_005);
    }

    @Test
    void wideInputsAdaptTheFirstLayerByStrideAndKernel() {
        VaeArchitecture architecture = new VaeArchitecture(132);

        VaeArchitecture.ConvLayer first = architecture.encoder().get(0);
        assertThat(List.of(first.kernel(), first.stride(), first.padding())).containsExactly(33, 3, 0);
        assertThat(architecture.encoderSizes()).containsExactly(132, 34, 16, 7, 5, 3);
        assertThat(architecture.decoderSizes()).containsExactly(3, 5, 7, 16, 34, 132);
    }

    @Test
    void narrowInputsAdaptTheFirstLayerByPadding() {
        VaeArchitecture architecture = new VaeArchitecture(20);

        VaeArchitecture.ConvLayer first = architecture.encoder().get(0);
        assertThat(List.of(first.kernel(), first.stride(), first.padding())).containsExactly(1, 1, 7);
        assertThat(architecture.encoderSizes()).containsExactly(20, 34, 16, 7, 5, 3);
        assertThat(architecture.decoderSizes()).containsExactly(3, 5, 7, 16, 34, 20);
        assertThat(new VaeArchitecture(21).encoder().get(0).kernel()).isEqualTo(2);
        assertThat(new VaeArchitecture(21).decoderSizes()).endsWith(21);
    }

    @Test
    void everyChannelCountMapsToThirtyFourAndBack() {
        for (int c = 2; c <= 300; c++) {
            VaeArchitecture architecture = new VaeArchitecture(c);
            assertThat(architecture.encoderSizes().get(1)).as("C=%d", c).isEqualTo(34);
            assertThat(architecture.decoderSizes().get(5)).as("C=%d", c).isEqualTo(c);
            VaeArchitecture.ConvLayer first = architecture.encoder().get(0);
            assertThat(first.kernel()).as("C=%d reads every row: kernel >= stride", c).isGreaterThanOrEqualTo(first.stride());
        }
        VaeArchitecture.ConvLayer hundred = new VaeArchitecture(100).encoder().get(0);
        assertThat(List.of(hundred.kernel(), hundred.stride())).containsExactly(34, 2);
    }

    @Test
    void rejectsFewerThanTwoChannels() {
        assertThatThrownBy(() -> new VaeArchitecture(1)).hasMessageContaining("channels");
    }
}
