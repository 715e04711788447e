"""Convolution_v1 and Pooling_v1 check the data's rank (4 or 5) and the rank the kernel needs in MXNet's shape check words, and fail 3-D data when the result is read."""
import mxnet as mx


def check_words(e):
    text = str(e)
    if "Check failed" in text:
        return text[text.index("Check failed"):].splitlines()[0]
    return text.strip().splitlines()[-1].replace("MXNetError: ", "")


for shape in ((2, 3), (1, 2, 4), (1, 2, 4, 4), (1, 2, 3, 3, 3), (1, 1, 1, 2, 2, 2)):
    channels = shape[1] if len(shape) > 1 else 1
    for kernel in ((2, 2), (1, 1, 1)):
        try:
            r = mx.nd.Convolution_v1(mx.nd.ones(shape), mx.nd.ones((1, channels) + kernel), kernel=kernel,
                                     num_filter=1, no_bias=True)
            print("Convolution_v1", shape, kernel, r.shape, r.asnumpy().ravel()[:2].tolist())
        except mx.base.MXNetError as e:
            print("Convolution_v1", shape, kernel, "MXNetError", check_words(e))
        try:
            r = mx.nd.Pooling_v1(mx.nd.ones(shape), kernel=kernel, pool_type="avg")
            print("Pooling_v1", shape, kernel, r.shape, r.asnumpy().ravel()[:2].tolist())
        except mx.base.MXNetError as e:
            print("Pooling_v1", shape, kernel, "MXNetError", check_words(e))
    try:
        print("Pooling_v1 global", shape, mx.nd.Pooling_v1(mx.nd.ones(shape), global_pool=True).shape)
    except mx.base.MXNetError as e:
        print("Pooling_v1 global", shape, "MXNetError", check_words(e))

# Convolution_v1's parser takes 2-D and 3-D kernels only
for kernel in ((), (3,), 3, (1, 1, 1, 1)):
    try:
        mx.nd.Convolution_v1(mx.nd.ones((1, 2, 4, 4)), mx.nd.ones((3, 2, 3, 3)), kernel=kernel, num_filter=3, no_bias=True)
    except mx.base.MXNetError as e:
        print("Convolution_v1 kernel", kernel, check_words(e))
    try:
        mx.sym.Convolution_v1(mx.sym.var("x"), kernel=kernel, num_filter=3)
        print("Convolution_v1 sym kernel", kernel, "created")
    except mx.base.MXNetError as e:
        print("Convolution_v1 sym kernel", kernel, check_words(e))
