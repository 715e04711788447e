"""Layer operators given bool data: the line of the float-only kernel that refuses it, as MXNet reports it."""
# recorded on AVX2
import mxnet as mx
nd = mx.nd
for dt in ["bool"]:
    x = nd.ones((1, 2, 4, 4), dtype=dt)
    w = nd.ones((3, 2, 3, 3), dtype=dt)
    v = nd.ones((2, 8), dtype=dt)
    g = nd.ones((2,), dtype=dt)
    calls = {
        "Convolution": lambda: nd.Convolution(x, w, no_bias=True, kernel=(3, 3), num_filter=3),
        "Deconvolution": lambda: nd.Deconvolution(x, nd.ones((2, 3, 3, 3), dtype=dt), no_bias=True, kernel=(3, 3), num_filter=3),
        "Pooling": lambda: nd.Pooling(x, kernel=(2, 2), pool_type="max"), "Pooling_avg": lambda: nd.Pooling(x, kernel=(2, 2), pool_type="avg"),
        "FullyConnected": lambda: nd.FullyConnected(v, nd.ones((3, 8), dtype=dt), no_bias=True, num_hidden=3),
        "BatchNorm": lambda: nd.BatchNorm(x, g, g, nd.zeros((2,), dtype=dt), nd.ones((2,), dtype=dt)),
        "InstanceNorm": lambda: nd.InstanceNorm(x, g, g), "GroupNorm": lambda: nd.GroupNorm(x, nd.ones((1,), dtype=dt), nd.ones((1,), dtype=dt)),
        "L2Normalization": lambda: nd.L2Normalization(v), "LRN": lambda: nd.LRN(x, nsize=3), "UpSampling": lambda: nd.UpSampling(x, scale=2, sample_type="nearest"),
        "Activation": lambda: nd.Activation(v, act_type="tanh"), "LeakyReLU": lambda: nd.LeakyReLU(v, act_type="elu"),
        "softmax": lambda: nd.softmax(v), "log_softmax": lambda: nd.log_softmax(v), "SoftmaxOutput": lambda: nd.SoftmaxOutput(v, g),
        "Dropout": lambda: nd.Dropout(v, p=0.5), "Embedding": lambda: nd.Embedding(g, v, input_dim=2, output_dim=8),
        "RNN": lambda: nd.RNN(nd.ones((2, 1, 2), dtype=dt), nd.ones((12,), dtype=dt), nd.zeros((1, 1, 2), dtype=dt), state_size=2, num_layers=1, mode="rnn_tanh"),
        "ROIPooling": lambda: nd.ROIPooling(x, nd.array([[0, 0, 0, 2, 2]], dtype=dt), pooled_size=(2, 2), spatial_scale=1.0),
        "BilinearSampler": lambda: nd.BilinearSampler(x, nd.zeros((1, 2, 4, 4), dtype=dt)),
        "GridGenerator": lambda: nd.GridGenerator(nd.ones((1, 6), dtype=dt), transform_type="affine", target_shape=(2, 2)),
        "Correlation": lambda: nd.Correlation(x, x), "CTCLoss": lambda: nd.CTCLoss(nd.ones((3, 1, 4), dtype=dt), nd.ones((1, 2), dtype=dt)),
        "smooth_l1": lambda: nd.smooth_l1(v), "topk": lambda: nd.topk(v, k=2), "linalg.gemm2": lambda: nd.linalg.gemm2(v, v.T),
        "batch_dot": lambda: nd.batch_dot(x[0], x[0]), "dot": lambda: nd.dot(v, v.T), "norm": lambda: nd.norm(v, ord=2, axis=1),
        "moments": lambda: nd.moments(v, axes=(0,))[0], "SpatialTransformer": lambda: nd.SpatialTransformer(x, nd.ones((1, 6), dtype=dt), target_shape=(2, 2), transform_type="affine", sampler_type="bilinear"),
        "IdentityAttachKLSparseReg": lambda: nd.IdentityAttachKLSparseReg(v), "MakeLoss": lambda: nd.MakeLoss(v),
        "LinearRegressionOutput": lambda: nd.LinearRegressionOutput(v, v), "LogisticRegressionOutput": lambda: nd.LogisticRegressionOutput(v, v),
        "MAERegressionOutput": lambda: nd.MAERegressionOutput(v, v), "SVMOutput": lambda: nd.SVMOutput(v, g),
    }
    for name, f in calls.items():
        try:
            r = f()
            print(dt, name, r.dtype, r.shape, r.asnumpy().ravel().tolist()[:6])
        except mx.base.MXNetError as e:
            print(dt, name, str(e).strip().split("\n")[1:3])
        except Exception as e:
            print(dt, name, type(e).__name__, str(e).split("\n")[0][:150])
