"""Nearest UpSampling of legacy arrays with a zero height or width (read as unknown), per scale and mode, beside ordinary ones."""
import mxnet as mx
import numpy as np

for shape in [(4, 2, 2, 0), (4, 2, 0, 2), (1, 1, 0, 0), (2, 2, 2, 2), (1, 3, 1, 2)]:
    for scale in [1, 2, 3]:
        for mode in ["concat", "sum"]:
            try:
                y = mx.nd.UpSampling(mx.nd.array(np.arange(np.prod(shape)).reshape(shape)), scale=scale,
                                     sample_type="nearest", num_args=1, multi_input_mode=mode)
                print(shape, scale, mode, y.shape, y.asnumpy().ravel()[:6].tolist())
            except mx.base.MXNetError as e:
                print(shape, scale, mode, "MXNetError:", [line for line in str(e).split("\n") if line.strip()][-1])
