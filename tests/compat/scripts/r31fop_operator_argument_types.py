"""mx.operator.get_operator_arguments names each parameter's type, default included, as MXNet documents it (enumerations, double, Shape defaults as [..], floats to nine digits), aliases as their operator, in declaration order."""
# recorded on AVX2
import mxnet as mx

OPS = ["Activation", "BatchNorm", "Convolution", "Deconvolution", "FullyConnected", "Pooling",
       "Dropout", "SoftmaxOutput", "Embedding", "RNN", "LeakyReLU", "Concat", "concat", "Reshape", "reshape",
       "transpose", "sum", "mean", "norm", "dot", "batch_dot", "relu", "softmax", "log_softmax", "broadcast_add",
       "elemwise_add", "slice", "clip", "where", "take", "one_hot", "topk", "sort", "argmax", "LayerNorm",
       "InstanceNorm", "Flatten", "expand_dims", "stack", "split", "SliceChannel", "Cast", "cast", "pick", "tile",
       "repeat", "pad", "Pad", "UpSampling", "SequenceMask", "linalg_gemm2", "exp", "sgd_update", "adam_update",
       "CTCLoss", "L2Normalization", "LRN", "ROIPooling", "GridGenerator", "BilinearSampler", "MakeLoss",
       "BlockGrad", "_contrib_BilinearResize2D", "_contrib_AdaptiveAvgPooling2D", "_contrib_box_nms",
       "_npi_add", "_npx_relu", "random_uniform", "SwapAxis", "swapaxes", "arange", "_arange", "no_such_op",
       "zeros_like", "ones_like", "squeeze", "Correlation", "SVMOutput"]

for name in OPS:
    try:
        args = mx.operator.get_operator_arguments(name)
        print(name, args.narg)
        for arg, kind in zip(args.names, args.types):
            print("   ", arg, ":", kind)
    except Exception as e:      # noqa: BLE001 (shown)
        print(name, type(e).__name__, str(e).splitlines()[0].split("] ", 1)[-1])     # (without its time)
