package org.ddf.core.flow.vae;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.ParameterList;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.List;
import org.ddf.core.nn.ConvTranspose2d;
import org.ddf.core.nn.SpaceToDepthConvolution;
import org.ddf.core.nn.TorchDefaultInit;

/**
 * The DDF VAE as a DJL block. Input (N, 1, C, C) in [0, 1]; {@code forward} returns {@code NDList(recon, mu,
 * logvar)} with recon (N, 1, C, C) and mu, logvar (N, 2). In training z = mu + eps·exp(0.5·logvar), eps ~ N(0, 1);
 * at inference z = mu. Layers follow {@link VaeArchitecture}; every layer starts with PyTorch's default
 * initialisation. Some layers run in an exactly equivalent, faster form: the decoder's first layers as an affine map
 * of z ({@link FoldedDecoderInput}), and in training a strided first convolution space-to-depth.
 */
public final class VaeBlock extends AbstractBlock {

    private static final byte VERSION = 1;
    /** The decoder's input Linear, the reshape and the first transposed convolution: no activation between them. */
    private static final int FOLDED_DECODER_LAYERS = 3;

    private final VaeArchitecture architecture;
    private final LogvarClamp samplingClamp;
    private final SequentialBlock encoder;
    private final int firstStride;
    private final Linear muHead;
    private final Linear logvarHead;
    private final SequentialBlock decoder;
    /** The encoder's and the decoder's layers, in order (fixed once built). */
    private final List<Block> encoderLayers;
    private final List<Block> decoderLayers;
    /** Set by {@link #freeze()}: the decoder's first layers as one affine map. */
    private FoldedDecoderInput foldedInput;

    /**
     * Creates the block for inference or for training without clamping.
     *
     * @param architecture layer sizes
     */
    public VaeBlock(VaeArchitecture architecture) {
        this(architecture, LogvarClamp.NONE);
    }

    /**
     * Creates the block.
     *
     * @param architecture layer sizes
     * @param samplingClamp bounds applied to logvar before sampling z in training (the returned logvar is raw)
     */
    public VaeBlock(VaeArchitecture architecture, LogvarClamp samplingClamp) {
        super(VERSION);
        this.architecture = architecture;
        this.samplingClamp = samplingClamp;
        encoder = addChildBlock("encoder", buildEncoder(architecture));
        firstStride = architecture.encoder().get(0).stride();
        int flat = architecture.flattenSize();
        muHead = addChildBlock("fc_mu", linear(VaeArchitecture.LATENT, flat));
        logvarHead = addChildBlock("fc_logvar", linear(VaeArchitecture.LATENT, flat));
        decoder = addChildBlock("decoder", buildDecoder(architecture));
        encoderLayers = encoder.getChildren().values();
        decoderLayers = decoder.getChildren().values();
    }

    /** The layer sizes. */
    public VaeArchitecture architecture() {
        return architecture;
    }

    /**
     * Runs the encoder and both heads.
     *
     * @param parameterStore where the parameters come from
     * @param x input (N, 1, C, C)
     * @param training whether this is a training pass
     * @return {@code NDList(mu, logvar)}, each (N, 2)
     */
    public NDList encode(ParameterStore parameterStore, NDArray x, boolean training) {
        NDList features = encoderFeatures(parameterStore, x, training);
        NDArray mu = muHead.forward(parameterStore, features, training).singletonOrThrow();
        NDArray logvar = logvarHead.forward(parameterStore, features, training).singletonOrThrow();
        return new NDList(mu, logvar);
    }

    /**
     * The encoder's flattened features. In training a strided first convolution runs space-to-depth
     * ({@link SpaceToDepthConvolution}): the same sums, with a weight gradient about three times faster than the
     * strided convolution's at C = 104. Inference keeps the plain convolution, as fast there.
     */
    private NDList encoderFeatures(ParameterStore parameterStore, NDArray x, boolean training) {
        if (!training || firstStride == 1) {
            return encoder.forward(parameterStore, new NDList(x), training);
        }
        ParameterList first = encoderLayers.get(0).getParameters();
        NDArray h = SpaceToDepthConvolution.conv2d(x,
                parameterStore.getValue(first.get("weight"), x.getDevice(), true),
                parameterStore.getValue(first.get("bias"), x.getDevice(), true), firstStride);
        for (Block layer : encoderLayers.subList(1, encoderLayers.size())) {
            h = layer.forward(parameterStore, new NDList(h), true).singletonOrThrow();
        }
        return new NDList(h);
    }

    /**
     * Fixes the decoder for inference: call once the weights are final. The transposed convolutions keep their phase
     * kernels ({@link ConvTranspose2d#freeze()}), and the decoder's input layer and first transposed convolution,
     * with no activation between them, become one affine map of z ({@link FoldedDecoderInput}). The block then
     * refuses to train.
     */
    public void freeze() {
        for (Block layer : decoderLayers) {
            if (layer instanceof ConvTranspose2d convTranspose) {
                convTranspose.freeze();
            }
        }
        // the model's manager, which holds the parameters, keeps the folded arrays as long as the model
        NDManager model = muHead.getParameters().valueAt(0).getArray().getManager();
        foldedInput = FoldedDecoderInput.fold(decoderLayers.subList(0, FOLDED_DECODER_LAYERS), VaeArchitecture.LATENT,
                model);
    }

    @Override
    protected NDList forwardInternal(ParameterStore parameterStore, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        NDList latent = encode(parameterStore, inputs.singletonOrThrow(), training);
        NDArray mu = latent.get(0);
        NDArray logvar = latent.get(1);
        NDArray z = mu;
        if (training) {
            NDArray std = samplingClamp.apply(logvar).mul(0.5f).exp();
            z = mu.add(std.mul(mu.getManager().randomNormal(mu.getShape())));
        }
        return new NDList(decode(parameterStore, z, training), mu, logvar);
    }

    /**
     * The decoder's output (N, 1, C, C) for latent vectors z (N, 2). Its first layers always run as an affine map of
     * z ({@link FoldedDecoderInput}): folded once when frozen, evaluated on the basis at every pass otherwise.
     */
    NDArray decode(ParameterStore parameterStore, NDArray z, boolean training) {
        if (foldedInput != null && training) {
            throw new IllegalStateException("this VAE is frozen for inference and cannot train");
        }
        FoldedDecoderInput input = foldedInput != null ? foldedInput
                : FoldedDecoderInput.evaluate(decoderLayers.subList(0, FOLDED_DECODER_LAYERS), VaeArchitecture.LATENT,
                        parameterStore, z.getManager(), training);
        NDArray x = input.apply(z);
        for (Block layer : decoderLayers.subList(FOLDED_DECODER_LAYERS, decoderLayers.size())) {
            x = layer.forward(parameterStore, new NDList(x), training).singletonOrThrow();
        }
        return x;
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        long n = inputShapes[0].get(0);
        Shape latent = new Shape(n, VaeArchitecture.LATENT);
        return new Shape[] {inputShapes[0], latent, latent};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        encoder.initialize(manager, dataType, inputShapes);
        Shape[] features = encoder.getOutputShapes(inputShapes);
        muHead.initialize(manager, dataType, features);
        logvarHead.initialize(manager, dataType, features);
        decoder.initialize(manager, dataType, new Shape(inputShapes[0].get(0), VaeArchitecture.LATENT));
    }

    private static SequentialBlock buildEncoder(VaeArchitecture architecture) {
        SequentialBlock encoder = new SequentialBlock();
        for (VaeArchitecture.ConvLayer layer : architecture.encoder()) {
            Block conv = Conv2d.builder()
                    .setKernelShape(new Shape(layer.kernel(), layer.kernel()))
                    .optStride(new Shape(layer.stride(), layer.stride()))
                    .optPadding(new Shape(layer.padding(), layer.padding()))
                    .setFilters(layer.outChannels())
                    .build();
            encoder.add(TorchDefaultInit.apply(conv, (long) layer.inChannels() * layer.kernel() * layer.kernel()));
            encoder.add(Activation.reluBlock());
        }
        return encoder.add(Blocks.batchFlattenBlock());
    }

    private static SequentialBlock buildDecoder(VaeArchitecture architecture) {
        // The original has no activation after the decoder's input layer.
        SequentialBlock decoder = new SequentialBlock()
                .add(linear(architecture.flattenSize(), VaeArchitecture.LATENT))
                .add(LambdaBlock.singleton(z -> z.reshape(-1, VaeArchitecture.BOTTLENECK_CHANNELS,
                        VaeArchitecture.BOTTLENECK_SIZE, VaeArchitecture.BOTTLENECK_SIZE)));
        var layers = architecture.decoder();
        for (int i = 0; i < layers.size(); i++) {
            VaeArchitecture.ConvLayer layer = layers.get(i);
            decoder.add(new ConvTranspose2d(layer.outChannels(), layer.kernel(), layer.stride(), layer.padding(), 0));
            decoder.add(i == layers.size() - 1 ? Activation.sigmoidBlock() : Activation.reluBlock());
        }
        return decoder;
    }

    private static Linear linear(int units, int inputs) {
        return TorchDefaultInit.apply(Linear.builder().setUnits(units).build(), inputs);
    }
}
