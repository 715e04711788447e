# L2Normalization and MakeLoss of integer arrays: their float-only checks, each at its own source line.
# recorded on AVX2
import mxnet as mx

for dt in ('int32', 'uint8', 'int64', 'bool'):
    for label, f in [('l2', lambda: mx.nd.L2Normalization(mx.nd.ones((2, 3), dtype=dt))),
                     ('makeloss', lambda: mx.nd.MakeLoss(mx.nd.ones((2, 3), dtype=dt)))]:
        try:
            f().wait_to_read()
            print(label, dt, 'ok')
        except mx.base.MXNetError as e:
            print(label, dt, repr(str(e)))
